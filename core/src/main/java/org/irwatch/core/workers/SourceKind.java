package org.irwatch.core.workers;

/** Who referred a worker to the register. */
public enum SourceKind implements Labelled {
    JOB_FAIR("Job fair"),
    CITIZENS_ADVICE("Citizens Advice"),
    FAITH_GROUP("Faith group"),
    COUNCIL_TEAM("Council team"),
    EMPLOYER("Employer"),
    SELF_REFERRAL("Self-referral"),
    OTHER("Other");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
