package org.irwatch.data.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.quarterly.Narrative;
import org.irwatch.core.quarterly.NarrativeSection;
import org.irwatch.core.quarterly.QuarterlyReturn;
import org.irwatch.core.quarterly.ReturnTemplate;
import org.irwatch.data.export.FormulaText;

/**
 * The return's Narrative sheet: the area's free text for the quarter under the template's headings, one wrapped
 * paragraph a row in one wide column so it prints on A4 landscape; a sentence when none is recorded. The text is the
 * partnership's own and stays text, whatever it starts with.
 */
final class NarrativeSheet {

    /**
     * The text column, in characters of the width's "0": narrower than an A4 landscape page, because LibreOffice
     * prints wrapped text up to a fifth wider than the column it wraps in (seen rendering the return to PDF).
     */
    private static final int WIDTH_CHARS = 110;
    /** Lines a row grows for: letters are narrower than the width's "0", so more fit than the width says. */
    private static final int CHARS_PER_LINE = 140;
    /** A row is at most 409 points high: a longer paragraph goes on over rows of about this many characters. */
    static final int CHARS_PER_ROW = 2_500;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final CellStyle paragraph;
    private final CellStyle quotedParagraph;
    private int next;

    private NarrativeSheet(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
        paragraph = sheet.getWorkbook().createCellStyle();
        paragraph.setWrapText(true);
        paragraph.setVerticalAlignment(VerticalAlignment.TOP);
        quotedParagraph = sheet.getWorkbook().createCellStyle();
        quotedParagraph.cloneStyleFrom(paragraph);
        quotedParagraph.setQuotePrefixed(true);
    }

    static void write(Sheet sheet, QuarterlyReturn report, WorkbookStyles styles) {
        new NarrativeSheet(sheet, styles).write(report);
    }

    private void write(QuarterlyReturn report) {
        ReturnTemplate template = report.template();
        Narrative narrative = report.narrative();
        text(template.narrativeTitle() + ": " + report.area() + ", " + report.quarter().label(), styles.title);
        if (narrative.isEmpty()) {
            next++;
            paragraph("No narrative recorded for " + report.area() + " in " + report.quarter().label() + ". Write it "
                    + "in IR Watch (Reports screen, Narrative…) or with irwatch narrative set, then write the return "
                    + "again.");
        } else {
            text("Last edited by " + narrative.editedBy() + " on " + UkDates.longDay(narrative.editedAt()
                    .atZone(report.preparedOn().getZone()).toLocalDate()), styles.subtitle);
            for (ReturnTemplate.Line<NarrativeSection> line : template.narrative()) {
                next++;
                text(line.label(), styles.heading);
                String body = narrative.text(line.measure());
                if (body.isEmpty()) {
                    text("None written.", styles.subtitle);
                }
                body.lines().forEach(this::paragraph);
            }
        }
        sheet.setColumnWidth(0, WIDTH_CHARS * 256);
        A4Landscape.apply(sheet);
    }

    private void text(String text, CellStyle style) {
        put(sheet.createRow(next++).createCell(0), text, style);
    }

    /** A paragraph in rows tall enough for its lines; a blank line stays a blank row between paragraphs. */
    private void paragraph(String line) {
        for (String part : parts(line)) {
            Row row = sheet.createRow(next++);
            put(row.createCell(0), part, paragraph);
            int lines = Math.max(1, (part.length() + CHARS_PER_LINE - 1) / CHARS_PER_LINE);
            row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        }
    }

    /** Text in the style given, or in the quoted one when a spreadsheet would read it as a formula. */
    private void put(Cell cell, String text, CellStyle style) {
        Cells.put(cell, text, CellKind.TEXT, styles);
        if (!text.isEmpty()) {
            cell.setCellStyle(!FormulaText.looksLikeFormula(text) ? style
                    : style == paragraph ? quotedParagraph : styles.quotedText);
        }
    }

    /** A line cut at spaces into parts of at most {@link #CHARS_PER_ROW} characters (a word longer is cut). */
    static List<String> parts(String line) {
        List<String> parts = new ArrayList<>();
        String rest = line.strip();
        while (rest.length() > CHARS_PER_ROW) {
            int cut = rest.lastIndexOf(' ', CHARS_PER_ROW);
            cut = cut <= 0 ? CHARS_PER_ROW : cut;
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        parts.add(rest);
        return parts;
    }
}
