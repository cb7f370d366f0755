package org.irwatch.app.uitest;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads the council workbook's Summary sheet back, as tests compare it with the screens. */
public final class SummaryFigures {

    private SummaryFigures() {
    }

    /** The number beside a figure's label in the Summary's figures table. */
    public static int of(Sheet summary, String label) {
        for (Row row : summary) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).toString()) && row.getCell(1) != null
                    && row.getCell(1).getCellType() == CellType.NUMERIC) {
                return (int) row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("No figure " + label);
    }
}
