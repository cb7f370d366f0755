package org.irwatch.core.market;

import java.util.List;

/**
 * How IR Watch counts sponsors, licence actions and workers, in the words the seeds use (a suspension is the "early
 * warning", a revocation the "issue escalation"; changes on the register are "register signals"). The Market screen,
 * the council workbook and the DHSC return all give these same sentences.
 */
public final class CountingNotes {

    public static final String EARLY_WARNING = "A suspension is the early warning: the Home Office has suspended the "
            + "sponsor's licence while it investigates.";
    public static final String ISSUE_ESCALATION = "A revocation is the issue escalation: the licence is revoked and "
            + "the sponsor's international recruits must find another sponsor or leave.";
    public static final String ONCE_NOT_TWICE = "Each sponsor counts once in a period, under its latest action in it: "
            + "a sponsor suspended and then revoked in the period is one revocation, its workers counted once. An "
            + "action touching several councils counts once in the area's total.";
    public static final String REGISTER_SIGNALS = "Register signals are what the register itself shows between two "
            + "releases: a sponsor removed from it, or downgraded to a B rating. They are not licence actions until "
            + "recorded as such.";

    /** Every definition, in the order the notes give them. */
    public static final List<String> ALL = List.of(WorkerRoutes.DEFINITION, EARLY_WARNING, ISSUE_ESCALATION,
            ONCE_NOT_TWICE, MarketCharts.WORKERS_BY_COUNCIL_NOTE, REGISTER_SIGNALS);

    private CountingNotes() {
    }
}
