package org.irwatch.core.quarterly;

import java.util.Optional;

/** The columns of the return's Interventions and engagement sheet, counted by kind of activity. */
public enum InterventionMeasure implements ReturnTemplate.Coded {
    ACTIVITIES("activities", "Activities"),
    PROVIDERS_REACHED("providers_reached", "Providers reached"),
    PEOPLE_REACHED("people_reached", "People reached"),
    AMOUNT("amount", "Amount (£)");

    private final String code;
    private final String label;

    InterventionMeasure(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String defaultLabel() {
        return label;
    }

    public static Optional<InterventionMeasure> byCode(String code) {
        return ReturnTemplate.Coded.byCode(values(), code);
    }
}
