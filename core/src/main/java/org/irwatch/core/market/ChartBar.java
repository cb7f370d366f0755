package org.irwatch.core.market;

import java.util.List;

/**
 * One bar of a chart: the figure it draws and the items behind it (the events or locations it counts), so a click
 * on the bar lists exactly what the bar counted.
 */
public record ChartBar<T>(Number value, List<T> items) {

    public ChartBar {
        items = List.copyOf(items);
    }

    /** A bar as tall as the number of its items. */
    static <T> ChartBar<T> counting(List<T> items) {
        return new ChartBar<>(items.size(), items);
    }
}
