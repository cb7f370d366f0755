package org.irwatch.data.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.irwatch.core.common.UserFacingException;

/**
 * The header row of a CSV file or sheet: column names found case- and space-insensitively, and the message for
 * a missing column, which names the file, where its header is, and what the header holds.
 */
public final class Columns {

    private final String fileName;
    private final List<String> names;
    private final String where;
    private final Map<String, Integer> index = new HashMap<>();

    /** @param where where the header row is, for messages: "line 5", "sheet 'HSCA_Active_Locations', row 3" */
    Columns(String fileName, List<String> names, String where) {
        this.fileName = fileName;
        this.names = List.copyOf(names);
        this.where = where;
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(normalise(names.get(i)), i);
        }
    }

    public List<String> names() {
        return names;
    }

    /** The index of a column, or -1. */
    public int column(String name) {
        return index.getOrDefault(normalise(name), -1);
    }

    /** The index of a column that must be there; otherwise a message naming it and the header found. */
    public int required(String name, String fileKind) {
        int column = column(name);
        if (column < 0) {
            throw new UserFacingException(fileName + " looks like a " + fileKind + " file but has no '" + name
                    + "' column. Its header row (" + where + ") is: " + String.join(", ", names)
                    + ". Was a column renamed or removed? Download the original file again.");
        }
        return column;
    }

    static String normalise(String columnName) {
        return columnName.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
