package org.irwatch.app.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.irwatch.core.market.AreaShare;
import org.irwatch.core.market.CouncilBars;
import org.irwatch.core.market.MarketCharts;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Builds the JFreeChart of each chart from its bars: one place for titles, colours and tooltips, so every chart of
 * the screen and its PNG look alike. Category and series keys are {@link ChartBars.ChartKey}s, shown by label.
 */
public final class MarketChartFactory {

    static final String SPONSOR_SHARE = "Share of locations run by sponsors";

    private static final Color SUSPENDED = new Color(0xE0, 0x8A, 0x00);
    private static final Color REVOKED = new Color(0x9B, 0x1C, 0x1C);
    private static final Color TEAL = new Color(0x00, 0x80, 0x80);
    private static final Color SILVER = new Color(0xB0, 0xB0, 0xB0);

    private MarketChartFactory() {
    }

    static JFreeChart actionsByCouncil(ChartBars bars) {
        return stackedActions(ChartKind.ACTIONS_BY_COUNCIL, "Council", bars, PlotOrientation.HORIZONTAL);
    }

    static JFreeChart actionsByMonth(ChartBars bars) {
        return stackedActions(ChartKind.ACTIONS_BY_MONTH, "Month of action", bars, PlotOrientation.VERTICAL);
    }

    static JFreeChart workersByCouncil(ChartBars bars) {
        JFreeChart chart = ChartFactory.createBarChart(ChartKind.WORKERS_BY_COUNCIL.title(), "Council",
                MarketCharts.WORKERS_BY_COUNCIL, dataset(bars), PlotOrientation.HORIZONTAL, false, true, false);
        style(chart, List.of(REVOKED), "{1}: up to {2} workers", NumberFormat.getIntegerInstance(Locale.UK));
        return chart;
    }

    static JFreeChart sponsorShare(ChartBars bars) {
        JFreeChart chart = ChartFactory.createBarChart(ChartKind.SPONSOR_SHARE.title(), "Area",
                "Share of adult social care locations", dataset(bars), PlotOrientation.HORIZONTAL, false, true, false);
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.UK);
        percent.setMaximumFractionDigits(1);
        style(chart, List.of(TEAL), "{1}: {2} of locations run by sponsors", percent);
        chart.getCategoryPlot().setRenderer(apartInGrey(chart.getCategoryPlot()));
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        axis.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.UK));
        axis.setRange(0, 1);
        return chart;
    }

    /**
     * The sponsor-share renderer with the bars that are not one council's, the other councils taken together and a
     * council's region and England, in grey: they are read against the teal ones.
     */
    private static BarRenderer apartInGrey(CategoryPlot plot) {
        BarRenderer teal = (BarRenderer) plot.getRenderer();
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                Object key = ((ChartBars.ChartKey) plot.getDataset().getColumnKey(column)).key();
                return key instanceof AreaShare || CouncilBars.OTHERS.equals(key) ? SILVER
                        : super.getItemPaint(row, column);
            }
        };
        renderer.setBarPainter(teal.getBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(teal.getMaximumBarWidth());
        renderer.setSeriesPaint(0, TEAL);
        renderer.setDefaultToolTipGenerator(teal.getDefaultToolTipGenerator());
        // Each share written at its bar's end: twenty bars are read faster than against the axis.
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.UK);
        percent.setMaximumFractionDigits(1);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", percent));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        return renderer;
    }

    static JFreeChart ratingsMix(ChartBars bars) {
        JFreeChart chart = ChartFactory.createBarChart(ChartKind.RATINGS_MIX.title(), "CQC rating", "Locations",
                dataset(bars), PlotOrientation.VERTICAL, true, true, false);
        style(chart, List.of(TEAL, SILVER), "{1}: {2} locations of {0}", NumberFormat.getIntegerInstance(Locale.UK));
        return chart;
    }

    /** Each bar's value under its category and series keys, in the bars' order. */
    private static DefaultCategoryDataset dataset(ChartBars bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        bars.bars().forEach((category, series) -> series.forEach((key, bar) -> data.addValue(bar.value(), key,
                category)));
        return data;
    }

    private static JFreeChart stackedActions(ChartKind kind, String categoryLabel, ChartBars bars,
                                             PlotOrientation orientation) {
        JFreeChart chart = ChartFactory.createStackedBarChart(kind.title(), categoryLabel,
                "Suspensions and revocations", dataset(bars), orientation, true, true, false);
        style(chart, List.of(SUSPENDED, REVOKED), "{1}: {2} {0}", NumberFormat.getIntegerInstance(Locale.UK));
        return chart;
    }

    /** Flat bars in the series colours, whole numbers on the axis, tooltips in words. */
    private static void style(JFreeChart chart, List<Color> colours, String tooltip, NumberFormat format) {
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlineVisible(false);
        // The value axis below the bars in both orientations, where a reader looks for it.
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
        }
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator(tooltip, format));
    }
}
