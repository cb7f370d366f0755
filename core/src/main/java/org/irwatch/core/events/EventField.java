package org.irwatch.core.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The parts of an event a person enters or a tracker spreadsheet column holds; named in messages and the audit trail. */
public enum EventField {
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

    private final String code;
    private final String label;

    EventField(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The word used on the command line ({@code --mapping "Org=sponsor"}) and in stored mappings. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Whether a tracker column can hold it (the provider and councils come from the link, not the sheet). */
    public boolean isImported() {
        return this != PROVIDER && this != COUNCILS;
    }

    public static Optional<EventField> ofCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(f -> f.code.equals(wanted) || f.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
