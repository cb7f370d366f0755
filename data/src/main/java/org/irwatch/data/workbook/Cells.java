package org.irwatch.data.workbook;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.irwatch.core.common.UkDates;
import org.irwatch.data.export.FormulaText;

/**
 * Writes one value into a cell of its kind. Text is always a string cell, never a formula; text a spreadsheet reads
 * as the start of a formula ({@link FormulaText}) also gets the quote prefix, so editing the cell in Excel or
 * LibreOffice keeps it text ("=HYPERLINK(...)" imported from a file stays a name).
 */
final class Cells {

    private Cells() {
    }

    /**
     * Writes {@code value}; null leaves the cell empty. Text in a number column ("not in this file") is written as
     * text. Returns the length shown, for column widths.
     */
    static int put(Cell cell, Object value, CellKind kind, WorkbookStyles styles) {
        if (value == null) {
            return 0;
        }
        if (value instanceof String && kind != CellKind.TEXT) {
            return put(cell, value, CellKind.TEXT, styles);
        }
        switch (kind) {
            case TEXT -> {
                String text = value.toString();
                cell.setCellValue(text);
                cell.setCellStyle(FormulaText.looksLikeFormula(text) ? styles.quotedText : styles.text);
                return text.length();
            }
            case INTEGER -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(styles.integer);
                return String.format("%,d", ((Number) value).longValue()).length();
            }
            case POUNDS -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(styles.pounds);
                return String.format("£%,.2f", ((Number) value).doubleValue()).length();
            }
            case PERCENT -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(styles.percent);
                return 6;
            }
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date);
                return UkDates.longDay((LocalDate) value).length();
            }
            case DATE_TIME -> {
                cell.setCellValue((LocalDateTime) value);
                cell.setCellStyle(styles.dateTime);
                return UkDates.longDay(((LocalDateTime) value).toLocalDate()).length() + 6;
            }
            default -> throw new IllegalStateException("Unknown cell kind " + kind);
        }
    }
}
