package org.irwatch.core.placements;

import java.util.List;
import org.irwatch.core.market.MarketLocation;
import org.irwatch.core.market.MarketProvider;

/**
 * A location offered to the worker, with the factors that put it there.
 *
 * @param spareCos spare certificates of its sponsor (restricted); null when no certificate data is held for it
 * @param employer its ethical employer sign-up; null when the provider has not signed up
 */
public record PlacementMatch(MarketProvider provider, MarketLocation location, double miles, SitePrecision precision,
                             PlacementGroup group, int score, Integer spareCos, EthicalEmployer employer,
                             List<PlacementFactor> factors) {

    public PlacementMatch {
        factors = List.copyOf(factors);
    }

    /**
     * Open posts for the role at its ethical employer, 0 when it has none; null when the provider has not signed up as
     * an ethical employer, so its vacancies are not known (never shown as 0).
     */
    public Integer vacancies(PlacementRole role) {
        return employer == null ? null : employer.vacanciesFor(role);
    }

    /** The reasons factor by factor, restricted ones only when asked for. */
    public String reasons(boolean withRestricted) {
        return String.join("; ", factors.stream().filter(f -> withRestricted || !f.restricted())
                .map(PlacementFactor::describe).toList());
    }
}
