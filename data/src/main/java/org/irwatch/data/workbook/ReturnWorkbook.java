package org.irwatch.data.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.market.CountingNotes;
import org.irwatch.core.market.DataDates;
import org.irwatch.core.market.ReportPeriod;
import org.irwatch.core.activities.ActivityKind;
import org.irwatch.core.quarterly.InterventionMeasure;
import org.irwatch.core.quarterly.Interventions;
import org.irwatch.core.quarterly.QuarterlyReturn;
import org.irwatch.core.quarterly.QuarterlyReturn.AreaFigures;
import org.irwatch.core.quarterly.ReturnMeasure;
import org.irwatch.core.quarterly.ReturnTemplate;
import org.irwatch.core.quarterly.WorkerFigures;
import org.irwatch.core.quarterly.WorkerTable;
import org.irwatch.data.export.FormulaText;

/**
 * Writes the DHSC quarterly return: Cover, the market and licence actions by council for the quarter and the year to
 * date with a native chart by month, the displaced workers' anonymised counts, the activity log by kind, the area's
 * narrative for the quarter, and the records behind every figure.
 * The template decides which measures, their labels and order. Every sheet prints on A4 landscape. The same return
 * gives the same cells: nothing in it depends on when or where it is written but its "prepared on".
 */
public final class ReturnWorkbook {

    public static final String COVER = "Cover";
    public static final String SOURCES = "Sources";
    /** The IDs behind a figure run on over rows of about this many characters, wrapped, so they print and read. */
    static final int IDS_PER_CELL = 1_000;
    private static final int ID_COLUMN_CHARS = 100;
    /** More than the column's nominal width: digits and commas are narrower than the width's "0". */
    private static final int ID_CHARS_PER_LINE = 120;
    static final String WHOLE_AREA = "Whole area (each counted once)";
    private static final int FIGURE_WIDTH = 16;

    private final QuarterlyReturn report;
    private final WorkbookStyles styles;

    private ReturnWorkbook(QuarterlyReturn report, WorkbookStyles styles) {
        this.report = report;
        this.styles = styles;
    }

    /** Writes the return to a file: into a temporary file beside it first, so a failure leaves no half file. */
    public static void write(QuarterlyReturn report, Path file) {
        WorkbookFile.write(file, out -> write(report, out));
    }

