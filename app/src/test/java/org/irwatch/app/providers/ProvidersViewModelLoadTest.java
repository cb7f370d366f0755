package org.irwatch.app.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.irwatch.app.common.OpenDataFolder;
import org.irwatch.app.common.SharedDemoFolder;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.ProviderSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Providers screen's model without a window: a load joins providers to matches, the filter, a failed read. */
class ProvidersViewModelLoadTest {

    @RegisterExtension
    static final SharedDemoFolder DEMO = new SharedDemoFolder();
    private final OpenDataFolder demo = DEMO.get();

    private static ProvidersViewModel model(OpenDataFolder open) {
        var market = open.services().market();
        var matching = open.services().matching();
        return new ProvidersViewModel(market, matching, open.tasks(),
                new ReviewViewModel(market, matching, open.context(),
                        Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC), "tester"),
                new DecisionsViewModel(matching, (rows, out) -> { }, file -> java.util.List.of(), open.context()));
    }

    @Test
    void loadListsTheAreasProvidersWithTheirMatches() {
        ProvidersViewModel model = model(demo);
        var providers = demo.services().market().providers(Scope.england());

        model.load(Scope.england());

        assertThat(model.shown()).extracting(row -> row.provider().providerId())
                .isNotEmpty()
                .containsExactlyElementsOf(providers.stream().map(ProviderSummary::providerId).toList());
        assertThat(model.shown()).as("the demo's sponsors are matched").anyMatch(row -> row.match() != null
                && row.match().isMatched());
        assertThat(model.review().queue()).as("the review queue comes from the same load")
                .isNotEmpty().allMatch(ReviewQueue::needsReview);
        assertThat(demo.tasks().failed()).isEmpty();
    }

    @Test
    void theFilterNarrowsTheRowsAndClearingItShowsThemAll() {
        ProvidersViewModel model = model(demo);
        model.load(Scope.england());
        int all = model.shown().size();
        ProviderSummary first = model.shown().getFirst().provider();

        model.filterProperty().set(first.providerId());

        assertThat(model.shown()).extracting(row -> row.provider().providerId()).containsExactly(first.providerId());

        model.filterProperty().set("no provider is called this");
        assertThat(model.shown()).isEmpty();

        model.filterProperty().set("");
        assertThat(model.shown()).hasSize(all);
    }

    @Test
    void aFailedReadIsReportedAndListsNothing(@TempDir Path closedFolder) {
        OpenDataFolder closed = OpenDataFolder.closed(closedFolder);
        ProvidersViewModel model = model(closed);

        model.load(Scope.england());

        assertThat(closed.tasks().failed()).singleElement().asString()
                .startsWith("Reading providers in England failed");
        assertThat(model.shown()).isEmpty();
    }
}
