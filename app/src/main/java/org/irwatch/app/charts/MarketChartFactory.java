package org.irwatch.app.charts;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.market.ScopedMarket.RatingsMix;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Builds the JFreeChart of each chart from core's series: one place for titles, colours and tooltips, so every
 * chart of the screen and its PNG look alike. Category keys are the names shown (council, "Aug 2026", rating label);
 * series keys are action or group labels.
 */
public final class MarketChartFactory {

    static final String SPONSORS = "Sponsors";
    static final String OTHERS = "Other providers";

    private static final Color SUSPENDED = new Color(0xE0, 0x8A, 0x00);
    private static final Color REVOKED = new Color(0x9B, 0x1C, 0x1C);
    private static final Color TEAL = new Color(0x00, 0x80, 0x80);
    private static final Color SILVER = new Color(0xB0, 0xB0, 0xB0);
    private static final List<EnforcementAction> ACTIONS = List.of(EnforcementAction.SUSPENDED,
            EnforcementAction.REVOKED);

    private MarketChartFactory() {
    }

    public static JFreeChart actionsByCouncil(Map<String, Map<EnforcementAction, Integer>> counts) {
        return stackedActions(ChartKind.ACTIONS_BY_COUNCIL, "Council", counts, PlotOrientation.HORIZONTAL);
    }

    public static JFreeChart actionsByMonth(Map<YearMonth, Map<EnforcementAction, Integer>> counts) {
        Map<String, Map<EnforcementAction, Integer>> byName = new java.util.LinkedHashMap<>();
        counts.forEach((month, actions) -> byName.put(UkDates.month(month), actions));
        return stackedActions(ChartKind.ACTIONS_BY_MONTH, "Month of action", byName, PlotOrientation.VERTICAL);
    }

    public static JFreeChart workersByCouncil(Map<String, Integer> workers) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        workers.forEach((council, count) -> data.addValue(count, "Workers affected", council));
        JFreeChart chart = ChartFactory.createBarChart(ChartKind.WORKERS_BY_COUNCIL.title(), "Council",
                "Workers affected", data, PlotOrientation.HORIZONTAL, false, true, false);
        style(chart, List.of(REVOKED), "{1}: {2} workers affected", NumberFormat.getIntegerInstance(Locale.UK));
        return chart;
    }

    public static JFreeChart sponsorShare(Map<String, Double> shares) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        shares.forEach((council, share) -> data.addValue(share, "Share of locations run by sponsors", council));
        JFreeChart chart = ChartFactory.createBarChart(ChartKind.SPONSOR_SHARE.title(), "Council",
                "Share of adult social care locations", data, PlotOrientation.HORIZONTAL, false, true, false);
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.UK);
        percent.setMaximumFractionDigits(1);
        style(chart, List.of(TEAL), "{1}: {2} of locations run by sponsors", percent);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        axis.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.UK));
        axis.setRange(0, 1);
        return chart;
    }

    public static JFreeChart ratingsMix(RatingsMix mix) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (OverallRating rating : OverallRating.values()) {
            data.addValue(mix.sponsors().get(rating), SPONSORS, rating.label());
            data.addValue(mix.others().get(rating), OTHERS, rating.label());
        }
        JFreeChart chart = ChartFactory.createBarChart(ChartKind.RATINGS_MIX.title(), "CQC rating", "Locations",
                data, PlotOrientation.VERTICAL, true, true, false);
        style(chart, List.of(TEAL, SILVER), "{1}: {2} locations of {0}", NumberFormat.getIntegerInstance(Locale.UK));
        return chart;
    }

    private static JFreeChart stackedActions(ChartKind kind, String categoryLabel,
                                             Map<String, Map<EnforcementAction, Integer>> counts,
                                             PlotOrientation orientation) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach((category, actions) -> ACTIONS.forEach(action ->
                data.addValue(actions.getOrDefault(action, 0), action.label(), category)));
        JFreeChart chart = ChartFactory.createStackedBarChart(kind.title(), categoryLabel,
                "Suspensions and revocations", data, orientation, true, true, false);
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
