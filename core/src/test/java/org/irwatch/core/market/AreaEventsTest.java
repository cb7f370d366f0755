package org.irwatch.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irwatch.core.market.MarketFixture.DUDLEY;
import static org.irwatch.core.market.MarketFixture.WALSALL;

import java.time.LocalDate;
import java.util.Set;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.matching.MatchBand;
import org.junit.jupiter.api.Test;

/** The events listed for an area: those affecting it, and those placed nowhere, which no area would list otherwise. */
class AreaEventsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);

    private final MarketFixture market = new MarketFixture()
            .provider("1-1", "Walsall Care").provider("1-2", "Dudley Care").provider("9-9", "Nowhere Care")
            .careHome("1-1", WALSALL, 10, OverallRating.GOOD).sponsor("1-1", MatchBand.HIGH, "A")
            .careHome("1-2", DUDLEY, 10, OverallRating.GOOD).sponsor("1-2", MatchBand.HIGH, "A")
            // 1: names Dudley though its provider is in Walsall; 2: names none, so its provider's council counts;
            // 3: in Dudley; 4: names none and its sponsor is linked to no provider with a location.
            .event("1-1", EnforcementAction.SUSPENDED, DAY, 3, Set.of(DUDLEY))
            .event("1-1", EnforcementAction.REVOKED, DAY.plusDays(1), 3, Set.of())
            .event("1-2", EnforcementAction.SUSPENDED, DAY, 2, Set.of(DUDLEY))
            .event("9-9", EnforcementAction.REVOKED, DAY, 1, Set.of());

    @Test
    void anEventIsListedWhereItsCouncilsAreOrElseWhereItsProviderIs() {
        assertThat(market.in(WALSALL).eventsToList()).containsExactlyInAnyOrder(2L, 4L);
        assertThat(market.in(DUDLEY).eventsToList()).containsExactlyInAnyOrder(1L, 3L, 4L);
    }

    @Test
    void anEventPlacedInNoCouncilIsListedInEveryArea() {
        assertThat(market.in(WALSALL, DUDLEY).eventsToList()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }
}
