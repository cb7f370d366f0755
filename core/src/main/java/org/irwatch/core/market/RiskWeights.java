package org.irwatch.core.market;

/**
 * Every weight of the watch list's risk score, in one place. docs/risk-score.md explains each and must change with
 * it. Points add up; there is no hidden scaling.
 */
public final class RiskWeights {

    /** Licence revoked: recruits have 60 days to find another sponsor or leave. */
    public static final int REVOKED = 40;
    /** Licence suspended: revocation often follows; recruits cannot be given new work. */
    public static final int SUSPENDED = 35;
    /** Gone from the newest register (revoked, surrendered or expired; the register does not say which). */
    public static final int REMOVED_FROM_REGISTER = 25;
    /** Licence surrendered: the sponsor gave it up and its recruits must move. */
    public static final int SURRENDERED = 15;
    /** A B rating: the Home Office found failings and set an action plan. */
    public static final int B_RATING = 20;
    /** A location rated Inadequate by CQC (the worst rating counts, once). */
    public static final int CQC_INADEQUATE = 15;
    /** A location rated Requires improvement, when none is Inadequate. */
    public static final int CQC_REQUIRES_IMPROVEMENT = 8;
    /** Home care: workers are alone in people's homes and harder to reach when a licence goes. */
    public static final int HOME_CARE = 5;
    /** For each council beyond the first where it has locations: more councils share the fall-out. */
    public static final int PER_EXTRA_COUNCIL = 2;
    public static final int EXTRA_COUNCILS_CAP = 10;
    /** New on the newest register: no track record as a sponsor. */
    public static final int NEW_ON_REGISTER = 10;
    /** One point per this many workers affected by the current suspension or revocation. */
    public static final int WORKERS_PER_POINT = 5;
    public static final int WORKERS_CAP = 20;

    private RiskWeights() {
    }
}
