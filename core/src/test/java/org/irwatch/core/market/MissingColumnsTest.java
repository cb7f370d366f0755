package org.irwatch.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irwatch.core.market.MarketFixture.WALSALL;

import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.matching.MatchBand;
import org.junit.jupiter.api.Test;

/** A figure counted from a column the CQC file lacked is missing, not 0; "Not rated" stays for a true lack. */
class MissingColumnsTest {

    private MarketFixture market() {
        return new MarketFixture().provider("1-1", "Alpha Care").provider("1-2", "Beta Homes")
                .careHome("1-1", WALSALL, 30, OverallRating.GOOD).sponsor("1-1", MatchBand.HIGH, "A")
                .careHome("1-2", WALSALL, 0, OverallRating.NOT_RATED);
    }

    @Test
    void withoutBedsInTheFileBedFiguresAreMissingAndSayWhichFileGivesThem() {
        ScopedMarket walsall = market().withoutOptionalCqcColumns().in(WALSALL);

        FigureValue beds = walsall.figure(MarketFigure.CARE_HOME_BEDS);
        FigureValue sponsorBeds = walsall.figure(MarketFigure.SPONSOR_CARE_HOME_BEDS);

        assertThat(beds.missing()).isTrue();
        assertThat(beds.value()).isNull();
        assertThat(beds.text()).isEqualTo("not in this file — the HSCA Active Locations spreadsheet gives it");
        assertThat(sponsorBeds.missing()).isTrue();
        assertThat(sponsorBeds.share()).isNull();
        assertThat(walsall.figure(MarketFigure.CARE_HOMES).value()).isEqualTo(2);
        assertThat(walsall.figure(MarketFigure.SPONSOR_CARE_HOMES).share()).isEqualTo(0.5);
    }

    @Test
    void withBedsInTheFileBedFiguresHaveValuesEvenWhenZero() {
        ScopedMarket walsall = market().in(WALSALL);

        assertThat(walsall.figure(MarketFigure.CARE_HOME_BEDS).value()).isEqualTo(30);
        assertThat(walsall.figure(MarketFigure.SPONSOR_CARE_HOME_BEDS).share()).isEqualTo(1.0);
        assertThat(walsall.figures()).noneMatch(FigureValue::missing);
    }

    @Test
    void withoutRatingsInTheFileEveryLocationsRatingIsNotInThisFile() {
        MarketData data = market().withoutOptionalCqcColumns().data();

        assertThat(data.provider("1-1").orElseThrow().locations()).extracting(data::ratingText)
                .containsExactly("not in this file");
    }

    @Test
    void withRatingsInTheFileAnUnratedLocationIsNotRated() {
        MarketData data = market().data();

        assertThat(data.provider("1-2").orElseThrow().locations()).extracting(data::ratingText)
                .containsExactly("Not rated");
        assertThat(data.provider("1-1").orElseThrow().locations()).extracting(data::ratingText)
                .containsExactly("Good");
    }
}
