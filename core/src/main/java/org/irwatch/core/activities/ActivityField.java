package org.irwatch.core.activities;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.irwatch.core.imports.table.FieldCatalogue;
import org.irwatch.core.imports.table.ImportField;

/** The columns of an activity log a partnership keeps in a spreadsheet. */
public enum ActivityField implements ImportField {
    DATE("date", "Date"),
    COUNCILS("councils", "Council(s)"),
    KIND("kind", "Kind"),
    PROVIDERS_REACHED("providers", "Providers reached"),
    PEOPLE_REACHED("people", "People reached"),
    AMOUNT("amount", "Amount (£)"),
    NOTES("notes", "Notes");

    public static final FieldCatalogue<ActivityField> CATALOGUE = new FieldCatalogue<>(ActivityField.class,
            "an activity", Arrays.asList(values()), List.of(DATE, COUNCILS, KIND),
            List.of(Map.entry(PROVIDERS_REACHED, List.of("provider", "employer")),
                    Map.entry(PEOPLE_REACHED, List.of("people", "attend", "worker", "participant", "reached")),
                    Map.entry(AMOUNT, List.of("amount", "£", "cost", "spend", "paid", "value")),
                    Map.entry(COUNCILS, List.of("council", "authority", "area")),
                    Map.entry(KIND, List.of("kind", "type", "activity", "intervention")),
                    Map.entry(DATE, List.of("date", "when")),
                    Map.entry(NOTES, List.of("note", "comment", "description"))));

    private final String code;
    private final String label;

    ActivityField(String code, String label) {
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
