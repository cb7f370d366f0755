package org.irwatch.data.workbook;

import java.time.YearMonth;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.market.AreaShare;
import org.irwatch.core.market.CouncilReport;
import org.irwatch.core.market.MarketCharts;
import org.irwatch.core.market.ScopedMarket.RatingsMix;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

/**
 * Native Excel bar charts, each drawn from a small table beside it on the same sheet (columns L onwards), so the
 * figures behind a chart can be read, copied and checked. A chart with nothing to draw is replaced by a sentence.
 */
final class ChartsSheet {

    /** The charts in order; the screen shows the same five. */
    static final List<String> TITLES = List.of(
            "Suspensions and revocations by council",
            "Suspensions and revocations by month",
            "Workers at sponsors with locations in the council (upper bound, not to be added up)",
            "Share of locations run by sponsors, by council",
            "Locations by CQC rating");

    private static final int CHART_FIRST_COLUMN = 0;
    private static final int CHART_LAST_COLUMN = 10;
    private static final int DATA_COLUMN = 11;
    /** Rows of the default height a landscape A4 page holds at this sheet's fit-to-width scale, with room to spare. */
    private static final int ROWS_ON_FIRST_PAGE = 34;
    static final String NO_ACTIONS = MarketCharts.NO_ACTIONS;
    static final String NO_RATINGS = MarketCharts.NO_RATINGS;
    /** Suspended amber, revoked red, as on the screen. */
    private static final List<PresetColor> ACTION_COLOURS = List.of(PresetColor.DARK_ORANGE, PresetColor.DARK_RED);
    private static final List<PresetColor> SPONSORS_AND_OTHERS = List.of(PresetColor.TEAL, PresetColor.SILVER);
    private static final List<EnforcementAction> ACTIONS = List.of(EnforcementAction.SUSPENDED,
            EnforcementAction.REVOKED);

    private final XSSFSheet sheet;
    private final WorkbookStyles styles;
    private XSSFDrawing drawing;
    private int next = 2;

