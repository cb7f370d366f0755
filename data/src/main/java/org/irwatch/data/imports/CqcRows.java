package org.irwatch.data.imports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.Set;
import org.irwatch.core.cqc.CqcLocationRow;
import org.irwatch.core.market.CqcColumn;

/** The location rows a CQC parser read, with its report. */
public final class CqcRows extends ParsedFile {

    private final List<CqcLocationRow> rows = new ArrayList<>();
    private final Consumer<CqcLocationRow> onEachRow;
    private final Set<CqcColumn> columnsHeld = EnumSet.noneOf(CqcColumn.class);

    public CqcRows() {
        this(row -> { });
    }

    /** @param onEachRow given each row as it is added: an importer assembles while the text is still being read */
    public CqcRows(Consumer<CqcLocationRow> onEachRow) {
        this.onEachRow = onEachRow;
    }

    public void add(CqcLocationRow row) {
        rows.add(row);
        onEachRow.accept(row);
    }

    public List<CqcLocationRow> rows() {
        return rows;
    }

    /** The file has this optional column (beds, ratings), even if some rows leave it blank. */
    public void holds(CqcColumn column) {
        columnsHeld.add(column);
    }

    public Set<CqcColumn> columnsHeld() {
        return columnsHeld;
    }
}
