package org.irwatch.app.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irwatch.app.common.HeldTaskExecutor;
import org.irwatch.app.common.OpenDataFolder;
import org.irwatch.app.common.SameThreadTaskExecutor;
import org.irwatch.app.common.SharedDemoFolder;
import org.irwatch.app.common.TaskExecutor;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.MarketFigure;
import org.irwatch.core.market.ScopedMarket;
import org.irwatch.core.settings.SettingsRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the Market screen shows while its market is read, with a slow executor that holds each task until the test
 * releases it: a placeholder, the last session's figures marked as such, or the figures shown before greyed under
 * their own area's name; never a zero, an empty-state sentence or a new area's name over old figures.
 */
class MarketViewModelLoadTest {

    private static final String LAST_SESSION = "Reading the last session's figures";
    private static final String MARKET = "Reading the market of";

    @RegisterExtension
    static final SharedDemoFolder DEMO = new SharedDemoFolder();
    private final OpenDataFolder demo = DEMO.get();
    private final InMemorySettings settings = new InMemorySettings();
    private final HeldTaskExecutor held = new HeldTaskExecutor();
    private final Scope coventry = new Scope.CouncilScope(
            demo.services().councils().byGssCode("E08000026").orElseThrow());

    private MarketViewModel model(TaskExecutor tasks) {
        return new MarketViewModel(demo.services().market(), settings, tasks, ZoneId.of("Europe/London"),
                demo.context().navigator());
    }

    /** A session that showed England and ended, leaving its figures stored. */
    private MarketViewModel lastSessionShowedEngland() {
        MarketViewModel earlier = model(new SameThreadTaskExecutor());
        earlier.load(Scope.england());
        assertThat(settings.get(MarketViewModel.SUMMARY_SETTING)).isPresent();
        return earlier;
    }

    @Test
    void beforeTheFirstMarketArrivesAPlaceholderSaysWhatIsReadAndNoFigureIsShown() {
        MarketViewModel model = model(held);

        model.load(Scope.england());
        held.release(LAST_SESSION);

        assertThat(model.stateProperty().get()).isEqualTo(MarketViewModel.State.LOADING);
        assertThat(model.progressProperty().get()).isEqualTo("Reading the market of England…");
        assertThat(model.value(MarketFigure.SPONSORS)).isEqualTo("–");
        assertThat(model.datesProperty().get()).isEmpty();
        assertThat(model.emptyMessageProperty().get()).isEmpty();
        assertThat(model.watchListTitleProperty().get()).isEqualTo("Watch list (…)");

        held.release(MARKET);

        ScopedMarket live = demo.services().market().market(Scope.england());
        assertThat(model.stateProperty().get()).isEqualTo(MarketViewModel.State.READY);
        assertThat(model.value(MarketFigure.SPONSORS)).isEqualTo(Figures.count(live.value(MarketFigure.SPONSORS)));
        assertThat(model.progressProperty().get()).isEmpty();
        assertThat(model.watchListTitleProperty().get()).isEqualTo("Watch list (" + model.watchList().size() + ")");
    }

