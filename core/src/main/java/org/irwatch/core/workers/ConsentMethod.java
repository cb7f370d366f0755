package org.irwatch.core.workers;

/** How consent was given. */
public enum ConsentMethod implements Labelled {
    SPOKEN_AT_FAIR("Spoken at a fair"),
    SIGNED_FORM("Signed form"),
    ONLINE("Online");

    private final String label;

    ConsentMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
