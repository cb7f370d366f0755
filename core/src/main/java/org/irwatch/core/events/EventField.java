package org.irwatch.core.events;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.irwatch.core.imports.table.FieldCatalogue;
import org.irwatch.core.imports.table.ImportField;

/** The parts of an event a person enters or a tracker spreadsheet column holds; named in messages and the audit trail. */
public enum EventField implements ImportField {
    SPONSOR_NAME("sponsor", "Sponsor"),
    SPONSOR_TOWN("town", "Town"),
    ACTION("action", "Action"),
    ACTION_DATE("action_date", "Action date"),
    NOTICE_RECEIVED("notice_received", "Notice received"),
    WORKERS_AFFECTED("workers", "Workers affected"),
    SOURCE("source", "Source"),
    NOTES("notes", "Notes"),
    PROVIDER("provider", "CQC provider"),
    COUNCILS("councils", "Councils affected");

    /** A tracker's columns: the provider and councils come from the link to the register, not the sheet. */
    public static final FieldCatalogue<EventField> TRACKER = new FieldCatalogue<>(EventField.class, "an event",
            Arrays.stream(values()).filter(f -> f != PROVIDER && f != COUNCILS).toList(),
            List.of(SPONSOR_NAME, ACTION, ACTION_DATE),
            List.of(Map.entry(SPONSOR_TOWN, List.of("town", "city")),
                    Map.entry(NOTICE_RECEIVED, List.of("notice", "received")),
                    Map.entry(WORKERS_AFFECTED, List.of("worker", "recruit", "no. of", "number of", "staff",
                            "employees", "affected")),
                    Map.entry(ACTION_DATE, List.of("date")),
                    Map.entry(ACTION, List.of("action", "status", "outcome", "enforcement")),
                    Map.entry(SPONSOR_NAME, List.of("organisation", "organization", "sponsor", "provider",
                            "employer", "company", "name")),
                    Map.entry(SOURCE, List.of("source")),
                    Map.entry(NOTES, List.of("note", "comment"))));

    private final String code;
    private final String label;

    EventField(String code, String label) {
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
