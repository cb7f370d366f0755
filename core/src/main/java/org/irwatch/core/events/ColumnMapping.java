package org.irwatch.core.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.irwatch.core.common.UserFacingException;

/** Which column of a tracker holds which part of an event; each part in at most one column. */
public record ColumnMapping(Map<EventField, String> columns) {

    /** The parts without which a row is not an event. */
    public static final List<EventField> REQUIRED = List.of(EventField.SPONSOR_NAME, EventField.ACTION,
            EventField.ACTION_DATE);

    /** Words in header names that say which part a column holds, tried in this order (town before name). */
    private static final List<Map.Entry<EventField, List<String>>> HINTS = List.of(
            Map.entry(EventField.SPONSOR_TOWN, List.of("town", "city")),
            Map.entry(EventField.NOTICE_RECEIVED, List.of("notice", "received")),
            Map.entry(EventField.WORKERS_AFFECTED, List.of("worker", "recruit", "no. of", "number of", "staff",
                    "employees", "affected")),
            Map.entry(EventField.ACTION_DATE, List.of("date")),
            Map.entry(EventField.ACTION, List.of("action", "status", "outcome", "enforcement")),
            Map.entry(EventField.SPONSOR_NAME, List.of("organisation", "organization", "sponsor", "provider",
                    "employer", "company", "name")),
            Map.entry(EventField.SOURCE, List.of("source")),
            Map.entry(EventField.NOTES, List.of("note", "comment")));

    public ColumnMapping {
        EnumMap<EventField, String> copy = new EnumMap<>(EventField.class);
        columns.forEach((field, header) -> {
            if (header != null) {
                copy.put(field, header);
            }
        });
        columns = Collections.unmodifiableMap(copy);
    }

    /** A first guess from the header names, which the user checks. */
    public static ColumnMapping guess(List<String> header) {
        Map<EventField, String> columns = new EnumMap<>(EventField.class);
        for (String name : header) {
            String words = name.strip().toLowerCase(Locale.UK);
            for (Map.Entry<EventField, List<String>> hint : HINTS) {
                if (!columns.containsKey(hint.getKey()) && hint.getValue().stream().anyMatch(words::contains)) {
                    columns.put(hint.getKey(), name);
                    break;
                }
            }
        }
        return new ColumnMapping(columns);
    }

    public Optional<String> column(EventField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** The part a column holds, if any. */
    public Optional<EventField> fieldOf(String header) {
        return columns.entrySet().stream().filter(e -> e.getValue().equals(header)).map(Map.Entry::getKey).findFirst();
    }

    /** This mapping with {@code header} holding {@code field} (null: nothing), taken from any other column. */
    public ColumnMapping with(String header, EventField field) {
        Map<EventField, String> changed = new EnumMap<>(EventField.class);
        columns.forEach((f, h) -> {
            if (!h.equals(header) && f != field) {
                changed.put(f, h);
            }
        });
        if (field != null) {
            changed.put(field, header);
        }
        return new ColumnMapping(changed);
    }

    public List<EventField> missing() {
        return REQUIRED.stream().filter(f -> !columns.containsKey(f)).toList();
    }

    /** Fails in a sentence when a required part has no column or a column is not in the header. */
    public void checkAgainst(TrackerTable table) {
        List<String> wrong = new ArrayList<>();
        columns.forEach((field, header) -> {
            if (table.column(header) < 0) {
                wrong.add("'" + header + "' (for " + field.label() + ") is not a column of the file");
            }
        });
        missing().forEach(field -> wrong.add("no column is chosen for " + field.label()));
        if (!wrong.isEmpty()) {
            throw new UserFacingException(table.fileName() + " cannot be imported: " + String.join("; ", wrong)
                    + ". Its columns are: " + String.join(", ", table.header()) + ". Nothing was imported.");
        }
    }

    /**
     * The mapping the command line's {@code --mapping "Organisation Name=sponsor,Date of revocation=action_date"}
     * gives, over {@code base}.
     */
    public static ColumnMapping parse(String text, ColumnMapping base) {
        ColumnMapping mapping = base;
        for (String pair : text.split(",")) {
            int equals = pair.lastIndexOf('=');
            if (pair.isBlank()) {
                continue;
            }
            if (equals <= 0) {
                throw new UserFacingException("--mapping wants header=field pairs separated by commas; '" + pair.strip()
                        + "' has no '='. Fields: " + fieldCodes() + ".");
            }
            String header = pair.substring(0, equals).strip();
            String code = pair.substring(equals + 1).strip();
            if (code.isEmpty() || code.equalsIgnoreCase("none")) {
                mapping = mapping.with(header, null);
                continue;
            }
            EventField field = EventField.ofCode(code).filter(EventField::isImported).orElseThrow(() ->
                    new UserFacingException("--mapping: '" + code + "' is not a field of an event. Fields: "
                            + fieldCodes() + " (or none)."));
            mapping = mapping.with(header, field);
        }
        return mapping;
    }

    public static String fieldCodes() {
        return String.join(", ", java.util.Arrays.stream(EventField.values()).filter(EventField::isImported)
                .map(EventField::code).toList());
    }

    /** One line per column, "field TAB header", for keeping in the settings. */
    public String encode() {
        StringBuilder text = new StringBuilder();
        columns.forEach((field, header) -> text.append(field.code()).append('\t').append(header).append('\n'));
        return text.toString();
    }

    public static ColumnMapping decode(String text) {
        Map<EventField, String> columns = new EnumMap<>(EventField.class);
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                EventField.ofCode(line.substring(0, tab)).ifPresent(f -> columns.put(f, line.substring(tab + 1)));
            }
        }
        return new ColumnMapping(columns);
    }
}
