package org.irwatch.data.imports;

import java.util.List;
import java.util.function.Consumer;
import org.irwatch.core.common.ProgressListener;

/** Rows under a header row, from a CSV file or a spreadsheet sheet; columns are found by name. */
public interface RowSource {

    Columns columns();

    default List<String> header() {
        return columns().names();
    }

    /** The index of a column (compared without case or surrounding spaces), or -1. */
    default int column(String name) {
        return columns().column(name);
    }

    /** The index of a column that must be there; otherwise a message naming it and the header found. */
    default int requiredColumn(String name, String fileKind) {
        return columns().required(name, fileKind);
    }

    /** Calls {@code rows} for each data row, in order, reporting progress and honouring cancellation. */
    void forEachRow(ProgressListener progress, Consumer<SourceRow> rows);
}
