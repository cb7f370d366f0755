package org.irwatch.data.workbook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.irwatch.core.market.CouncilReport;
import org.irwatch.core.market.AreaActions;
import org.irwatch.core.market.CountingNotes;
import org.irwatch.core.market.DataDates;
import org.irwatch.core.market.FigureShare;
import org.irwatch.core.market.FigureValue;

/**
 * The first sheet, as a council officer reads a report: a title block (area, period, when made), the dates of the
 * data, the headline figures exactly as the Market screen shows them, the period's actions, sources with their
 * licence, and notes on what the figures count.
 */
final class SummarySheet {

    static final String TITLE = "Council market report";
    static final String FIGURES_HEADING = "Market figures at the data dates (as on the Market screen)";
    static final String OGL = "Contains public sector information licensed under the Open Government Licence v3.0 "
            + "(https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/).";

    static final List<String> SOURCES = List.of(
            "Home Office: Register of licensed sponsors: workers, published on GOV.UK. Crown copyright.",
            "Care Quality Commission: care directory of providers and locations, with ratings and beds. "
                    + "© Care Quality Commission.",
            "Councils and regions: Office for National Statistics codes (Open Government Licence v3.0) and "
                    + "mySociety's register of local authorities (CC BY 4.0).",
            OGL,
            "Suspensions and revocations: recorded in IR Watch from Home Office notices and regional records; "
                    + "workers affected as each notice states.");

    static final List<String> NOTES = List.of(
            "Figures count the adult social care locations of the CQC directory in the area and the providers that "
                    + "run them. A provider's locations in other councils are on the Providers sheet.",
            "A provider is a sponsor when IR Watch surely matched it to an organisation on the newest register "
                    + "(High, or Confirmed by a person). Medium and Low matches are possible sponsors: counted apart "
                    + "(Possible sponsors — to review), never in a sponsor figure, share or total, and listed after "
                    + "the sure ones on the Providers sheet. Rejected matches are not counted.",
            "A figure whose column the CQC file did not have (beds and ratings are not in the CQC directory or "
                    + "search export) says \"not in this file\": import the HSCA Active Locations spreadsheet to "
                    + "have them.",
            "Providers suspended or revoked and the workers at them count the suspensions and revocations in force "
                    + "now (each sponsor's newest recorded action), whatever the period. The period's own actions are "
                    + "counted separately above and listed on the Events in period sheet.",
            "The risk score on the Providers sheet is the sum of the points of the factors listed beside it.",
            "No personal data: displaced workers are not in this workbook.");

    private static final int MERGED_CHARS = 130;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final ZoneId zone;
    private int next;

    private SummarySheet(Sheet sheet, WorkbookStyles styles, ZoneId zone) {
        this.sheet = sheet;
        this.styles = styles;
        this.zone = zone;
    }

    static void write(Sheet sheet, WorkbookStyles styles, CouncilReport report) {
        new SummarySheet(sheet, styles, report.generatedAt().getZone()).fill(report);
    }

