package org.irwatch.core.imports.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.irwatch.core.common.UserFacingException;

/** Which column of a sheet holds which field of a record; each field in at most one column. */
public record ColumnMapping<F extends Enum<F> & ImportField>(FieldCatalogue<F> catalogue, Map<F, String> columns) {

    public ColumnMapping {
        EnumMap<F, String> copy = new EnumMap<>(catalogue.type());
        columns.forEach((field, header) -> {
            if (header != null) {
                copy.put(field, header);
            }
        });
        columns = Collections.unmodifiableMap(copy);
    }

    /** A first guess from the header names, which the user checks. */
    public static <F extends Enum<F> & ImportField> ColumnMapping<F> guess(FieldCatalogue<F> catalogue,
                                                                           List<String> header) {
        Map<F, String> columns = new EnumMap<>(catalogue.type());
        for (String name : header) {
            String words = name.strip().toLowerCase(Locale.UK);
            for (Map.Entry<F, List<String>> hint : catalogue.hints()) {
                if (!columns.containsKey(hint.getKey()) && hint.getValue().stream().anyMatch(words::contains)) {
                    columns.put(hint.getKey(), name);
                    break;
                }
            }
        }
        return new ColumnMapping<>(catalogue, columns);
    }

    public Optional<String> column(F field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** The field a column holds, if any. */
    public Optional<F> fieldOf(String header) {
        return columns.entrySet().stream().filter(e -> e.getValue().equals(header)).map(Map.Entry::getKey).findFirst();
    }

    /** This mapping with {@code header} holding {@code field} (null: nothing), taken from any other column. */
    public ColumnMapping<F> with(String header, F field) {
        Map<F, String> changed = new EnumMap<>(catalogue.type());
        columns.forEach((f, h) -> {
            if (!h.equals(header) && f != field) {
                changed.put(f, h);
            }
        });
        if (field != null) {
            changed.put(field, header);
        }
        return new ColumnMapping<>(catalogue, changed);
    }

    public List<F> missing() {
        return catalogue.required().stream().filter(f -> !columns.containsKey(f)).toList();
    }

    /** Fails in a sentence when a required field has no column or a column is not in the header. */
    public void checkAgainst(SheetTable table) {
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

    /** The mapping the command line's {@code --mapping "Organisation Name=sponsor,Date=action_date"} gives. */
    public ColumnMapping<F> parse(String text) {
        ColumnMapping<F> mapping = this;
        for (String pair : text.split(",")) {
            int equals = pair.lastIndexOf('=');
            if (pair.isBlank()) {
                continue;
            }
            if (equals <= 0) {
                throw new UserFacingException("--mapping wants header=field pairs separated by commas; '" + pair.strip()
                        + "' has no '='. Fields: " + catalogue.codes() + ".");
            }
            String header = pair.substring(0, equals).strip();
            String code = pair.substring(equals + 1).strip();
            if (code.isEmpty() || code.equalsIgnoreCase("none")) {
                mapping = mapping.with(header, null);
                continue;
            }
            F field = catalogue.ofCode(code).orElseThrow(() -> new UserFacingException("--mapping: '" + code
                    + "' is not a field of " + catalogue.record() + ". Fields: " + catalogue.codes() + " (or none)."));
            mapping = mapping.with(header, field);
        }
        return mapping;
    }

    /** One line per column, "field TAB header", for keeping in the settings. */
    public String encode() {
        StringBuilder text = new StringBuilder();
        columns.forEach((field, header) -> text.append(field.code()).append('\t').append(header).append('\n'));
        return text.toString();
    }

    public static <F extends Enum<F> & ImportField> ColumnMapping<F> decode(FieldCatalogue<F> catalogue, String text) {
        Map<F, String> columns = new EnumMap<>(catalogue.type());
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                catalogue.ofCode(line.substring(0, tab)).ifPresent(f -> columns.put(f, line.substring(tab + 1)));
            }
        }
        return new ColumnMapping<>(catalogue, columns);
    }
}
