package org.irwatch.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.irwatch.app.uitest.RunningApplicationTest;
import org.irwatch.core.council.Council;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.events.RegisterSignal;
import org.irwatch.core.imports.table.RowProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Events screen on the demo: events with their councils, the form's checks, a signal recorded, delete and undo. */
class EventsScreenTest extends RunningApplicationTest {

    @BeforeEach
    void showEvents() throws Exception {
        showScreen("#nav-events", "Events");
        waitUntil("the demo events are listed", () -> rows("#events-table") > 0 && idle());
    }

    @Test
    void demoEventsShowTheirCouncilsAndTheFormExplainsWhatIsWrong() throws Exception {
        EnforcementEvent first = onFx(() -> this.<EnforcementEvent>table("#events-table").getItems().getFirst());
        assertThat(first.councilGssCodes()).isNotEmpty();

        clickOn("#events-new");
        waitUntil("the form opens", () -> lookup("#event-sponsor").tryQuery().isPresent());
        clickOn("#event-action-date").write("31/02/2026");
        clickOn("#event-workers").write("-2");
        type(KeyCode.ENTER);

        waitUntil("the problems show", () -> !((Label) lookup("#problem-sponsor").query()).getText().isEmpty());
        assertThat(onFx(() -> ((Label) lookup("#problem-sponsor").query()).getText())).contains("Enter the sponsor");
        assertThat(onFx(() -> ((Label) lookup("#problem-action_date").query()).getText())).contains("is not a date");
        assertThat(onFx(() -> ((Label) lookup("#problem-workers").query()).getText())).contains("negative");
        type(KeyCode.ESCAPE);
        waitUntil("the form closes", () -> lookup("#event-sponsor").tryQuery().isEmpty());
    }

    @Test
    void aProblemPushesTheNextFieldDownAndTheCouncilsNarrowAsTheUserTypes() throws Exception {
        clickOn("#events-new");
        waitUntil("the form opens", () -> lookup("#event-sponsor").tryQuery().isPresent());
        clickOn("#event-action-date").write("31/02/2026");
        type(KeyCode.ENTER);
        waitUntil("the problems show", () -> !text("#problem-action_date").isEmpty());

        Bounds problem = onFx(() -> sceneBounds("#problem-action_date"));
        Bounds next = onFx(() -> sceneBounds("#event-notice-received"));
        assertThat(problem.getHeight()).as("the long message wraps onto more than one line").isGreaterThan(30);
        assertThat(problem.getMaxY()).as("the message ends above the next field").isLessThanOrEqualTo(next.getMinY());

        assertThat(onFx(() -> text("#event-councils-chosen"))).isEqualTo("None chosen");
        interact(() -> lookup("#event-councils-filter").queryAs(TextField.class).setText("coven"));
        assertThat(onFx(() -> (List<?>) lookup("#event-councils").queryAs(ListView.class).getItems()))
                .extracting(c -> ((Council) c).name()).containsExactly("Coventry");
        interact(() -> lookup("#event-councils .check-box").queryAs(CheckBox.class).fire());
        assertThat(onFx(() -> text("#event-councils-chosen"))).isEqualTo("1 chosen: Coventry");
        interact(() -> lookup("#event-councils-filter").queryAs(TextField.class).setText(""));
        assertThat(onFx(() -> (List<?>) lookup("#event-councils").queryAs(ListView.class).getItems())).hasSizeGreaterThan(100);
        assertThat(onFx(() -> text("#event-councils-chosen"))).as("the tick outlives the filter")
                .isEqualTo("1 chosen: Coventry");
        type(KeyCode.ESCAPE);
    }

    private Bounds sceneBounds(String id) {
        Node node = lookup(id).query();
        return node.localToScene(node.getBoundsInLocal());
    }

