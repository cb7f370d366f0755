package org.irwatch.data.imports;

import java.util.List;
import java.util.function.Consumer;
import org.irwatch.core.common.ProgressListener;

/** Rows under a header row, from a CSV file or a spreadsheet sheet; columns are found by name. */
public interface RowSource {

    List<String> header();

    /** The index of a column (compared without case or surrounding spaces), or -1. */
    int column(String name);

    /** The index of a column that must be there; otherwise a message naming it and the header found. */
    int requiredColumn(String name, String fileKind);

    /** Calls {@code rows} for each data row, in order, reporting progress and honouring cancellation. */
    void forEachRow(ProgressListener progress, Consumer<SourceRow> rows);
}
