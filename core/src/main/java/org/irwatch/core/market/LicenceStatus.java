package org.irwatch.core.market;

import org.irwatch.core.events.EnforcementAction;

/** Where a sponsor's licence stands after the newest recorded event; ACTIVE when none is recorded or it was reinstated. */
public enum LicenceStatus {
    ACTIVE("Active"),
    DOWNGRADED_TO_B("Downgraded to B"),
    SUSPENDED("Suspended"),
    REVOKED("Revoked"),
    SURRENDERED("Surrendered"),
    REMOVED_FROM_REGISTER("Removed from register");

    private final String label;

    LicenceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static LicenceStatus after(EnforcementAction action) {
        return switch (action) {
            case SUSPENDED -> SUSPENDED;
            case REVOKED -> REVOKED;
            case REINSTATED -> ACTIVE;
            case SURRENDERED -> SURRENDERED;
            case DOWNGRADED_TO_B -> DOWNGRADED_TO_B;
            case REMOVED_FROM_REGISTER -> REMOVED_FROM_REGISTER;
        };
    }

    /** Suspension and revocation put the sponsor's recruits at risk of losing their job and visa. */
    public boolean putsWorkersAtRisk() {
        return this == SUSPENDED || this == REVOKED;
    }
}
