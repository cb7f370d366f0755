package org.irwatch.app.market;

import java.util.List;
import org.irwatch.core.market.MarketFigure;

/** A heading of the Market screen and the figures under it, each with its caption and what its whole is called. */
record FigureGroup(String title, List<Tile> tiles) {

    /**
     * @param wholeName what the whole is called in "34% of locations" (core says which figure the whole is); null
     *                  when the figure is a share of nothing
     */
    record Tile(MarketFigure figure, String caption, String wholeName) {

        String id() {
            return "figure-" + figure.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** Possible sponsors are a list to review, not a market figure: their tile opens the review queue. */
        boolean opensReviewQueue() {
            return figure == MarketFigure.UNCERTAIN_SPONSORS;
        }

        String hint() {
            return opensReviewQueue() ? "Review these matches on the Providers screen"
                    : "Show the list behind this figure";
        }
    }

    static final List<FigureGroup> ALL = List.of(
            new FigureGroup("Care market", List.of(
                    tile(MarketFigure.PROVIDERS, "care providers"),
                    tile(MarketFigure.LOCATIONS, "adult social care locations"),
                    tile(MarketFigure.CARE_HOMES, "care homes"),
                    tile(MarketFigure.CARE_HOME_BEDS, "care home beds"),
                    tile(MarketFigure.HOME_CARE, "home care locations"),
                    share(MarketFigure.BASED_ELSEWHERE, "providers based in another council", "providers"))),
            new FigureGroup("Sponsors", List.of(
                    share(MarketFigure.SPONSORS, "providers holding a sponsor licence (Skilled Worker / Health "
                            + "and Care)", "providers"),
                    tile(MarketFigure.SPONSORS_OTHER_ROUTES, "sponsors on other routes only"),
                    share(MarketFigure.SPONSOR_LOCATIONS, "sponsor locations", "locations"),
                    share(MarketFigure.SPONSOR_CARE_HOMES, "sponsor care homes", "care homes"),
                    share(MarketFigure.SPONSOR_CARE_HOME_BEDS, "care home beds at sponsors", "beds"),
                    share(MarketFigure.SPONSOR_HOME_CARE, "sponsor home care locations", "home care"),
                    // Beside the sponsor figures but counted in none of them: its tile is marked to review.
                    tile(MarketFigure.UNCERTAIN_SPONSORS, "possible sponsors — to review"))),
            new FigureGroup("Licence actions in force", List.of(
                    tile(MarketFigure.SUSPENDED_PROVIDERS, "providers suspended (early warning)"),
                    tile(MarketFigure.SUSPENDED_LOCATIONS, "locations suspended"),
                    tile(MarketFigure.WORKERS_SUSPENDED, "workers at suspended sponsors"),
                    tile(MarketFigure.REVOKED_PROVIDERS, "providers revoked (issue escalation)"),
                    tile(MarketFigure.REVOKED_LOCATIONS, "locations revoked"),
                    tile(MarketFigure.WORKERS_REVOKED, "workers at revoked sponsors"),
                    tile(MarketFigure.WORKERS_AT_RISK, "workers at suspended or revoked sponsors (total)"))),
            new FigureGroup("Register signals", List.of(
                    tile(MarketFigure.REMOVED_SINCE_LAST, "sponsors removed from the register"),
                    tile(MarketFigure.DOWNGRADED_SINCE_LAST, "sponsors downgraded to B"))));

    private static Tile tile(MarketFigure figure, String caption) {
        return new Tile(figure, caption, null);
    }

    private static Tile share(MarketFigure figure, String caption, String wholeName) {
        return new Tile(figure, caption, wholeName);
    }
}
