package org.irwatch.app.market;

import java.util.List;
import org.irwatch.core.market.MarketFigure;

/** A heading of the Market screen and the figures under it, each with its caption and the whole it is a share of. */
record FigureGroup(String title, List<Tile> tiles) {

    /**
     * @param shareOf the figure this one is shown as a share of; null when none
     * @param wholeName what the whole is called in "34% of locations"
     */
    record Tile(MarketFigure figure, String caption, MarketFigure shareOf, String wholeName) {

        String id() {
            return "figure-" + figure.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    static final List<FigureGroup> ALL = List.of(
            new FigureGroup("Care market", List.of(
                    tile(MarketFigure.PROVIDERS, "care providers"),
                    tile(MarketFigure.LOCATIONS, "adult social care locations"),
                    tile(MarketFigure.CARE_HOMES, "care homes"),
                    tile(MarketFigure.CARE_HOME_BEDS, "care home beds"),
                    tile(MarketFigure.HOME_CARE, "home care locations"),
                    share(MarketFigure.BASED_ELSEWHERE, "providers based in another council", MarketFigure.PROVIDERS,
                            "providers"))),
            new FigureGroup("Sponsors", List.of(
                    share(MarketFigure.SPONSORS, "providers hold a sponsor licence", MarketFigure.PROVIDERS,
                            "providers"),
                    share(MarketFigure.UNCERTAIN_SPONSORS, "of them matched only at Medium or Low",
                            MarketFigure.SPONSORS, "sponsors"),
                    share(MarketFigure.SPONSOR_LOCATIONS, "sponsor locations", MarketFigure.LOCATIONS, "locations"),
                    share(MarketFigure.SPONSOR_CARE_HOMES, "sponsor care homes", MarketFigure.CARE_HOMES,
                            "care homes"),
                    share(MarketFigure.SPONSOR_CARE_HOME_BEDS, "care home beds at sponsors",
                            MarketFigure.CARE_HOME_BEDS, "beds"),
                    share(MarketFigure.SPONSOR_HOME_CARE, "sponsor home care locations", MarketFigure.HOME_CARE,
                            "home care"))),
            new FigureGroup("Licence actions in force", List.of(
                    tile(MarketFigure.SUSPENDED_PROVIDERS, "providers suspended"),
                    tile(MarketFigure.SUSPENDED_LOCATIONS, "locations suspended"),
                    tile(MarketFigure.REVOKED_PROVIDERS, "providers revoked"),
                    tile(MarketFigure.REVOKED_LOCATIONS, "locations revoked"),
                    tile(MarketFigure.WORKERS_AT_RISK, "workers affected"))),
            new FigureGroup("Register changes", List.of(
                    tile(MarketFigure.REMOVED_SINCE_LAST, "sponsors removed from the register"),
                    tile(MarketFigure.DOWNGRADED_SINCE_LAST, "sponsors downgraded to B"))));

    private static Tile tile(MarketFigure figure, String caption) {
        return new Tile(figure, caption, null, null);
    }

    private static Tile share(MarketFigure figure, String caption, MarketFigure whole, String wholeName) {
        return new Tile(figure, caption, whole, wholeName);
    }
}
