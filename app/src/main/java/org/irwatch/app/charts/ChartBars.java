package org.irwatch.app.charts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.market.AreaShare;
import org.irwatch.core.market.ChartBar;
import org.irwatch.core.market.MarketCharts;
import org.irwatch.core.market.PlacedLocation;
import org.irwatch.core.market.ScopedEvent;

/**
 * A chart's bars from core's series, by category then series, under the keys the chart is drawn with: the chart
 * shows each key's label and a click hands the key back, so what was clicked is found by key, never by its text.
 */
record ChartBars(Map<ChartKey, Map<ChartKey, ChartBar<?>>> bars) {

    /** A category or series of a chart: what it stands for (GSS code, month, rating, action, group) and its label. */
    record ChartKey(Object key, String label) implements Comparable<ChartKey> {

        @Override
        public int compareTo(ChartKey other) {
            return label.compareTo(other.label);
        }

        /** The label: JFreeChart writes a key's text on the axis, the legend and the tooltip. */
        @Override
        public String toString() {
            return label;
        }
    }

    /** The two actions the event charts stack, in their colours' order. */
    private static final List<EnforcementAction> ACTIONS = List.of(EnforcementAction.SUSPENDED,
            EnforcementAction.REVOKED);

    /** The bar at a category and series; an empty one where the chart draws none. */
    ChartBar<?> at(ChartKey category, ChartKey series) {
        return bars.getOrDefault(category, Map.of()).getOrDefault(series, new ChartBar<>(0, List.of()));
    }

    /** Suspensions and revocations stacked in each category, both actions present (0 where none). */
    static <K> ChartBars byAction(Map<K, Map<EnforcementAction, ChartBar<ScopedEvent>>> series,
                                  Function<K, String> label) {
        Map<ChartKey, Map<ChartKey, ChartBar<?>>> bars = new LinkedHashMap<>();
        series.forEach((category, byAction) -> {
            Map<ChartKey, ChartBar<?>> stack = new LinkedHashMap<>();
            ACTIONS.forEach(action -> stack.put(new ChartKey(action, action.label()),
                    byAction.getOrDefault(action, new ChartBar<>(0, List.of()))));
            bars.put(new ChartKey(category, label.apply(category)), stack);
        });
        return new ChartBars(bars);
    }

    /** One series, one bar per category. */
    static <K> ChartBars single(Map<K, ? extends ChartBar<?>> series, Function<K, String> label, String seriesLabel) {
        ChartKey only = new ChartKey(seriesLabel, seriesLabel);
        Map<ChartKey, Map<ChartKey, ChartBar<?>>> bars = new LinkedHashMap<>();
        series.forEach((category, bar) -> bars.put(new ChartKey(category, label.apply(category)), Map.of(only, bar)));
        return new ChartBars(bars);
    }

    /** These bars followed by each comparator's share, a bar with nothing behind it to list. */
    ChartBars withComparators(List<AreaShare> comparators) {
        if (bars.isEmpty() || comparators.isEmpty()) {
            return this;
        }
        ChartKey series = bars.values().iterator().next().keySet().iterator().next();
        Map<ChartKey, Map<ChartKey, ChartBar<?>>> all = new LinkedHashMap<>(bars);
        comparators.forEach(c -> all.put(new ChartKey(c, c.area()), Map.of(series, new ChartBar<>(c.share(),
                List.of()))));
        return new ChartBars(all);
    }

    /** Locations by rating, sponsors' beside the others'. */
    static ChartBars ratings(Map<OverallRating, Map<MarketCharts.Group, ChartBar<PlacedLocation>>> series) {
        Map<ChartKey, Map<ChartKey, ChartBar<?>>> bars = new LinkedHashMap<>();
        series.forEach((rating, groups) -> {
            Map<ChartKey, ChartBar<?>> side = new LinkedHashMap<>();
            groups.forEach((group, bar) -> side.put(new ChartKey(group, group.label()), bar));
            bars.put(new ChartKey(rating, rating.label()), side);
        });
        return new ChartBars(bars);
    }
}