    private void fill(CouncilReport report) {
        sheet.setColumnWidth(0, 58 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        sheet.setColumnWidth(2, 10 * 256);
        sheet.setColumnWidth(3, 30 * 256);
        cell(row(), 0, TITLE + ": " + report.area(), styles.title);
        cell(row(), 0, "IR Watch: international recruitment risk in adult social care", styles.subtitle);
        next++;
        pair("Area", report.area());
        pair("Period (events)", report.period().label());
        pair("Generated", report.generatedAt().toLocalDateTime(), CellKind.DATE_TIME);
        if (report.demoData()) {
            Row row = row();
            cell(row, 0, "Demo data", styles.warning);
            cell(row, 1, "Invented data for trying IR Watch: not a real market.", styles.warning);
        }
        next++;
        dataDates(report.dates());
        next++;
        if (!report.dataWarnings().isEmpty()) {
            warnings(report.dataWarnings());
            next++;
        }
        figures(report.figures());
        next++;
        periodActions(report.period().label(), report.periodActions(), report.events().size());
        next++;
        paragraphs("Sources", SOURCES);
        next++;
        paragraphs("Notes", NOTES);
        next++;
        paragraphs("Definitions", CountingNotes.ALL);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private void dataDates(DataDates dates) {
        cell(row(), 0, "Dates of the data", styles.heading);
        datePair("CQC directory of care providers and locations", dates.cqc(), "not held");
        datePair("Home Office register of licensed sponsors", dates.register(), "not held");
        datePair("Register changes counted from the register of", dates.previousRegister(),
                "only one register held");
        Instant matched = dates.matchedAt();
        if (matched == null) {
            pair("Sponsors matched to care providers", "not matched yet");
        } else {
            pair("Sponsors matched to care providers", matched.atZone(zone).toLocalDateTime(), CellKind.DATE_TIME);
        }
    }

    private void warnings(List<String> warnings) {
        cell(row(), 0, "Warnings about the data", styles.heading);
        for (String warning : warnings) {
            Row row = row();
            cell(row, 0, warning, styles.wrappedWarning);
            merged(row, warning);
        }
    }

    private void figures(List<FigureValue> figures) {
        cell(row(), 0, FIGURES_HEADING, styles.heading);
        Row header = row();
        cell(header, 0, "Figure", styles.header);
        cell(header, 1, "Number", styles.headerRight);
        cell(header, 2, "Share", styles.headerRight);
        cell(header, 3, "Share of", styles.header);
        for (FigureValue line : figures) {
            Row row = row();
            Cells.put(row.createCell(0), line.figure().label(), CellKind.TEXT, styles);
            if (line.missing()) {
                // The sentence runs on over the empty share cells beside it.
                Cells.put(row.createCell(1), line.text(), CellKind.TEXT, styles);
            } else {
                Cells.put(row.createCell(1), line.value(), CellKind.INTEGER, styles);
            }
            if (line.share() != null) {
                Cells.put(row.createCell(2), line.share(), CellKind.PERCENT, styles);
                Cells.put(row.createCell(3), "of " + FigureShare.wholeOf(line.figure()).orElseThrow().label()
                        .toLowerCase(Locale.UK), CellKind.TEXT, styles);
            }
        }
    }

    private void periodActions(String period, AreaActions actions, int allEvents) {
        cell(row(), 0, "Suspensions and revocations dated " + period + ", each sponsor once", styles.heading);
        number("Sponsors suspended (early warning)", actions.suspended().size());
        number("Sponsors revoked (issue escalation)", actions.revoked().size());
        number("Workers at suspended sponsors", actions.workersSuspended());
        number("Workers at revoked sponsors", actions.workersRevoked());
        number("Workers at suspended or revoked sponsors (total)", actions.workersTotal());
        number("Earlier actions on the same sponsors, counted under the latest", actions.superseded().size());
        number("All recorded events (any action) in the period", allEvents);
    }

    private void paragraphs(String heading, List<String> lines) {
        cell(row(), 0, heading, styles.heading);
        for (String line : lines) {
            Row row = row();
            cell(row, 0, line, styles.wrapped);
            merged(row, line);
        }
    }

    /** Spreads the row's text over the four columns, wrapped. */
    private void merged(Row row, String text) {
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 3));
        // Merged cells do not grow to fit wrapped text, so the row is made tall enough for it.
        int lineCount = (text.length() + MERGED_CHARS - 1) / MERGED_CHARS;
        row.setHeightInPoints(lineCount * 13.5f + 2);
    }

    private void pair(String label, Object value) {
        pair(label, value, CellKind.TEXT);
    }

    private void pair(String label, Object value, CellKind kind) {
        Row row = row();
        cell(row, 0, label, styles.label);
        Cell cell = row.createCell(1);
        Cells.put(cell, value, kind, styles);
        if (kind != CellKind.TEXT) {
            // Left-aligned like the text beside it in the title block.
            cell.setCellStyle(kind == CellKind.DATE ? styles.dateLeft : styles.dateTimeLeft);
        }
    }

    private void datePair(String label, LocalDate date, String whenNone) {
        if (date == null) {
            pair(label, whenNone);
        } else {
            pair(label, date, CellKind.DATE);
        }
    }

    private void number(String label, int value) {
        Row row = row();
        cell(row, 0, label, styles.text);
        Cells.put(row.createCell(1), value, CellKind.INTEGER, styles);
    }

    private Row row() {
        return sheet.createRow(next++);
    }

    private static void cell(Row row, int column, String text, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }
}
