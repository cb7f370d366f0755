package org.irwatch.core.events;

import java.time.LocalDate;
import java.util.Set;
import org.irwatch.core.common.UkDates;

/**
 * A care sponsor the register itself shows in trouble (removed, or downgraded to B) between its two newest
 * snapshots, before any notice: one action records it as an event.
 *
 * @param before the ratings before, as the register wrote them
 * @param after the ratings after; empty for a removal
 */
public record RegisterSignal(String sponsorKey, String sponsorName, String sponsorTown, EnforcementAction action,
                             LocalDate registerDate, String before, String after, LinkedProvider provider,
                             Set<String> councils) {

    public RegisterSignal {
        councils = Set.copyOf(councils);
    }

    /** Its provider has a location in one of these councils; a signal whose provider has none placed is kept. */
    public boolean touches(Set<String> area) {
        return councils.isEmpty() || councils.stream().anyMatch(area::contains);
    }

    /** Where the event recorded from this signal says it came from. */
    public String source() {
        return "Home Office register of " + UkDates.day(registerDate);
    }

    public EventDraft draft() {
        return new EventDraft(sponsorName, sponsorTown, action, registerDate, null, null, source(), "", councils);
    }
}
