package org.irwatch.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irwatch.core.market.MarketFixture.DUDLEY;
import static org.irwatch.core.market.MarketFixture.WALSALL;

import java.util.List;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.RegisterChange;
import org.junit.jupiter.api.Test;

/** An area's register changes are those to the sponsors of its providers, surely matched or gone from the register. */
class AreaRegisterChangesTest {

    private static final RegisterChange SURE_DOWNGRADED = change(ChangeType.RATING_CHANGED, "SURE CARE", "A", "B");
    private static final RegisterChange POSSIBLE_DOWNGRADED =
            change(ChangeType.RATING_CHANGED, "POSSIBLE CARE", "A", "B");
    private static final RegisterChange FORMER_REMOVED = change(ChangeType.REMOVED, "FORMER CARE", "A", "");
    private static final RegisterChange ELSEWHERE_ADDED = change(ChangeType.ADDED, "DUDLEY CARE", "", "A");
    private static final RegisterChange NOT_CARE = change(ChangeType.ADDED, "A CAFE", "", "A");

    private final MarketFixture market = new MarketFixture()
            .provider("1-1", "Sure Care").provider("1-2", "Possible Care").provider("1-3", "Former Care")
            .provider("1-4", "Dudley Care")
            .careHome("1-1", WALSALL, 10, OverallRating.GOOD).sponsor("1-1", MatchBand.HIGH, "B")
            .careHome("1-2", WALSALL, 10, OverallRating.GOOD).sponsor("1-2", MatchBand.MEDIUM, "B")
            .careHome("1-3", WALSALL, 10, OverallRating.GOOD).formerSponsor("1-3")
            .careHome("1-4", DUDLEY, 10, OverallRating.GOOD).sponsor("1-4", MatchBand.CONFIRMED, "A");

    private static final List<RegisterChange> ALL =
            List.of(SURE_DOWNGRADED, POSSIBLE_DOWNGRADED, FORMER_REMOVED, ELSEWHERE_ADDED, NOT_CARE);

    @Test
    void aCouncilKeepsTheChangesToItsSureAndFormerSponsorsOnly() {
        assertThat(market.in(WALSALL).changesToSponsorsHere(ALL)).containsExactly(SURE_DOWNGRADED, FORMER_REMOVED);
    }

    @Test
    void aWiderAreaKeepsTheChangesToTheSponsorsOfEachOfItsCouncils() {
        assertThat(market.in(WALSALL, DUDLEY).changesToSponsorsHere(ALL))
                .containsExactly(SURE_DOWNGRADED, FORMER_REMOVED, ELSEWHERE_ADDED);
    }

    @Test
    void theTownIsPartOfTheOrganisation() {
        RegisterChange sameNameElsewhere = new RegisterChange(ChangeType.RATING_CHANGED, "SURE CARE", "Leeds", "A",
                "B");

        assertThat(market.in(WALSALL).changesToSponsorsHere(List.of(sameNameElsewhere))).isEmpty();
    }

    private static RegisterChange change(ChangeType type, String name, String before, String after) {
        return new RegisterChange(type, name, "Walsall", before, after);
    }
}
