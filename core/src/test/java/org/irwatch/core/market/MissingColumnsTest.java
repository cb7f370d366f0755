package org.irwatch.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irwatch.core.market.MarketFixture.WALSALL;

import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.matching.MatchBand;
import org.junit.jupiter.api.Test;

/**
 * A figure counted from a column the CQC file lacked is missing, not 0; "Not rated" stays for a true lack. A figure
 * counting sponsors is missing, not 0, until the register has been matched.
 */
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
    void beforeAnyMatchSponsorFiguresAreMissingAndSaySoWhileTheCqcFiguresCount() {
        ScopedMarket walsall = market().notMatchedYet().in(WALSALL);

        FigureValue sponsors = walsall.figure(MarketFigure.SPONSORS);
        assertThat(sponsors.missing()).isTrue();
        assertThat(sponsors.share()).isNull();
        assertThat(sponsors.text()).isEqualTo("not matched — matching gives it");
        assertThat(walsall.whyMissing(MarketFigure.SPONSOR_CARE_HOMES)).contains(WhyMissing.NOT_MATCHED);
        assertThat(walsall.figures()).filteredOn(FigureValue::missing).extracting(FigureValue::figure)
                .containsExactlyInAnyOrder(MarketFigure.SPONSORS, MarketFigure.SPONSORS_OTHER_ROUTES,
                        MarketFigure.UNCERTAIN_SPONSORS, MarketFigure.SPONSOR_LOCATIONS,
                        MarketFigure.SPONSOR_CARE_HOMES, MarketFigure.SPONSOR_CARE_HOME_BEDS,
                        MarketFigure.SPONSOR_HOME_CARE, MarketFigure.DOWNGRADED_SINCE_LAST);
        assertThat(walsall.figure(MarketFigure.CARE_HOMES).value()).isEqualTo(2);
        assertThat(walsall.figure(MarketFigure.CARE_HOME_BEDS).value()).isEqualTo(30);
    }

    @Test
    void reportsAreRefusedBeforeAnyMatchWhenBothFilesAreHeld() {
        DataDates notMatched = market().notMatchedYet().in(WALSALL).dates();

        assertThatThrownBy(notMatched::requireMatchedWhenBothHeld).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("not been matched to the CQC data yet");
        market().in(WALSALL).dates().requireMatchedWhenBothHeld();
        new DataDates(notMatched.cqc(), null, null, null).requireMatchedWhenBothHeld(); // no register: nothing to wait for
    }

    @Test
    void withoutBedsAndBeforeAnyMatchTheMissingFileIsSaidFirst() {
        ScopedMarket walsall = market().withoutOptionalCqcColumns().notMatchedYet().in(WALSALL);

        assertThat(walsall.whyMissing(MarketFigure.SPONSOR_CARE_HOME_BEDS)).contains(WhyMissing.NOT_IN_FILE);
        assertThat(walsall.whyMissing(MarketFigure.SPONSOR_CARE_HOMES)).contains(WhyMissing.NOT_MATCHED);
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
