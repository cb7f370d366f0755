package org.irwatch.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.irwatch.app.common.OpenDataFolder;
import org.irwatch.core.council.Scope;
import org.irwatch.core.events.EnforcementEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Events screen's model without a window: a load, deleting (asked first) and undoing it, and a failed read. */
class EventsViewModelTest {

    private static final Clock FIRST_OF_DECEMBER = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"),
            ZoneId.of("Europe/London"));

    private OpenDataFolder demo;

    @BeforeEach
    void openDemo(@TempDir Path folder) {
        demo = OpenDataFolder.withDemo(folder);
    }

    @AfterEach
    void closeDemo() {
        demo.close();
    }

    private static EventsViewModel model(OpenDataFolder open) {
        var services = open.services();
        return new EventsViewModel(services.eventService(), services.signals(), services.market(), services.councils(),
                new TrackerPorts(services.formats().readSheet(), services.trackerMappings(),
                        services.trackerImport(), services.formats().rowProblems()),
                open.context(), FIRST_OF_DECEMBER);
    }

    @Test
    void loadListsTheEventsAndNamesTheirProviders() {
        EventsViewModel model = model(demo);
        var recorded = demo.services().eventService().events();

        model.load();

        assertThat(model.events()).isNotEmpty().containsExactlyElementsOf(recorded);
        EnforcementEvent withProvider = model.events().stream().filter(e -> e.cqcProviderId() != null).findFirst()
                .orElseThrow();
        assertThat(model.providerName(withProvider)).isEqualTo(demo.services().market()
                .provider(withProvider.cqcProviderId()).orElseThrow().name());
        assertThat(demo.tasks().failed()).isEmpty();
    }

    @Test
    void aCouncilChosenListsOnlyTheEventsAndSignalsOfThatCouncil() {
        EventsViewModel model = model(demo);
        var market = demo.services().market();
        var recorded = demo.services().eventService().events();
        Scope.CouncilScope council = demo.services().councils().councils().stream().map(Scope.CouncilScope::new)
                .filter(c -> {
                    int listed = market.market(c).eventsToList().size();
                    return listed > 0 && listed < recorded.size();
                }).findFirst().orElseThrow();
        Set<Long> expected = market.market(council).eventsToList();

        model.load(council);

        assertThat(model.events()).isNotEmpty().hasSizeLessThan(recorded.size())
                .allSatisfy(event -> assertThat(expected).contains(event.id()));
        assertThat(model.signals()).allSatisfy(signal -> assertThat(signal.touches(Set.of(council.council()
                .gssCode()))).isTrue());
        assertThat(model.areaLineProperty().get()).startsWith(String.format(Locale.UK,
                "Events affecting %s: %d of the %d recorded", council.label(), model.events().size(),
                recorded.size()));

        model.load(Scope.england());

        assertThat(model.events()).containsExactlyElementsOf(recorded);
        assertThat(model.signals()).containsExactlyElementsOf(demo.services().signals().current());
    }

    @Test
    void todayIsTheClocksDay() {
        assertThat(model(demo).today()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void deleteAsksFirstAndLeavesTheEventWhenTheUserSaysNo() {
        EventsViewModel model = model(demo);
        model.load();
        EnforcementEvent event = model.events().getFirst();
        demo.dialogs().confirming(false);

        model.delete(event);

        assertThat(demo.services().eventService().events()).contains(event);
        assertThat(demo.dataChanges()).isZero();
    }

    @Test
    void deleteThenUndoBringsTheEventBack() {
        EventsViewModel model = model(demo);
        model.load();
        EnforcementEvent event = model.events().getFirst();
        demo.dialogs().confirming(true);

        model.delete(event);

        assertThat(demo.services().eventService().events()).extracting(EnforcementEvent::id).doesNotContain(event.id());
        assertThat(model.lastDeletedProperty().get()).isEqualTo(event);
        assertThat(demo.tasks().announced()).last().asString().startsWith("Deleted: ").endsWith("Ctrl+Z brings it back.");

        model.undoDelete();

        assertThat(demo.services().eventService().events()).extracting(EnforcementEvent::id).contains(event.id());
        assertThat(model.lastDeletedProperty().get()).isNull();
        assertThat(demo.dataChanges()).as("each change reloads the window").isEqualTo(2);
    }

    @Test
    void aFailedReadIsReportedAndListsNothing(@TempDir Path closedFolder) {
        OpenDataFolder closed = OpenDataFolder.closed(closedFolder);
        EventsViewModel model = model(closed);

        model.load();

        assertThat(closed.tasks().failed()).singleElement().asString().startsWith("Reading events failed");
        assertThat(model.events()).isEmpty();
    }
}
