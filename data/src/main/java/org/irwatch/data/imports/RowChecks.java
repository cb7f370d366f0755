package org.irwatch.data.imports;

import java.util.List;

/** Checks shared by the CSV parsers; each returns the reason a row is rejected, or null when it is fine. */
final class RowChecks {

    /** Longer than any real name or address; a longer field is damage or a wrong file, not data. */
    static final int MAX_FIELD = 1_000;

    private RowChecks() {
    }

    static String columnCount(List<String> values, int expected) {
        return values.size() == expected ? null
                : "expected " + expected + " columns, found " + values.size();
    }

    static String fieldLengths(List<String> values, List<String> header) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).length() > MAX_FIELD) {
                String column = i < header.size() ? header.get(i) : "column " + (i + 1);
                return String.format("'%s' is %,d characters long (at most %,d expected)", column,
                        values.get(i).length(), MAX_FIELD);
            }
        }
        return null;
    }
}
