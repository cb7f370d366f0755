package org.irwatch.core.register;

/** How an organisation differs between two register snapshots. */
public enum ChangeType {
    ADDED("added", "Added"),
    /** Missing from the later register: revoked, surrendered, expired or renamed — the register does not say. */
    REMOVED("removed", "Removed from register"),
    RATING_CHANGED("rating_changed", "Rating changed"),
    ROUTES_CHANGED("routes_changed", "Routes changed");

    private final String code;
    private final String label;

    ChangeType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The word used in CSV exports. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
