package org.irwatch.app.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.irwatch.app.common.HeldTaskExecutor;
import org.irwatch.app.common.OpenDataFolder;
import org.irwatch.app.common.SharedDemoFolder;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.core.council.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * While the providers of an area are read (a slow read, held until the test releases it) the screen says it is
 * loading: no "no providers" sentence, no counts, and never the previous area's rows under the new area's name.
 */
class ProvidersViewModelLoadingTest {

    @RegisterExtension
    static final SharedDemoFolder DEMO = new SharedDemoFolder();
    private final OpenDataFolder demo = DEMO.get();
    private final HeldTaskExecutor slow = new HeldTaskExecutor();
    private final ProvidersViewModel model = model();

    private ProvidersViewModel model() {
        var market = demo.services().market();
        var matching = demo.services().matching();
        ScreenContext context = new ScreenContext(slow, demo.dialogs(), demo.context().navigator(), () -> { });
        return new ProvidersViewModel(market, matching, slow,
                new ReviewViewModel(market, matching, context,
                        Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC), "tester"),
                new DecisionsViewModel(matching, (rows, out) -> { }, file -> List.of(), context));
    }

    @Test
    void whileTheFirstLoadRunsTheScreenSaysLoadingInsteadOfNoProvidersAndZeroCounts() {
        Scope area = councilWithProviders();

        model.load(area);

        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.placeholderProperty().get()).isEqualTo("Loading providers of " + area.label() + "…");
        assertThat(model.providerCount().get()).isEqualTo("… providers");
        assertThat(model.reviewTabText().get()).isEqualTo("Review matches (…)");
        assertThat(model.decisionsTabText().get()).isEqualTo("Decisions (…)");

        slow.releaseAll();

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.shown()).isNotEmpty();
        assertThat(model.providerCount().get()).isEqualTo(model.shown().size() + " providers");
        assertThat(model.reviewTabText().get()).matches("Review matches \\(\\d+\\)");
        assertThat(model.placeholderProperty().get())
                .isEqualTo("No adult social care providers in " + area.label() + " in the CQC data held.");
    }

    @Test
    void afterAnAreaSwitchTheOldAreasRowsAreGoneWhileTheNewAreaLoads() {
        Scope first = councilWithProviders();
        model.load(first);
        slow.releaseAll();
        assertThat(model.shown()).isNotEmpty();

        model.load(Scope.england());

        assertThat(model.shown()).as("the rows of " + first.label() + " under England").isEmpty();
        assertThat(model.placeholderProperty().get()).isEqualTo("Loading providers of England…");
        slow.releaseAll();
        assertThat(model.shown()).hasSizeGreaterThanOrEqualTo(1);
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void reloadingTheSameAreaKeepsItsRowsUntilTheNewOnesArrive() {
        model.load(Scope.england());
        slow.releaseAll();
        int rows = model.shown().size();

        model.load(Scope.england());

        assertThat(model.shown()).as("the same area's rows, greyed by the view").hasSize(rows);
        assertThat(model.loadingProperty().get()).isTrue();
        slow.releaseAll();
        assertThat(model.loadingProperty().get()).isFalse();
    }

    /** A council of the demo holding at least one provider. */
    private Scope councilWithProviders() {
        var market = demo.services().market();
        return demo.services().councils().councils().stream().<Scope>map(Scope.CouncilScope::new)
                .filter(scope -> !market.providers(scope).isEmpty()).findFirst().orElseThrow();
    }
}
