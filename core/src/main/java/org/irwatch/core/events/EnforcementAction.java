package org.irwatch.core.events;

/** What happened to a sponsor licence. "Removed from register" is all the register itself can tell. */
public enum EnforcementAction {
    SUSPENDED("Suspended"),
    REVOKED("Revoked"),
    REINSTATED("Reinstated"),
    SURRENDERED("Surrendered"),
    DOWNGRADED_TO_B("Downgraded to B"),
    REMOVED_FROM_REGISTER("Removed from register");

    private final String label;

    EnforcementAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
