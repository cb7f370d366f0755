package org.irwatch.data.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.irwatch.core.grants.GrantPosition;
import org.irwatch.core.grants.Pounds;
import org.irwatch.core.quarterly.GrantMeasure;
import org.irwatch.core.quarterly.GrantSpend;
import org.irwatch.core.quarterly.QuarterlyReturn;
import org.irwatch.core.quarterly.ReturnTemplate;

/**
 * The return's Grant spend sheet: a row per initiative with the template's columns, a row of all of them, and under
 * the table the quarters with no spend recorded and the overspends, in words. With no initiative, one sentence.
 */
final class GrantSpendSheet {

    private static final int NAME_WIDTH = 38;
    private static final int AREA_WIDTH = 26;
    private static final int FIGURE_WIDTH = 15;

    private final QuarterlyReturn report;
    private final ReturnWorkbook writer;
    private final WorkbookStyles styles;

    GrantSpendSheet(QuarterlyReturn report, ReturnWorkbook writer, WorkbookStyles styles) {
        this.report = report;
        this.writer = writer;
        this.styles = styles;
    }

    void write(XSSFSheet sheet) {
        ReturnWorkbook.Rows rows = new ReturnWorkbook.Rows(sheet);
        ReturnTemplate template = report.template();
        List<ReturnTemplate.Line<GrantMeasure>> lines = template.grants();
        int lastColumn = lines.size() + 1;
        writer.put(rows.next(), 0, template.grantsTitle() + ": " + report.area() + ", " + report.quarter().label(),
                styles.title);
        GrantSpend spend = report.grants();
        if (!spend.available()) {
            writer.paragraph(sheet, rows, spend.unavailable(), styles.wrappedWarning, lastColumn);
        } else {
            writer.paragraph(sheet, rows, "The initiatives the grant funds in " + report.quarter().year().label()
                    + ", as recorded in IR Watch. The budget is for the whole year; spend is for the quarter ("
                    + ReturnWorkbook.dates(report.inQuarter()) + ") and the year to date (" + ReturnWorkbook.dates(
                    report.yearToDate()) + "). \"Not recorded\" means no spend was entered for a quarter, "
                    + "which is not the same as nothing spent.", styles.wrapped, lastColumn);
            rows.skip();
            table(sheet, rows, lines, spend);
            rows.skip();
            notes(sheet, rows, spend, lastColumn);
        }
        sheet.setColumnWidth(0, NAME_WIDTH * 256);
        sheet.setColumnWidth(1, AREA_WIDTH * 256);
        for (int c = 2; c <= lastColumn; c++) {
            sheet.setColumnWidth(c, FIGURE_WIDTH * 256);
        }
        A4Landscape.apply(sheet);
    }

    private void table(XSSFSheet sheet, ReturnWorkbook.Rows rows, List<ReturnTemplate.Line<GrantMeasure>> lines,
                       GrantSpend spend) {
        Row header = rows.next();
        writer.put(header, 0, "Initiative", styles.header);
        writer.put(header, 1, "Area", styles.header);
        for (int i = 0; i < lines.size(); i++) {
            writer.put(header, i + 2, lines.get(i).label(), styles.headerRight);
        }
        header.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints());
        for (int p = 0; p < spend.positions().size(); p++) {
            Row row = rows.next();
            GrantPosition position = spend.positions().get(p);
            writer.put(row, 0, position.name(), styles.wrappedText);
            writer.put(row, 1, spend.areaLabels().get(p), styles.wrappedText);
            figures(row, position, lines);
            // Long names wrap: the row is as tall as the lines they take.
            int nameLines = Math.max(position.name().length() / NAME_WIDTH, spend.areaLabels().get(p).length()
                    / AREA_WIDTH) + 1;
            row.setHeightInPoints(nameLines * sheet.getDefaultRowHeightInPoints());
        }
        Row total = rows.next();
        writer.put(total, 0, spend.total().name(), styles.label);
        figures(total, spend.total(), lines);
    }

    private void figures(Row row, GrantPosition position, List<ReturnTemplate.Line<GrantMeasure>> lines) {
        for (int i = 0; i < lines.size(); i++) {
            GrantMeasure measure = lines.get(i).measure();
            BigDecimal value = GrantSpend.value(position, measure);
            Cell cell = row.createCell(i + 2);
            if (value == null) {
                cell.setCellValue(measure == GrantMeasure.PERCENT_SPENT ? position.shareSpentText()
                        : Pounds.NOT_RECORDED);
                cell.setCellStyle(styles.notKnown);
            } else if (measure == GrantMeasure.PERCENT_SPENT) {
                Cells.put(cell, value, CellKind.PERCENT, styles);
            } else {
                Cells.put(cell, value, CellKind.POUNDS, styles);
                if (measure == GrantMeasure.REMAINING) {
                    cell.setCellStyle(styles.poundsSigned);
                }
            }
        }
    }

    /** The gaps and the overspends in words, so a reader of a printed page does not have to find them. */
    private void notes(XSSFSheet sheet, ReturnWorkbook.Rows rows, GrantSpend spend, int lastColumn) {
        List<Map.Entry<String, CellStyle>> notes = new ArrayList<>();
        for (GrantPosition position : spend.positions()) {
            if (!position.quartersNotRecorded().isEmpty()) {
                notes.add(Map.entry(position.name() + ": no spend recorded for " + position.quartersNotRecorded().stream()
                        .map(q -> "Q" + q).collect(Collectors.joining(", ")) + ".", styles.wrapped));
            }
            if (position.overspent()) {
                notes.add(Map.entry(position.name() + " is overspent by " + Pounds.format(position.remaining().negate())
                        + (position.shareSpent() == null ? "" : " (" + position.shareSpentText() + " of its budget)") + ".", styles.wrappedWarning));
            }
        }
        notes.add(Map.entry("All initiatives: the budgets added up, and the spend recorded; an initiative with no "
                + "spend recorded adds its budget to what remains.", styles.wrapped));
        notes.forEach(note -> writer.paragraph(sheet, rows, note.getKey(), note.getValue(), lastColumn));
    }
}