    public static void write(QuarterlyReturn report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(
                    Date.from(report.preparedOn().toInstant())));
            ReturnWorkbook writer = new ReturnWorkbook(report, new WorkbookStyles(workbook));
            writer.cover(workbook.createSheet(COVER));
            ReturnTemplate template = report.template();
            if (!template.market().isEmpty()) {
                writer.market(workbook.createSheet(template.marketTitle()));
            }
            if (!template.workers().isEmpty()) {
                writer.workers(workbook.createSheet(template.workersTitle()));
            }
            if (!template.interventions().isEmpty()) {
                writer.interventions(workbook.createSheet(template.interventionsTitle()));
            }
            if (!template.grants().isEmpty()) {
                new GrantSpendSheet(report, writer, writer.styles).write(workbook.createSheet(template.grantsTitle()));
            }
            if (!template.narrative().isEmpty()) {
                NarrativeSheet.write(workbook.createSheet(template.narrativeTitle()), report, writer.styles);
            }
            // The record IDs run to thousands of rows for a large area: streamed, as the council workbook's lists.
            try (SXSSFWorkbook streamed = new SXSSFWorkbook(workbook, 200)) {
                writer.sources(streamed.createSheet(SOURCES));
                streamed.setActiveSheet(0);
                streamed.write(out);
            }
        }
    }

    private void cover(XSSFSheet sheet) {
        Rows rows = new Rows(sheet);
        put(rows.next(), 0, "DHSC quarterly return: " + report.area(), styles.title);
        put(rows.next(), 0, "International recruitment in adult social care: " + report.quarter().label(),
                styles.subtitle);
        rows.skip();
        pair(rows, "Area", report.area());
        pair(rows, "Councils", String.join(", ", report.councilNames()));
        pair(rows, "Quarter", report.quarter().label() + ": " + dates(report.inQuarter()));
        pair(rows, "Year to date", dates(report.yearToDate()));
        pair(rows, "Prepared by", report.preparedBy());
        pair(rows, "Prepared on", UkDates.longDay(report.preparedOn().toLocalDate()));
        if (report.demoData()) {
            Row demo = rows.next();
            put(demo, 0, "Demo data: every provider, sponsor and event in this return is invented.",
                    styles.warning);
        }
        rows.skip();
        put(rows.next(), 0, "Dates of the data", styles.heading);
        DataDates dates = report.dates();
        pair(rows, "CQC directory of care providers and locations", day(dates.cqc()));
        pair(rows, "Home Office register of licensed sponsors", day(dates.register()));
        pair(rows, "Register signals counted from the register of", day(dates.previousRegister()));
        for (String warning : report.dataWarnings()) {
            paragraph(sheet, rows, warning, styles.wrappedWarning);
        }
        rows.skip();
        put(rows.next(), 0, "Definitions", styles.heading);
        CountingNotes.ALL.forEach(note -> paragraph(sheet, rows, note, styles.wrapped));
        paragraph(sheet, rows, "Providers, locations and sponsors are counted at the dates of the data above (the "
                + "newest CQC data and register held), not at the quarter's end; suspensions and revocations by their "
                + "action dates in the quarter and the year to date.", styles.wrapped);
        rows.skip();
        put(rows.next(), 0, "Sources", styles.heading);
        SummarySheet.SOURCES.forEach(source -> paragraph(sheet, rows, source, styles.wrapped));
        paragraph(sheet, rows, "The records behind every figure are listed by their IDs on the " + SOURCES
                + " sheet. No personal data is in this return.", styles.wrapped);
        sheet.setColumnWidth(0, 46 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        A4Landscape.apply(sheet);
    }

    private void market(XSSFSheet sheet) {
        Rows rows = new Rows(sheet);
        put(rows.next(), 0, report.template().marketTitle() + ": " + report.area() + ", " + report.quarter().label(),
                styles.title);
        List<ReturnTemplate.Line<ReturnMeasure>> atDates = report.template().market().stream()
                .filter(l -> !l.measure().inPeriod()).toList();
        List<ReturnTemplate.Line<ReturnMeasure>> inPeriod = report.template().market().stream()
                .filter(l -> l.measure().inPeriod()).toList();
        int widest = Math.max(atDates.size(), inPeriod.size());
        if (!atDates.isEmpty()) {
            table(sheet, rows, "At the dates of the data (CQC " + day(report.dates().cqc()) + ", register "
                    + day(report.dates().register()) + ")", atDates, AreaFigures::atDataDates);
        }
        if (!inPeriod.isEmpty()) {
            table(sheet, rows, "In the quarter: " + report.quarter().label() + " (" + dates(report.inQuarter()) + ")",
                    inPeriod, AreaFigures::quarter);
            table(sheet, rows, "Year to date: " + dates(report.yearToDate()), inPeriod, AreaFigures::yearToDate);
        }
        paragraph(sheet, rows, "The first row of each table is the whole area's figure, each provider and sponsor "
                + "counted once; the councils' rows may add up to more where a provider works in several of them. "
                + "Workers by council are upper bounds: do not add them up.", styles.wrapped, widest);
        rows.skip();
        int after = ChartsSheet.actionsByMonth(sheet, styles, rows.index(), "Suspensions and revocations recorded "
                + "by month, year to date", report.actionsByMonth());
        rows.moveTo(after);
        sheet.setColumnWidth(0, 34 * 256);
        for (int c = 1; c <= widest; c++) {
            sheet.setColumnWidth(c, FIGURE_WIDTH * 256);
        }
        A4Landscape.apply(sheet);
    }

    private void table(XSSFSheet sheet, Rows rows, String heading, List<ReturnTemplate.Line<ReturnMeasure>> lines,
                       Function<AreaFigures, Map<ReturnMeasure, Integer>> values) {
        put(rows.next(), 0, heading, styles.heading);
        Row header = rows.next();
        put(header, 0, "Council", styles.header);
        for (int i = 0; i < lines.size(); i++) {
            put(header, i + 1, lines.get(i).label(), styles.headerRight);
        }
        header.setHeightInPoints(4 * sheet.getDefaultRowHeightInPoints());
        List<AreaFigures> all = new ArrayList<>();
        all.add(report.areaFigures());
        all.addAll(report.councils());
        for (AreaFigures figures : all) {
            Row row = rows.next();
            boolean area = figures == report.areaFigures();
            put(row, 0, area ? WHOLE_AREA : figures.name(), area ? styles.label : styles.text);
            for (int i = 0; i < lines.size(); i++) {
                Cells.put(row.createCell(i + 1), values.apply(figures).get(lines.get(i).measure()), CellKind.INTEGER,
                        styles);
            }
        }
        rows.skip();
    }

    private void workers(XSSFSheet sheet) {
        Rows rows = new Rows(sheet);
        put(rows.next(), 0, report.template().workersTitle() + ": " + report.area() + ", " + report.quarter().label(),
                styles.title);
        WorkerFigures workers = report.workers();
        if (!workers.available()) {
            paragraph(sheet, rows, workers.unavailable(), styles.wrappedWarning, 2);
            A4Landscape.apply(sheet);
            sheet.setColumnWidth(0, 60 * 256);
            return;
        }
        paragraph(sheet, rows, "Displaced workers registered from " + dates(report.yearToDate()) + " in the area's "
                + "councils, anonymised: a count from 1 to 4 is shown as \"fewer than 5\", and where it could be "
                + "worked out from the total, the next smallest is not shown either.", styles.wrapped, 2);
        rows.skip();
        count(rows, workers.total(), "All displaced workers registered in the period");
        for (ReturnTemplate.Line<WorkerTable> line : report.template().workers()) {
            rows.skip();
            put(rows.next(), 0, line.label(), styles.heading);
            List<WorkerFigures.Count> counts = workers.tables().getOrDefault(line.measure(), List.of());
            if (counts.isEmpty()) {
                put(rows.next(), 0, "None recorded.", styles.text);
            }
            counts.forEach(c -> count(rows, c, c.label()));
        }
        sheet.setColumnWidth(0, 60 * 256);
        sheet.setColumnWidth(1, FIGURE_WIDTH * 256);
        A4Landscape.apply(sheet);
    }

    private void interventions(XSSFSheet sheet) {
        Rows rows = new Rows(sheet);
        ReturnTemplate template = report.template();
        put(rows.next(), 0, template.interventionsTitle() + ": " + report.area() + ", " + report.quarter().label(),
                styles.title);
        paragraph(sheet, rows, "From the activity log the partnership keeps in IR Watch (Reports, Activity log…, or "
                + "irwatch activities import): the activities dated in the period for any of the area's councils, by "
                + "kind.", styles.wrapped, template.interventions().size());
        rows.skip();
        interventionTable(sheet, rows, "In the quarter: " + report.quarter().label() + " (" + dates(report.inQuarter())
                + ")", report.interventionsInQuarter());
        interventionTable(sheet, rows, "Year to date: " + dates(report.yearToDate()), report.interventionsToDate());
        sheet.setColumnWidth(0, 34 * 256);
        for (int c = 1; c <= template.interventions().size(); c++) {
            sheet.setColumnWidth(c, FIGURE_WIDTH * 256);
        }
        A4Landscape.apply(sheet);
    }

    private void interventionTable(XSSFSheet sheet, Rows rows, String heading, Interventions interventions) {
        List<ReturnTemplate.Line<InterventionMeasure>> lines = report.template().interventions();
        put(rows.next(), 0, heading, styles.heading);
        Row header = rows.next();
        put(header, 0, "Kind of activity", styles.header);
        for (int i = 0; i < lines.size(); i++) {
            put(header, i + 1, lines.get(i).label(), styles.headerRight);
        }
        header.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints());
        for (ActivityKind kind : ActivityKind.values()) {
            interventionRow(rows.next(), kind.label(), interventions.byKind().get(kind), lines, styles.text);
        }
        interventionRow(rows.next(), "All activities", interventions.all(), lines, styles.label);
        rows.skip();
    }

    private void interventionRow(Row row, String label, Interventions.Totals totals,
                                 List<ReturnTemplate.Line<InterventionMeasure>> lines, CellStyle labelStyle) {
        put(row, 0, label, labelStyle);
        for (int i = 0; i < lines.size(); i++) {
            InterventionMeasure measure = lines.get(i).measure();
            Cells.put(row.createCell(i + 1), totals.value(measure),
                    measure == InterventionMeasure.AMOUNT ? CellKind.POUNDS : CellKind.INTEGER, styles);
        }
    }

    private void count(Rows rows, WorkerFigures.Count count, String label) {
        Row row = rows.next();
        put(row, 0, label, styles.text);
        Cells.put(row.createCell(1), count.heldBack() != null ? count.heldBack() : count.count(), CellKind.INTEGER,
                styles);
    }

    private void sources(Sheet sheet) {
        Rows rows = new Rows(sheet);
        put(rows.next(), 0, "The records behind each figure of " + report.area(), styles.title);
        paragraph(sheet, rows, "CQC provider IDs (1-...) and location IDs, and IR Watch event IDs (irwatch events "
                + "list shows each event). No personal data.", styles.wrapped, 3);
        Row header = rows.next();
        put(header, 0, "Figure", styles.header);
        put(header, 1, "Period", styles.header);
        put(header, 2, "Records", styles.headerRight);
        put(header, 3, "IDs", styles.header);
        for (QuarterlyReturn.Source source : report.sources()) {
            List<String> cells = chunks(source.ids());
            for (int i = 0; i < cells.size(); i++) {
                Row row = rows.next();
                put(row, 0, source.measureLabel() + (i == 0 ? "" : " (continued)"), styles.text);
                put(row, 1, source.when(), styles.text);
                if (i == 0) {
                    Cells.put(row.createCell(2), source.ids().size(), CellKind.INTEGER, styles);
                }
                put(row, 3, cells.get(i), styles.wrappedText);
                // Spreadsheets do not grow a row for wrapped text written by a program: as many lines as it needs.
                row.setHeightInPoints((cells.get(i).length() / ID_CHARS_PER_LINE + 1)
                        * sheet.getDefaultRowHeightInPoints());
            }
        }
        sheet.setColumnWidth(0, 62 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 10 * 256);
        sheet.setColumnWidth(3, ID_COLUMN_CHARS * 256);
        A4Landscape.apply(sheet);
    }

    /** The IDs joined by ", " in cells a spreadsheet can hold; one empty cell when there are none. */
    static List<String> chunks(List<String> ids) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (String id : ids) {
            if (!cell.isEmpty() && cell.length() + 2 + id.length() > IDS_PER_CELL) {
                cells.add(cell.toString());
                cell.setLength(0);
            }
            cell.append(cell.isEmpty() ? "" : ", ").append(id);
        }
        cells.add(cell.isEmpty() && cells.isEmpty() ? "None" : cell.toString());
        return cells;
    }

    private void pair(Rows rows, String label, String value) {
        Row row = rows.next();
        put(row, 0, label, styles.label);
        put(row, 1, value, styles.text);
    }

    private void paragraph(Sheet sheet, Rows rows, String text, CellStyle style) {
        paragraph(sheet, rows, text, style, 1);
    }

    /** Text over the first columns, tall enough for its lines. */
    void paragraph(Sheet sheet, Rows rows, String text, CellStyle style, int lastColumn) {
        Row row = rows.next();
        put(row, 0, text, style);
        if (lastColumn > 0) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, lastColumn));
        }
        row.setHeightInPoints(Math.max(1, (text.length() / 120) + 1) * sheet.getDefaultRowHeightInPoints());
    }

    /** Text in a style of its own; text a spreadsheet would read as a formula keeps the quoted text style. */
    void put(Row row, int column, String text, CellStyle style) {
        Cells.put(row.createCell(column), text, CellKind.TEXT, styles);
        if (!FormulaText.looksLikeFormula(text)) {
            row.getCell(column).setCellStyle(style);
        }
    }

    static String dates(ReportPeriod period) {
        return UkDates.longDay(period.from()) + " to " + UkDates.longDay(period.to());
    }

    private static String day(LocalDate date) {
        return date == null ? "not held" : UkDates.longDay(date);
    }

    /** The rows of a sheet, written one after another. */
    static final class Rows {
        private final Sheet sheet;
        private int next;

        Rows(Sheet sheet) {
            this.sheet = sheet;
        }

        Row next() {
            Row row = sheet.getRow(next);
            next++;
            return row == null ? sheet.createRow(next - 1) : row;
        }

        void skip() {
            next++;
        }

        int index() {
            return next;
        }

        void moveTo(int row) {
            next = row;
        }
    }
}
