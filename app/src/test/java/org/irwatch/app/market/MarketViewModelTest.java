package org.irwatch.app.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irwatch.app.common.OpenDataFolder;
import org.irwatch.app.common.SharedDemoFolder;
import org.irwatch.app.screen.Navigator;
import org.irwatch.core.council.Scope;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.market.DataDates;
import org.irwatch.core.market.MarketData;
import org.irwatch.core.market.MarketFigure;
import org.irwatch.core.market.MarketLocation;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.MarketSources;
import org.irwatch.core.market.RegisterEntry;
import org.irwatch.core.market.ScopedMarket;
import org.irwatch.core.market.WatchList;
import org.irwatch.core.market.WatchListEntry;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.StoredMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Market screen's model without a window: what a load shows, the list behind a figure, and a failed read. */
class MarketViewModelTest {

    private static final String WALSALL = "E08000030";

    @RegisterExtension
    static final SharedDemoFolder DEMO = new SharedDemoFolder();
    private final OpenDataFolder demo = DEMO.get();

    private static MarketViewModel model(OpenDataFolder open) {
        return new MarketViewModel(open.services().market(), open.services().settings(), open.tasks(),
                ZoneId.of("Europe/London"), open.context().navigator());
    }

    /** Walsall with a B-rated sponsor, an A-rated one scoring nothing and a possible sponsor; no beds or ratings. */
    private static ScopedMarket walsallWithoutOptionalColumns() {
        List<MarketLocation> locations = List.of(
                new MarketLocation("1-101", "1-1", "Alpha House", "Walsall", "WS1 1AA", WALSALL, true, false, 0,
                        OverallRating.NOT_RATED),
                new MarketLocation("1-102", "1-2", "Beta House", "Walsall", "WS1 1AB", WALSALL, true, false, 0,
                        OverallRating.NOT_RATED),
                new MarketLocation("1-103", "1-3", "Gamma House", "Walsall", "WS1 1AC", WALSALL, true, false, 0,
                        OverallRating.NOT_RATED));
        Map<String, String> names = Map.of("1-1", "Alpha Care", "1-2", "Beta Care", "1-3", "Gamma Care");
        List<StoredMatch> matches = new ArrayList<>();
        Map<String, RegisterEntry> entries = new HashMap<>();
        sponsor(matches, entries, "1-1", "ALPHA CARE", MatchBand.HIGH, "B");
        sponsor(matches, entries, "1-2", "BETA CARE", MatchBand.HIGH, "A");
        sponsor(matches, entries, "1-3", "GAMMA MEDIA", MatchBand.MEDIUM, "B");
        MarketData data = MarketData.of(new MarketSources(new DataDates(LocalDate.of(2024, 5, 31),
                LocalDate.of(2021, 11, 2), null, Instant.parse("2026-12-01T09:00:00Z")), Set.of(), locations, names,
                matches, entries, List.of(), List.of(), List.of()));
        return new ScopedMarket(data, Set.of(WALSALL), "Walsall");
    }

    private static void sponsor(List<StoredMatch> matches, Map<String, RegisterEntry> entries, String providerId,
                                String name, MatchBand band, String ratings) {
        StoredMatch.SponsorRef sponsor = new StoredMatch.SponsorRef(name + "|walsall", name, "Walsall");
        matches.add(new StoredMatch(providerId, name, sponsor, 0.9, band, "same name", List.of()));
        entries.put(sponsor.key(), new RegisterEntry(sponsor.key(), name, "Walsall", "", ratings, "Skilled Worker"));
    }

    private static MarketViewModel.Loaded loaded(ScopedMarket market, List<String> warnings) {
        return new MarketViewModel.Loaded(Scope.england(), market, WatchList.of(market),
                WatchList.sponsorsScoringNothing(market).size(), warnings, "test data");
    }

    @Test
    void loadShowsTheAreasMarketAndItsWatchList() {
        MarketViewModel model = model(demo);
        ScopedMarket expected = demo.services().market().market(Scope.england());

        model.load(Scope.england());

        assertThat(model.stateProperty().get()).isEqualTo(MarketViewModel.State.READY);
        assertThat(model.headingProperty().get()).isEqualTo("Adult social care market: England");
        assertThat(model.marketProperty().get().value(MarketFigure.LOCATIONS))
                .isEqualTo(expected.value(MarketFigure.LOCATIONS)).isPositive();
        assertThat(model.value(MarketFigure.LOCATIONS)).isEqualTo(Figures.count(expected.value(MarketFigure.LOCATIONS)));
        assertThat(model.watchList()).isNotEmpty().containsExactlyElementsOf(WatchList.of(expected));
        assertThat(model.emptyMessageProperty().get()).isEmpty();
        assertThat(demo.tasks().failed()).isEmpty();
    }

    @Test
    void openingAFigureListsWhatItCountsAndBackEmptiesTheList() {
        MarketViewModel model = model(demo);
        model.load(Scope.england());

        model.open(MarketFigure.LOCATIONS);

        assertThat(model.locationsBehind()).hasSize(model.marketProperty().get().value(MarketFigure.LOCATIONS));
        assertThat(model.providersBehind()).isEmpty();
        assertThat(model.listTitleProperty().get()).startsWith("Locations in England: ");

        model.back();

        assertThat(model.openFigureProperty().get()).isNull();
        assertThat(model.locationsBehind()).isEmpty();
        assertThat(model.listTitleProperty().get()).isEmpty();
    }

