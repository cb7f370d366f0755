package org.irwatch.app.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irwatch.app.common.FigureTile;
import org.irwatch.app.providers.ProvidersView;
import org.irwatch.app.shell.ScopePicker;
import org.irwatch.app.uitest.RunningApplicationTest;
import org.irwatch.app.uitest.SummaryFigures;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.MarketFigure;
import org.irwatch.core.market.MarketLocation;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.PlacedLocation;
import org.irwatch.core.market.RiskFactor;
import org.irwatch.core.market.ScopedEvent;
import org.irwatch.core.market.ScopedMarket;
import org.irwatch.core.market.SearchHit;
import org.irwatch.core.market.WatchList;
import org.irwatch.core.market.WatchListEntry;
import org.irwatch.core.matching.StoredMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Market screen on the demo, as a commissioner uses it: the figures, the list behind each, the watch list with
 * its factors, a provider's detail, and search from anywhere.
 */
class MarketScreenTest extends RunningApplicationTest {

    @Test
    void everyFigureShownIsTheMarketsValueAndOpensExactlyItsList() throws Exception {
        waitUntil("matching has run and the market shows sponsors", () -> shownMarket() != null
                && shownMarket().dates().matchedAt() != null && !tileValue("#figure-sponsors").equals("0") && idle());
        ScopedMarket market = onFx(this::shownMarket);
        assertThat(onFx(() -> text("#market-dates"))).startsWith("CQC data of 1 October 2026, register of 27 October 2026 "
                + "compared with 28 September 2026, matched ");
        for (FigureGroup group : FigureGroup.ALL) {
            for (FigureGroup.Tile tile : group.tiles()) {
                assertThat(onFx(() -> tileValue("#" + tile.id()))).as(tile.caption())
                        .isEqualTo(Figures.count(market.value(tile.figure())));
            }
        }
        assertThat(onFx(() -> detail("#figure-sponsor-locations"))).isEqualTo(
                Figures.percent(market.share(MarketFigure.SPONSOR_LOCATIONS, MarketFigure.LOCATIONS)) + " of locations");

        clickOn("#figure-sponsors");
        waitUntil("the sponsors are listed", () -> visible("#figure-providers-table"));
        assertThat(onFx(() -> this.<MarketProvider>table("#figure-providers-table").getItems()))
                .containsExactlyInAnyOrderElementsOf(market.providersBehind(MarketFigure.SPONSORS));
        assertThat(onFx(() -> text("#figure-list-title"))).isEqualTo("Providers holding a sponsor licence (Skilled Worker / Health and Care) in England: "
                + Figures.count(market.value(MarketFigure.SPONSORS)));
        clickOn("#figure-list-back");
        waitUntil("the figures are back", () -> visible("#market-figures") && !visible("#figure-list"));

        // By keyboard: a tile takes the focus and Enter opens it; Escape goes back.
        interact(() -> lookup("#figure-sponsor-care-home-beds").query().requestFocus());
        push(KeyCode.ENTER);
        waitUntil("the sponsors' care homes are listed", () -> visible("#figure-locations-table"));
        List<PlacedLocation> listed = onFx(() -> List.copyOf(this.<PlacedLocation>table("#figure-locations-table")
                .getItems()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                market.locationsBehind(MarketFigure.SPONSOR_CARE_HOME_BEDS));
        assertThat(listed.stream().mapToInt(l -> l.location().beds()).sum())
                .isEqualTo(market.value(MarketFigure.SPONSOR_CARE_HOME_BEDS));
        push(KeyCode.ESCAPE);
        waitUntil("the figures are back", () -> visible("#market-figures"));

        // Below the fold of the figures now that suspended and revoked workers have tiles of their own: by keyboard.
        interact(() -> lookup("#figure-workers-at-risk").query().requestFocus());
        push(KeyCode.ENTER);
        waitUntil("the licence actions in force are listed", () -> visible("#figure-actions-table"));
        List<ScopedEvent> actions = onFx(() -> List.copyOf(this.<ScopedEvent>table("#figure-actions-table")
                .getItems()));
        assertThat(actions).containsExactlyInAnyOrderElementsOf(market.currentActions()).isNotEmpty();
        assertThat(actions.stream().mapToInt(e -> e.event().workersAffected()).sum())
                .isEqualTo(market.value(MarketFigure.WORKERS_AT_RISK));
        assertThat(market.value(MarketFigure.WORKERS_SUSPENDED) + market.value(MarketFigure.WORKERS_REVOKED))
                .as("suspended and revoked apart, the total theirs").isEqualTo(market.value(MarketFigure.WORKERS_AT_RISK));
        assertThat(onFx(() -> detail("#figure-workers-suspended"))).isEqualTo("early warning: suspensions in force");
        assertThat(onFx(() -> detail("#figure-workers-revoked"))).isEqualTo("issue escalation: revocations in force");
    }

    @Test
    void watchListIsRankedByScoreWithEachFactorOfTheChosenRow() throws Exception {
        ScopedMarket market = marketWithSponsors();
        List<WatchListEntry> expected = WatchList.of(market);

        clickOn("#watch-list-tab");
        waitUntil("the watch list is shown with its first row chosen",
                () -> rows("#watch-list-table") == expected.size() && !factors().isEmpty());

        List<WatchListEntry> shown = onFx(() -> List.copyOf(this.<WatchListEntry>table("#watch-list-table")
                .getItems()));
        assertThat(shown).extracting(e -> e.provider().providerId())
                .containsExactlyElementsOf(expected.stream().map(e -> e.provider().providerId()).toList());
        assertThat(shown).extracting(WatchListEntry::toReview).as("sure sponsors before possible ones").isSorted();
        assertThat(shown.stream().filter(e -> !e.toReview())).extracting(e -> e.score().total())
                .isSortedAccordingTo((a, b) -> b - a);
        assertThat(shown.stream().filter(WatchListEntry::toReview)).extracting(e -> e.score().total())
                .isSortedAccordingTo((a, b) -> b - a);
        assertThat(shown.getFirst().score().summary()).contains("+");
        assertThat(onFx(this::factors)).isEqualTo(shown.getFirst().score().factors());
        assertThat(onFx(() -> text("#watch-list-why")))
                .isEqualTo(shown.getFirst().provider().name() + " scores " + shown.getFirst().score().total() + ":");

        interact(() -> table("#watch-list-table").getSelectionModel().select(2));
        assertThat(onFx(this::factors)).isEqualTo(shown.get(2).score().factors());

        // Enter opens the chosen provider's detail; Escape closes it.
        interact(() -> table("#watch-list-table").requestFocus());
        push(KeyCode.ENTER);
        waitUntil("the provider's detail is open", () -> lookup("#provider-detail").tryQuery().isPresent() && idle());
        MarketProvider provider = shown.get(2).provider();
        assertThat(onFx(() -> text("#detail-name"))).isEqualTo(provider.name());
        assertThat(onFx(() -> rows("#detail-locations"))).isEqualTo(provider.locations().size());
        assertThat(onFx(() -> text("#detail-licence"))).startsWith(provider.status().label());
        push(KeyCode.ESCAPE);
        waitUntil("the detail has closed", () -> lookup("#provider-detail").tryQuery().isEmpty());
    }

    @Test
    void searchFromAnywhereFindsByPostcodeAndIdAndOpensTheProvider() throws Exception {
        ScopedMarket market = marketWithSponsors();
        MarketProvider provider = market.providersBehind(MarketFigure.SPONSORS).getFirst();
        MarketLocation location = provider.locations().getFirst();
        showScreen("#nav-register-changes", "Register changes");

        push(KeyCode.SHORTCUT, KeyCode.F);
        waitUntil("the search field has the focus", () -> lookup("#search").query().isFocused());
        write(location.postcode());
        waitUntil("the postcode finds the provider", () -> hits().stream()
                .anyMatch(h -> h.provider().providerId().equals(provider.providerId())));
        assertThat(onFx(this::hits)).allSatisfy(hit -> assertThat(hit.location().postcode().replace(" ", ""))
                .startsWith(location.postcode().replace(" ", "")));

        push(KeyCode.SHORTCUT, KeyCode.K);
        write(location.locationId());
        waitUntil("the location ID finds its provider first",
                () -> !hits().isEmpty() && hits().getFirst().matchedOn().equals("location ID"));
        push(KeyCode.ENTER);
        waitUntil("the provider's detail is open", () -> lookup("#provider-detail").tryQuery().isPresent() && idle());
        assertThat(onFx(() -> text("#detail-name"))).isEqualTo(provider.name());
        assertThat(onFx(() -> text("#detail-register-name"))).isEqualTo(provider.registerEntry().name());
        clickOn("#detail-close");
        waitUntil("the detail has closed", () -> lookup("#provider-detail").tryQuery().isEmpty());
    }

    @Test
    void aDoubtfulMatchGoesFromItsDetailToItsReview() throws Exception {
        ScopedMarket market = marketWithSponsors();
        MarketProvider doubtful = market.providersBehind(MarketFigure.UNCERTAIN_SPONSORS).getFirst();
        StoredMatch match = doubtful.match();

        // The possible sponsors' figure is a list to review: it opens the area's review queue, which holds them.
        clickOn("#figure-uncertain-sponsors");
        waitUntil("the doubtful matches are listed", () -> "Providers".equals(screenTitle()) && idle());
        ProvidersView queue = screen(ProvidersView.class);
        assertThat(onFx(() -> lookup("#providers-tabs").queryAs(TabPane.class).getSelectionModel()
                .getSelectedItem().getId())).isEqualTo("review-tab");
        assertThat(onFx(() -> queue.model().review().queue().stream().map(StoredMatch::providerId).toList()))
                .containsExactlyInAnyOrderElementsOf(market.providersBehind(MarketFigure.UNCERTAIN_SPONSORS).stream()
                        .map(MarketProvider::providerId).toList());

        // Its detail, opened from the list of locations, goes back to the same review.
        showScreen("#nav-market", "Market");
        clickOn("#figure-locations");
        waitUntil("the locations are listed", () -> visible("#figure-locations-table"));
        interact(() -> {
            var table = this.<PlacedLocation>table("#figure-locations-table");
            table.getSelectionModel().select(table.getItems().stream()
                    .filter(l -> l.provider().providerId().equals(doubtful.providerId())).findFirst().orElseThrow());
            table.requestFocus();
        });
        push(KeyCode.ENTER);
        waitUntil("the provider's detail is open", () -> lookup("#detail-review").tryQuery().isPresent() && idle());
        assertThat(onFx(() -> text("#detail-match"))).startsWith(match.band().label() + " match");

        clickOn("#detail-review");
        waitUntil("the review of the match is shown", () -> "Providers".equals(screenTitle()) && idle()
                && lookup("#provider-detail").tryQuery().isEmpty());
        ProvidersView providers = screen(ProvidersView.class);
        assertThat(onFx(() -> lookup("#providers-tabs").queryAs(TabPane.class).getSelectionModel()
                .getSelectedItem().getId())).isEqualTo("review-tab");
        waitUntil("its match is chosen in the queue", () -> providers.model().review().selectedProperty().get() != null
                && providers.model().review().selectedProperty().get().providerId().equals(doubtful.providerId()));
    }

    @Test
    void aCouncilWithoutCareDataSaysSoInsteadOfShowingZeros() throws Exception {
        ScopePicker picker = onFx(() -> lookup("#scope-picker").queryAs(ScopePicker.class));
        Scope camden = onFx(() -> picker.getItems().stream().filter(s -> s.label().equals("Camden")).findFirst()
                .orElseThrow());

        interact(() -> picker.setValue(camden));

        waitUntil("Camden's market is shown", () -> text("#market-scope").endsWith("Camden") && idle());
        assertThat(onFx(() -> visible("#market-empty"))).isTrue();
        assertThat(onFx(() -> text("#market-empty"))).startsWith("No adult social care locations in Camden in the "
                + "CQC data of 1 October 2026.");
        assertThat(onFx(() -> visible("#market-figures"))).isFalse();
    }

    @Test
    void theWorkbookExportedFromTheScreenHoldsTheFiguresItShows(@TempDir Path folder) throws Exception {
        ScopedMarket shown = marketWithSponsors();
        Path file = folder.resolve("market.xlsx");
        screen(MarketView.class).councilWorkbookExport().askFilesWith(question -> Optional.of(file));

        clickOn("#market-export-workbook");
        waitUntil("the period is asked", () -> dialog().isPresent());
        clickOn(dialogButton("Choose file…"));
        waitUntil("the workbook is written", () -> idle() && statusMessage().startsWith("Council workbook for"));

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet summary = workbook.getSheet("Summary");
            for (MarketFigure figure : MarketFigure.values()) {
                assertThat(SummaryFigures.of(summary, figure.label())).as(figure.label())
                        .isEqualTo(shown.value(figure));
            }
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private ScopedMarket marketWithSponsors() throws Exception {
        waitUntil("matching has run and the market shows sponsors", () -> shownMarket() != null
                && shownMarket().value(MarketFigure.SPONSORS) > 0 && idle());
        return onFx(this::shownMarket);
    }

    private ScopedMarket shownMarket() throws Exception {
        return screen(MarketView.class).model().marketProperty().get();
    }

    private String tileValue(String id) {
        return lookup(id).queryAs(FigureTile.class).valueProperty().get();
    }

    private String detail(String id) {
        return lookup(id).queryAs(FigureTile.class).detailProperty().get();
    }

    /** Shown: the node and every parent up to the scene are visible. */
    private boolean visible(String id) {
        for (Node node = lookup(id).tryQuery().orElse(null); ; node = node.getParent()) {
            if (node == null) {
                return lookup(id).tryQuery().isPresent();
            }
            if (!node.isVisible()) {
                return false;
            }
        }
    }

    private List<RiskFactor> factors() {
        return List.copyOf(this.<RiskFactor>table("#watch-list-factors").getItems());
    }

    @SuppressWarnings("unchecked")
    private List<SearchHit> hits() {
        return lookup("#search-results").tryQuery().map(n -> List.copyOf(((ListView<SearchHit>) n).getItems()))
                .orElse(List.of());
    }
}
