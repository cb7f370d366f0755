package org.irwatch.core.quarterly;

import java.util.Optional;

/** The columns of the return's Grant spend sheet, one row per initiative. */
public enum GrantMeasure implements ReturnTemplate.Coded {
    BUDGET("budget", "Budget for the year (£)"),
    SPEND_IN_QUARTER("spend_quarter", "Spend in the quarter (£)"),
    SPEND_TO_DATE("spend_to_date", "Spend year to date (£)"),
    REMAINING("remaining", "Remaining (£)"),
    PERCENT_SPENT("percent_spent", "Budget spent (%)");

    private final String code;
    private final String label;

    GrantMeasure(String code, String label) {
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

    public static Optional<GrantMeasure> byCode(String code) {
        return ReturnTemplate.Coded.byCode(values(), code);
    }
}
