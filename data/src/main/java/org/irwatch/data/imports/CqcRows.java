package org.irwatch.data.imports;

import java.util.ArrayList;
import java.util.List;
import org.irwatch.core.cqc.CqcLocationRow;

/** The location rows a CQC parser read, with its report. */
public final class CqcRows extends ParsedFile {

    private final List<CqcLocationRow> rows = new ArrayList<>();

    public void add(CqcLocationRow row) {
        rows.add(row);
    }

    public List<CqcLocationRow> rows() {
        return rows;
    }
}
