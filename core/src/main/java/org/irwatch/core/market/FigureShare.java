package org.irwatch.core.market;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which figure a figure is a share of ("Sponsor care homes" of "Care homes"), for the percentages beside them.
 * Possible sponsors are a share of nothing: they are a list to review, not part of the market's sponsor figures.
 */
public final class FigureShare {

    private static final Map<MarketFigure, MarketFigure> WHOLE = new EnumMap<>(Map.of(
            MarketFigure.SPONSORS, MarketFigure.PROVIDERS,
            MarketFigure.SPONSOR_LOCATIONS, MarketFigure.LOCATIONS,
            MarketFigure.SPONSOR_CARE_HOMES, MarketFigure.CARE_HOMES,
            MarketFigure.SPONSOR_CARE_HOME_BEDS, MarketFigure.CARE_HOME_BEDS,
            MarketFigure.SPONSOR_HOME_CARE, MarketFigure.HOME_CARE,
            MarketFigure.BASED_ELSEWHERE, MarketFigure.PROVIDERS));

    private FigureShare() {
    }

    /** The figure {@code part} is a share of; empty when a share of it would mean nothing. */
    public static Optional<MarketFigure> wholeOf(MarketFigure part) {
        return Optional.ofNullable(WHOLE.get(part));
    }
}