    @Test
    void aSignalRecordedBecomesAnEventAndLeavesTheList() throws Exception {
        int events = onFx(() -> rows("#events-table"));
        int signals = onFx(() -> rows("#signals-table"));
        assertThat(signals).as("the demo downgrades some care sponsors").isPositive();
        onFx(() -> {
            ((TabPane) lookup("#events-tabs").query()).getSelectionModel().select(1);
            return null;
        });
        RegisterSignal signal = onFx(() -> this.<RegisterSignal>table("#signals-table").getItems().getFirst());
        onFx(() -> {
            table("#signals-table").getSelectionModel().select(0);
            return null;
        });

        clickOn("#signals-record");
        waitUntil("the event is recorded", () -> rows("#events-table") == events + 1 && idle());

        assertThat(onFx(() -> rows("#signals-table"))).isEqualTo(signals - 1);
        EnforcementEvent recorded = onFx(() -> this.<EnforcementEvent>table("#events-table").getItems().stream()
                .filter(e -> e.sponsorKey().equals(signal.sponsorKey())).findFirst().orElseThrow());
        assertThat(recorded.action()).isIn(EnforcementAction.DOWNGRADED_TO_B, EnforcementAction.REMOVED_FROM_REGISTER);
        assertThat(recorded.source()).startsWith("Home Office register of ");
        assertThat(recorded.cqcProviderId()).isEqualTo(signal.provider().providerId());
    }

    @Test
    void aDeleteAsksFirstIsAuditedAndCanBeUndone() throws Exception {
        int events = onFx(() -> rows("#events-table"));
        onFx(() -> {
            table("#events-table").getSelectionModel().select(0);
            return null;
        });
        clickOn("#events-delete");
        waitUntil("the delete asks first", () -> dialog().isPresent());
        clickOn(dialogButton("Delete"));
        waitUntil("the event leaves the list", () -> rows("#events-table") == events - 1 && idle());

        clickOn("#events-undo");
        waitUntil("the event is back", () -> rows("#events-table") == events && idle());
        onFx(() -> {
            table("#events-table").getSelectionModel().select(0);
            return null;
        });
        waitUntil("its audit trail shows the recording, the delete and the restore", () -> rows("#events-audit") == 3);
    }

    @Test
    void aTrackerIsMappedAndImportedAndABadOneIsRefusedRowByRow(@TempDir Path folder) throws Exception {
        EnforcementEvent known = onFx(() -> this.<EnforcementEvent>table("#events-table").getItems().getFirst());
        int events = onFx(() -> rows("#events-table"));
        Path good = folder.resolve("tracker.csv");
        Files.writeString(good, "Organisation Name,Action,Date of action,No. of workers\n\"" + known.sponsorName()
                + "\",Revoked,02/11/2026,12\n");
        Path bad = folder.resolve("bad tracker.csv");
        Files.writeString(bad, "Organisation Name,Action,Date of action,No. of workers\n"
                + "NO SUCH CARE LTD,Revoked,02/11/2026,12\n"
                + "\"" + known.sponsorName() + "\",Revoked,31/02/2026,-3\n");

        importTracker(good);
        waitUntil("the import is reported", () -> dialog().isPresent());
        assertThat(onFx(() -> dialog().orElseThrow().getContentText())).contains("1 event added");
        clickOn(dialogButton("OK"));
        waitUntil("the imported event is listed", () -> rows("#events-table") == events + 1 && idle());

        importTracker(bad);
        waitUntil("the problems are listed", () -> lookup("#import-problems-table").tryQuery().isPresent() && idle());
        List<RowProblem> problems = onFx(() -> this.<RowProblem>table("#import-problems-table").getItems());
        assertThat(problems).extracting(RowProblem::row).containsOnly(2L, 3L);
        assertThat(problems).hasSizeGreaterThanOrEqualTo(3);
        assertThat(onFx(() -> rows("#events-table"))).as("nothing of the bad tracker imported").isEqualTo(events + 1);
        clickOn(dialogButton("Close"));
    }

    private void importTracker(Path file) throws Exception {
        screen(EventsView.class).chooseTrackersWith(() -> Optional.of(file));
        clickOn("#events-import");
        waitUntil("the columns are offered", () -> lookup("#mapping-import").tryQuery().isPresent());
        clickOn("#mapping-import");
    }
}