    private ChartsSheet(XSSFSheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    static void write(XSSFSheet sheet, WorkbookStyles styles, CouncilReport report) {
        new ChartsSheet(sheet, styles).fill(report);
    }

    private void fill(CouncilReport report) {
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue("Charts: " + report.area() + ", events dated " + report.period().label());
        title.getCell(0).setCellStyle(styles.heading);
        MarketCharts charts = report.charts();
        var period = report.period();
        stacked(TITLES.get(0), "Council", byAction(charts.actionsByCouncil(period.from(), period.to())), true,
                NO_ACTIONS);
        Map<YearMonth, Map<EnforcementAction, Integer>> months = charts.actionsByMonth(period.from(), period.to());
        stacked(TITLES.get(1), "Month", byMonth(months), false, NO_ACTIONS);
        Map<String, Integer> workers = charts.workersByCouncil(period.from(), period.to());
        single(TITLES.get(2), "Council", MarketCharts.WORKERS_BY_COUNCIL, workers, CellKind.INTEGER,
                PresetColor.DARK_RED, MarketCharts.NO_WORKERS);
        single(TITLES.get(3), "Area", "Share of locations", withComparators(charts.sponsorShareByCouncil(),
                report.sponsorShareComparators()), CellKind.PERCENT, PresetColor.TEAL, MarketCharts.NO_LOCATIONS);
        RatingsMix mix = report.market().ratingsMix();
        List<OverallRating> ratings = List.of(OverallRating.values());
        Table ratingTable = new Table(ratings.stream().map(OverallRating::label).toList(),
                List.of("Sponsors", "Other providers"),
                List.of(ratings.stream().map(r -> (Number) mix.sponsors().get(r)).toList(),
                        ratings.stream().map(r -> (Number) mix.others().get(r)).toList()));
        boolean anyLocation = ratings.stream().anyMatch(r -> mix.sponsors().get(r) + mix.others().get(r) > 0);
        boolean ratingsHeld = charts.ratingsHeld();
        chart(TITLES.get(4), "CQC rating", anyLocation && ratingsHeld ? ratingTable : Table.EMPTY,
                BarGrouping.CLUSTERED, false, CellKind.INTEGER, SPONSORS_AND_OTHERS,
                ratingsHeld ? MarketCharts.NO_LOCATIONS : NO_RATINGS);
        sheet.setColumnWidth(DATA_COLUMN, 34 * 256);
        A4Landscape.apply(sheet);
        for (int c = DATA_COLUMN + 1; c <= DATA_COLUMN + 2; c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    /** A council's share followed by its region's and England's, so one bar has something to be read against. */
    private static Map<String, Double> withComparators(Map<String, Double> shares, List<AreaShare> comparators) {
        if (shares.isEmpty()) {
            return shares;
        }
        Map<String, Double> all = new LinkedHashMap<>(shares);
        comparators.forEach(c -> all.put(c.area(), c.share()));
        return all;
    }

    /** Categories down, one series per column. */
    private record Table(List<String> categories, List<String> seriesNames, List<List<Number>> series) {
        static final Table EMPTY = new Table(List.of(), List.of(), List.of());
    }

    /**
     * One chart of suspensions and revocations by month on another workbook's sheet, from row {@code top}, its table
     * beside it as on the Charts sheet; a sentence instead when there are none.
     *
     * @return the first row free below it
     */
    static int actionsByMonth(XSSFSheet sheet, WorkbookStyles styles, int top, String title,
                              Map<YearMonth, Map<EnforcementAction, Integer>> months) {
        ChartsSheet charts = new ChartsSheet(sheet, styles);
        charts.next = top;
        boolean any = months.values().stream().anyMatch(m -> !m.isEmpty());
        charts.stacked(title, "Month", any ? byMonth(months) : Table.EMPTY, false, NO_ACTIONS);
        sheet.setColumnWidth(DATA_COLUMN, 14 * 256);
        for (int c = DATA_COLUMN + 1; c <= DATA_COLUMN + ACTIONS.size(); c++) {
            sheet.setColumnWidth(c, 12 * 256);
        }
        return charts.next;
    }

    private static Table byMonth(Map<YearMonth, Map<EnforcementAction, Integer>> months) {
        return new Table(months.keySet().stream().map(UkDates::month).toList(),
                ACTIONS.stream().map(EnforcementAction::label).toList(),
                ACTIONS.stream().map(a -> months.values().stream().map(m -> (Number) m.getOrDefault(a, 0)).toList())
                        .toList());
    }

    private static Table byAction(Map<String, Map<EnforcementAction, Integer>> counts) {
        return new Table(List.copyOf(counts.keySet()), ACTIONS.stream().map(EnforcementAction::label).toList(),
                ACTIONS.stream().map(a -> counts.values().stream().map(m -> (Number) m.getOrDefault(a, 0)).toList())
                        .toList());
    }

    private void stacked(String title, String category, Table table, boolean horizontal, String whenEmpty) {
        chart(title, category, table, BarGrouping.STACKED, horizontal, CellKind.INTEGER, ACTION_COLOURS, whenEmpty);
    }

    private <N extends Number> void single(String title, String category, String seriesName, Map<String, N> values,
                                           CellKind kind, PresetColor colour, String whenEmpty) {
        Table table = new Table(List.copyOf(values.keySet()), List.of(seriesName),
                List.of(values.values().stream().map(v -> (Number) v).toList()));
        chart(title, category, table, BarGrouping.CLUSTERED, true, kind, List.of(colour), whenEmpty);
    }

    private void chart(String title, String category, Table table, BarGrouping grouping, boolean horizontal,
                       CellKind kind, List<PresetColor> colours, String whenEmpty) {
        int top = next;
        if (table.categories().isEmpty()) {
            Row heading = row(top);
            heading.createCell(CHART_FIRST_COLUMN).setCellValue(title);
            heading.getCell(CHART_FIRST_COLUMN).setCellStyle(styles.label);
            Cells.put(row(top + 1).createCell(CHART_FIRST_COLUMN), whenEmpty, CellKind.TEXT, styles);
            next = top + 4;
            return;
        }
        // Horizontal bars for council names, which are long; taller charts for more of them.
        int height = Math.max(18, horizontal ? 4 + table.categories().size() * 3 / 2 : 18);
        if (drawing != null || top + height > ROWS_ON_FIRST_PAGE) {
            // Each chart starts a printed page, so none is cut in two; the first one too when the sentences of
            // empty charts above it leave it too little of the first page (England's 21 councils).
            sheet.setRowBreak(top - 1);
        }
        int headerRow = top;
        Cells.put(row(headerRow).createCell(DATA_COLUMN), category, CellKind.TEXT, styles);
        row(headerRow).getCell(DATA_COLUMN).setCellStyle(styles.header);
        for (int s = 0; s < table.seriesNames().size(); s++) {
            var cell = row(headerRow).createCell(DATA_COLUMN + 1 + s);
            cell.setCellValue(table.seriesNames().get(s));
            cell.setCellStyle(styles.headerRight);
        }
        for (int i = 0; i < table.categories().size(); i++) {
            Row row = row(headerRow + 1 + i);
            Cells.put(row.createCell(DATA_COLUMN), table.categories().get(i), CellKind.TEXT, styles);
            for (int s = 0; s < table.series().size(); s++) {
                Cells.put(row.createCell(DATA_COLUMN + 1 + s), table.series().get(s).get(i), kind, styles);
            }
        }
        int firstData = headerRow + 1;
        int lastData = headerRow + table.categories().size();
        int chartTop = top;
        XSSFChart chart = drawing().createChart(drawing().createAnchor(0, 0, 0, 0, CHART_FIRST_COLUMN, chartTop,
                CHART_LAST_COLUMN, chartTop + height));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        // The default title (18 pt) is wider than the chart; 12 pt reads like the sheet's headings.
        chart.getTitle().getBody().getParagraph(0).getTextRuns().forEach(run -> {
            run.setFontSize(12.0);
            run.setBold(true);
        });
        if (table.seriesNames().size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        XDDFCategoryAxis categories = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        values.setNumberFormat(kind == CellKind.PERCENT ? "0%" : "#,##0");
        if (horizontal) {
            // Top to bottom in the table's order, as a reader expects a list.
            categories.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
            values.setCrosses(AxisCrosses.MAX);
        }
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setBarGrouping(grouping);
        data.setVaryColors(false);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstData, lastData, DATA_COLUMN, DATA_COLUMN));
        for (int s = 0; s < table.seriesNames().size(); s++) {
            XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstData, lastData, DATA_COLUMN + 1 + s, DATA_COLUMN + 1 + s));
            XDDFChartData.Series series = data.addSeries(names, numbers);
            series.setTitle(table.seriesNames().get(s),
                    new CellReference(sheet.getSheetName(), headerRow, DATA_COLUMN + 1 + s, true, true));
            fill(series, colours.get(s % colours.size()));
        }
        chart.plot(data);
        if (grouping == BarGrouping.STACKED) {
            fullOverlap(chart);
        }
        next = Math.max(chartTop + height, lastData + 1) + 2;
    }


    private static void fill(XDDFChartData.Series series, PresetColor colour) {
        XDDFShapeProperties properties = series.getShapeProperties();
        if (properties == null) {
            properties = new XDDFShapeProperties();
        }
        properties.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        series.setShapeProperties(properties);
    }

    /**
     * Stacked bars need {@code <c:overlap val="100"/>} or Excel draws each series beside the last. POI's setter needs
     * a schema type its slim schema jar lacks, so the element is written through the XML cursor, where the schema
     * puts it: just before the axis ids.
     */
    private static void fullOverlap(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor cursor = bar.getAxIdArray(0).newCursor()) {
            cursor.beginElement(new QName(CHART_NAMESPACE, "overlap", "c"));
            cursor.insertAttributeWithValue("val", "100");
        }
    }

    private static final String CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private XSSFDrawing drawing() {
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        return drawing;
    }

    private Row row(int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }
}
