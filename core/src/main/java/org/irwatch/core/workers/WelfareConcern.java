package org.irwatch.core.workers;

/** Welfare questions asked at registration, each a yes with a note. */
public enum WelfareConcern implements Labelled {
    UNPAID_WAGES("Unpaid wages"),
    FEWER_HOURS("Fewer hours than contracted"),
    AGENT_FEES("Fees paid to an agent"),
    HOUSING_NEED("Housing need or destitution"),
    EXPLOITATION("Concern of exploitation or modern slavery");

    private final String label;

    WelfareConcern(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
