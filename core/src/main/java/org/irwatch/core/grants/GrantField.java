package org.irwatch.core.grants;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.irwatch.core.imports.table.FieldCatalogue;
import org.irwatch.core.imports.table.ImportField;

/** The columns of a sheet of grant spend: one row per initiative and quarter, the budget repeated on each. */
public enum GrantField implements ImportField {
    INITIATIVE("initiative", "Initiative"),
    AREA("area", "Area or council"),
    YEAR("year", "Financial year"),
    QUARTER("quarter", "Quarter"),
    BUDGET("budget", "Budget for the year (£)"),
    SPEND("spend", "Spend in the quarter (£)");

    /** Hints tried in order: "Quarter of the year" is a quarter, "Financial year" a year, "Budget (£)" a budget. */
    public static final FieldCatalogue<GrantField> CATALOGUE = new FieldCatalogue<>(GrantField.class,
            "a grant initiative", Arrays.asList(values()), List.of(INITIATIVE, YEAR, BUDGET),
            List.of(Map.entry(BUDGET, List.of("budget", "allocat", "award")),
                    Map.entry(SPEND, List.of("spend", "spent", "actual", "paid", "amount")),
                    Map.entry(QUARTER, List.of("quarter", "qtr")),
                    Map.entry(YEAR, List.of("year", "fy")),
                    Map.entry(AREA, List.of("area", "council", "partnership", "authority")),
                    Map.entry(INITIATIVE, List.of("initiative", "project", "scheme", "programme", "name"))));

    private final String code;
    private final String label;

    GrantField(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
