package org.irwatch.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irwatch.core.market.MarketFixture.WALSALL;

import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.matching.MatchBand;
import org.junit.jupiter.api.Test;

class MarketSearchTest {

    private final MarketData data = new MarketFixture()
            .provider("1-1", "Alpha Care").provider("1-2", "Beta Homes").provider("1-22", "Alphabet Support")
            .location("1-1", WALSALL, true, false, 20, OverallRating.GOOD, "WS1 2AB")
            .location("1-2", WALSALL, true, false, 20, OverallRating.GOOD, "B91 3QT")
            .location("1-22", WALSALL, false, true, 0, OverallRating.GOOD, "WS2 9ZZ")
            .sponsor("1-2", MatchBand.HIGH, "A")
            .data();

    @Test
    void findsByNameAnywhereInIt() {
        assertThat(MarketSearch.find(data, "alpha", 10)).extracting(h -> h.provider().providerId())
                .containsExactly("1-1", "1-22");
        assertThat(MarketSearch.find(data, "HOMES", 10)).extracting(SearchHit::matchedOn).containsExactly("provider name");
    }

    @Test
    void findsByPostcodeWithOrWithoutTheSpace() {
        assertThat(MarketSearch.find(data, "b913qt", 10)).singleElement()
                .satisfies(h -> assertThat(h.matchedOn()).isEqualTo("postcode B91 3QT"));
        assertThat(MarketSearch.find(data, "WS", 10)).as("too short and no digit: not a postcode").isEmpty();
        assertThat(MarketSearch.find(data, "WS2", 10)).extracting(h -> h.provider().providerId()).containsExactly("1-22");
    }

    @Test
    void anExactIdComesFirst() {
        assertThat(MarketSearch.find(data, "1-2", 10)).first()
                .satisfies(h -> assertThat(h.provider().providerId()).isEqualTo("1-2"));
        assertThat(MarketSearch.find(data, "1-101", 10)).singleElement()
                .satisfies(h -> assertThat(h.matchedOn()).isEqualTo("location ID"));
    }
}
