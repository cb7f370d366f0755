package org.irwatch.data.workbook;

import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet holding one list: a header row frozen at the top with a filter on it, one row per item (or a sentence
 * saying there are none), columns as wide as their longest value (within a cap; long lists wrap within it), printed
 * landscape on A4 one page wide with the header on every page.
 */
final class ListSheet {

    /**
     * One column: its header, how its values are written, the widest it may get in characters, whether longer text
     * wraps within that width (rather than being cut by the next column), and its value.
     */
    record Column<T>(String header, CellKind kind, int maxChars, boolean wraps, Function<T, Object> value) {

        static <T> Column<T> text(String header, int maxChars, Function<T, Object> value) {
            return new Column<>(header, CellKind.TEXT, maxChars, false, value);
        }

        /** Text that can run long (a list of councils, of risk factors): wrapped to print whole. */
        static <T> Column<T> wrapped(String header, int maxChars, Function<T, Object> value) {
            return new Column<>(header, CellKind.TEXT, maxChars, true, value);
        }

        static <T> Column<T> of(String header, CellKind kind, Function<T, Object> value) {
            return new Column<>(header, kind, 11, false, value);
        }
    }

    private static final float LINE_POINTS = 12.75f;
    private static final int MIN_CHARS = 6;

    private ListSheet() {
    }

    /**
     * Lines a text of this length takes wrapped at this width. Text averages narrower than the "0" that column widths
     * are measured in, less the ends of lines words do not fill: about 1.2 characters per unit of width.
     */
    private static int linesOf(int length, int widthChars) {
        return (int) Math.ceil(length / (widthChars * 1.2));
    }

    /** @param whenEmpty the sentence written under the header when there are no items */
    static <T> void write(Sheet sheet, WorkbookStyles styles, List<Column<T>> columns, List<T> items,
                          String whenEmpty) {
        int[] widths = new int[columns.size()];
        Row header = sheet.createRow(0);
        // Two lines, so headers wrapped in narrow number columns show whole.
        header.setHeightInPoints(27);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(columns.get(c).kind() == CellKind.TEXT ? styles.header : styles.headerRight);
            // At least a short word of bold header ("Town") on one line.
            widths[c] = Math.max(MIN_CHARS, Math.min(columns.get(c).header().length(),
                    Math.max(columns.get(c).maxChars(), 10)));
        }
        int r = 1;
        for (T item : items) {
            Row row = sheet.createRow(r++);
            int lines = 1;
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                Cell cell = row.createCell(c);
                int shown = Cells.put(cell, column.value().apply(item), column.kind(), styles);
                if (column.wraps() && cell.getCellStyle() == styles.text) {
                    cell.setCellStyle(styles.wrappedText);
                    lines = Math.max(lines, linesOf(shown, column.maxChars()));
                }
                widths[c] = Math.max(widths[c], Math.min(shown, column.maxChars()));
            }
            if (lines > 1) {
                // Excel and LibreOffice keep the default height of a streamed row, so wrapped text would overlap the
                // next row; the row is made tall enough for its longest wrapped value.
                row.setHeightInPoints(lines * LINE_POINTS);
            }
        }
        if (items.isEmpty()) {
            // A bare header row would leave a reader unsure whether the list failed or is empty.
            Cells.put(sheet.createRow(1).createCell(0), whenEmpty, CellKind.TEXT, styles);
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, (widths[c] + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(items.size(), 1), 0, columns.size() - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
    }
}
