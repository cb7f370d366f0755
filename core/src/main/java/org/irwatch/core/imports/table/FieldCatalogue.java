package org.irwatch.core.imports.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one kind of imported record (an event, a worker, an employer...): which a sheet's columns can hold,
 * which a row cannot do without, and the words in header names that say which field a column holds, tried in order
 * so that a more particular hint ("town") wins over a looser one ("name").
 *
 * @param record what one row is, for messages ("an event")
 */
public record FieldCatalogue<F extends Enum<F> & ImportField>(Class<F> type, String record, List<F> importable,
        List<F> required, List<Map.Entry<F, List<String>>> hints) {

    public FieldCatalogue {
        importable = List.copyOf(importable);
        required = List.copyOf(required);
        hints = List.copyOf(hints);
        if (!importable.containsAll(required)) {
            throw new IllegalArgumentException("A required field must be importable");
        }
    }

    /** The importable field a code or enum name stands for ("action_date", "action-date", "ACTION_DATE"). */
    public Optional<F> ofCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return importable.stream().filter(f -> f.code().equals(wanted) || f.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** The codes, for messages that list what may be given. */
    public String codes() {
        List<String> codes = new ArrayList<>();
        importable.forEach(f -> codes.add(f.code()));
        return String.join(", ", codes);
    }
}