    @Test
    void withoutCqcDataTheScreenSaysToImportIt(@TempDir Path emptyFolder) {
        try (OpenDataFolder empty = OpenDataFolder.empty(emptyFolder)) {
            MarketViewModel model = model(empty);

            model.load(Scope.england());

            assertThat(model.stateProperty().get()).isEqualTo(MarketViewModel.State.NO_CQC_DATA);
            assertThat(model.emptyMessageProperty().get()).startsWith("No CQC data yet. Import the CQC directory");
            assertThat(model.watchList()).isEmpty();
        }
    }

    @Test
    void aFailedReadIsReportedAndShowsNoFigures(@TempDir Path closedFolder) {
        OpenDataFolder closed = OpenDataFolder.closed(closedFolder);
        MarketViewModel model = model(closed);

        model.load(Scope.england());

        assertThat(closed.tasks().failed()).singleElement().asString()
                .startsWith("Reading the market of England failed");
        assertThat(model.stateProperty().get()).isEqualTo(MarketViewModel.State.LOADING);
        assertThat(model.marketProperty().get()).isNull();
    }

    @Test
    void thePossibleSponsorsFigureIsAShareOfNothingAndOpensTheAreasReviewQueue() {
        List<String> navigations = new ArrayList<>();
        MarketViewModel model = new MarketViewModel(demo.services().market(), demo.services().settings(),
                demo.tasks(), ZoneId.of("Europe/London"),
                new Navigator() {
                    @Override
                    public void showProvider(String providerId) {
                        navigations.add("provider " + providerId);
                    }

                    @Override
                    public void reviewMatch(MarketProvider provider) {
                        navigations.add("review " + provider.providerId());
                    }

                    @Override
                    public void reviewQueue() {
                        navigations.add("review queue");
                    }
                });
        model.load(Scope.england());
        FigureGroup.Tile possible = FigureGroup.ALL.stream().flatMap(g -> g.tiles().stream())
                .filter(t -> t.figure() == MarketFigure.UNCERTAIN_SPONSORS).findFirst().orElseThrow();

        model.open(MarketFigure.UNCERTAIN_SPONSORS);

        assertThat(navigations).containsExactly("review queue");
        assertThat(model.openFigureProperty().get()).isNull();
        assertThat(possible.opensReviewQueue()).isTrue();
        assertThat(model.detail(possible)).doesNotContain("%");
        assertThat(possible.wholeName()).isNull();
    }

    @Test
    void aFigureTheCqcFileCouldNotGiveSaysNotInThisFileAndWhichFileGivesItNeverZero() {
        MarketViewModel model = model(demo);
        ScopedMarket walsall = walsallWithoutOptionalColumns();
        FigureGroup.Tile sponsorBeds = FigureGroup.ALL.stream().flatMap(g -> g.tiles().stream())
                .filter(t -> t.figure() == MarketFigure.SPONSOR_CARE_HOME_BEDS).findFirst().orElseThrow();

        model.show(loaded(walsall, List.of()));

        assertThat(model.value(MarketFigure.CARE_HOME_BEDS)).isEqualTo("not in this file");
        assertThat(model.value(MarketFigure.SPONSOR_CARE_HOME_BEDS)).isEqualTo("not in this file");
        assertThat(model.detail(sponsorBeds)).isEqualTo("the HSCA Active Locations spreadsheet gives it");
        assertThat(model.value(MarketFigure.CARE_HOMES)).isEqualTo("3");
        model.open(MarketFigure.CARE_HOME_BEDS);
        assertThat(model.listTitleProperty().get()).isEqualTo("Care home beds in Walsall: not in this file — the "
                + "HSCA Active Locations spreadsheet gives it (3 care homes)");
    }

    @Test
    void theDataDateWarningsAreShownAboveTheFiguresFromTheSameLoad() {
        MarketViewModel model = model(demo);

        model.load(Scope.england());
        assertThat(model.warningsProperty().get())
                .isEqualTo(String.join("\n", demo.services().market().dataWarnings()));

        model.show(loaded(walsallWithoutOptionalColumns(), List.of("The register is of 2 November 2021, the CQC data "
                + "of 31 May 2024: 941 days apart.", "The CQC data is 919 days old.")));
        assertThat(model.warningsProperty().get()).isEqualTo("The register is of 2 November 2021, the CQC data of "
                + "31 May 2024: 941 days apart.\nThe CQC data is 919 days old.");
    }

    @Test
    void underTheWatchListItSaysHowManySponsorsAreNotListedAndWhy() {
        MarketViewModel model = model(demo);
        ScopedMarket walsall = walsallWithoutOptionalColumns();

        model.show(loaded(walsall, List.of()));

        assertThat(model.watchList()).extracting(e -> e.provider().providerId(), WatchListEntry::toReview)
                .containsExactly(tuple("1-1", false), tuple("1-3", true));
        assertThat(model.notListedProperty().get()).isEqualTo("1 of the 3 sponsors and possible sponsors in Walsall "
                + "is not listed: it scores no risk point — no licence action, B rating or register change is recorded, and "
                + "no other factor of the score applies.");
    }
}
