package org.irwatch.app.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import org.irwatch.app.common.OpenDataFolder;
import org.irwatch.app.common.SharedDemoFolder;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.MarketFigure;
import org.irwatch.core.market.ScopedMarket;
import org.irwatch.core.market.WatchList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Market screen's model without a window: what a load shows, the list behind a figure, and a failed read. */
class MarketViewModelTest {

    @RegisterExtension
    static final SharedDemoFolder DEMO = new SharedDemoFolder();
    private final OpenDataFolder demo = DEMO.get();

    private static MarketViewModel model(OpenDataFolder open) {
        return new MarketViewModel(open.services().market(), open.services().settings(), open.tasks(),
                ZoneId.of("Europe/London"));
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

        assertThat(model.locationsBehind()).hasSize((int) model.marketProperty().get().value(MarketFigure.LOCATIONS));
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
}