    @Test
    void atStartUpTheLastSessionsFiguresShowMarkedAsSuchUntilTheLiveOnesArrive() {
        MarketViewModel earlier = lastSessionShowedEngland();
        MarketViewModel model = model(held);

        model.load(Scope.england());
        held.release(LAST_SESSION);

        assertThat(model.stateProperty().get()).isEqualTo(MarketViewModel.State.LAST_SESSION);
        assertThat(model.updatingProperty().get()).isTrue();
        assertThat(model.progressProperty().get()).isEqualTo("As of the last session — updating…");
        assertThat(model.headingProperty().get()).isEqualTo("Adult social care market: England");
        assertThat(model.datesProperty().get()).isEqualTo(earlier.datesProperty().get());
        for (FigureGroup group : FigureGroup.ALL) {
            for (FigureGroup.Tile tile : group.tiles()) {
                assertThat(model.value(tile.figure())).isEqualTo(earlier.value(tile.figure()));
                assertThat(model.detail(tile)).isEqualTo(earlier.detail(tile));
            }
        }
        assertThat(model.value(MarketFigure.LOCATIONS)).isNotEqualTo("–");
        assertThat(model.watchListTitleProperty().get()).isEqualTo("Watch list (…)");

        model.open(MarketFigure.LOCATIONS);
        assertThat(model.openFigureProperty().get()).as("no list behind a stored figure").isNull();

        held.release(MARKET);

        assertThat(model.stateProperty().get()).isEqualTo(MarketViewModel.State.READY);
        assertThat(model.updatingProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEmpty();
        assertThat(model.marketProperty().get()).isNotNull();
    }

    @Test
    void storedFiguresOfDataChangedSinceAreSaidToBeOutOfDate() {
        lastSessionShowedEngland();
        MarketSummary stored = MarketSummary.decode(settings.get(MarketViewModel.SUMMARY_SETTING).orElseThrow())
                .orElseThrow();
        settings.put(MarketViewModel.SUMMARY_SETTING, new MarketSummary(stored.scopeKey(), "an older fingerprint",
                stored.heading(), stored.dates(), stored.texts()).encode());
        MarketViewModel model = model(held);

        model.load(Scope.england());
        held.release(LAST_SESSION);

        assertThat(model.stateProperty().get()).isEqualTo(MarketViewModel.State.LAST_SESSION);
        assertThat(model.updatingProperty().get()).isTrue();
        assertThat(model.progressProperty().get()).isEqualTo(
                "The data has changed since the last session: these figures are out of date — updating…");
    }

    @Test
    void anotherAreasStoredFiguresAreNotShown() {
        lastSessionShowedEngland();
        MarketViewModel model = model(held);

        model.load(coventry);
        held.release(LAST_SESSION);

        assertThat(model.stateProperty().get()).isEqualTo(MarketViewModel.State.LOADING);
        assertThat(model.headingProperty().get()).isEqualTo("Adult social care market: Coventry");
        assertThat(model.value(MarketFigure.LOCATIONS)).isEqualTo("–");
    }

    @Test
    void theMarketIsReadOnceTheStoredFiguresAreShown() {
        lastSessionShowedEngland();
        MarketViewModel model = model(held);

        model.load(Scope.england());

        assertThat(held.titles()).containsExactly(LAST_SESSION);
        held.release(LAST_SESSION);
        assertThat(held.titles()).containsExactly("Reading the market of England");
    }

    @Test
    void aLiveMarketThatArrivesFirstIsNotReplacedByTheStoredFigures() {
        lastSessionShowedEngland();
        MarketViewModel model = model(held);

        model.load(Scope.england());
        model.load(Scope.england());
        held.release(MARKET);
        held.release(LAST_SESSION);
        held.releaseAll();

        assertThat(model.stateProperty().get()).isEqualTo(MarketViewModel.State.READY);
        assertThat(model.updatingProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEmpty();
    }

    @Test
    void afterAnAreaSwitchTheFiguresShownStayGreyedUnderTheirOwnAreaUntilTheNewOnesArrive() {
        MarketViewModel model = model(held);
        model.load(Scope.england());
        held.releaseAll();
        String englandLocations = model.value(MarketFigure.LOCATIONS);

        model.load(coventry);

        assertThat(model.stateProperty().get()).isEqualTo(MarketViewModel.State.READY);
        assertThat(model.updatingProperty().get()).isTrue();
        assertThat(model.headingProperty().get()).isEqualTo("Adult social care market: England");
        assertThat(model.value(MarketFigure.LOCATIONS)).isEqualTo(englandLocations);
        assertThat(model.progressProperty().get())
                .isEqualTo("Reading the market of Coventry… The figures below are still England's.");
        model.open(MarketFigure.LOCATIONS);
        assertThat(model.openFigureProperty().get()).as("no England list opened under Coventry's name").isNull();

        held.release(MARKET);

        ScopedMarket live = demo.services().market().market(coventry);
        assertThat(model.updatingProperty().get()).isFalse();
        assertThat(model.headingProperty().get()).isEqualTo("Adult social care market: Coventry");
        assertThat(model.value(MarketFigure.LOCATIONS)).isEqualTo(Figures.count(live.value(MarketFigure.LOCATIONS)));
    }

    @Test
    void anEmptyStateSentenceIsClearedWhileTheNextAreaIsRead() {
        MarketViewModel model = model(held);
        model.load(Scope.england());
        held.releaseAll();
        ScopedMarket noLocations = new ScopedMarket(demo.services().market().data(), Set.of(), "Coventry");
        model.show(new MarketViewModel.Loaded(coventry, noLocations, List.of(), 0, List.of(), "any"));
        assertThat(model.emptyMessageProperty().get()).isNotEmpty();

        model.load(Scope.england());

        assertThat(model.stateProperty().get()).isEqualTo(MarketViewModel.State.LOADING);
        assertThat(model.emptyMessageProperty().get()).isEmpty();
        assertThat(model.progressProperty().get()).isEqualTo("Reading the market of England…");
    }

    /** The settings of a data folder, in a map: each test starts with none stored. */
    private static final class InMemorySettings implements SettingsRepository {

        private final Map<String, String> values = new HashMap<>();

        @Override
        public Optional<String> get(String name) {
            return Optional.ofNullable(values.get(name));
        }

        @Override
        public void put(String name, String value) {
            values.put(name, value);
        }
    }
}
