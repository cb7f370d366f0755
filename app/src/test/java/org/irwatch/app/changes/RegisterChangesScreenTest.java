package org.irwatch.app.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.irwatch.app.changes.RegisterChangesViewModel.TypeChoice;
import org.irwatch.app.shell.ScopePicker;
import org.irwatch.app.uitest.RunningApplicationTest;
import org.irwatch.core.council.Scope;
import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.RegisterChange;
import org.irwatch.core.snapshot.Snapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Register changes screen on the demo's two register snapshots. */
class RegisterChangesScreenTest extends RunningApplicationTest {

    private static final LocalDate DEMO_LATEST = LocalDate.of(2026, 10, 27);

    @TempDir
    Path exportFolder;

    private int allChanges;
    private int inArea;

    @BeforeEach
    void showEveryChangeBetweenTheLatestTwoDemoRegisters() throws Exception {
        showScreen("#nav-register-changes", "Register changes");
        waitUntil("the changes to England's care sponsors are listed", () -> rows("#changes-table") > 0 && idle());
        inArea = onFx(() -> rows("#changes-table"));
        clickOn("#changes-whole-register");
        waitUntil("every change on the register is listed", () -> idle()
                && text("#changes-area").startsWith("Every change on the register"));
        allChanges = onFx(() -> rows("#changes-table"));
    }

    @Test
    void demoChangesAreListedWithTheirCountsBetweenTheLatestTwoSnapshots() throws Exception {
        Snapshot from = onFx(() -> this.<Snapshot>combo("#changes-from").getValue());
        Snapshot to = onFx(() -> this.<Snapshot>combo("#changes-to").getValue());
        assertThat(to.dataDate()).isEqualTo(DEMO_LATEST);
        assertThat(from.dataDate()).isBefore(to.dataDate());
        assertThat(onFx(() -> this.<Snapshot>combo("#changes-to").getItems().size())).isEqualTo(2);

        List<RegisterChange> listed = onFx(() -> List.copyOf(this.<RegisterChange>table("#changes-table").getItems()));
        assertThat(onFx(() -> text("#changes-counts"))).isEqualTo(RegisterChangesViewModel.countsLine(listed))
                .matches(".*[1-9].*").endsWith("routes changed");
        assertThat(listed).extracting(RegisterChange::change).contains(ChangeType.ADDED, ChangeType.REMOVED,
                ChangeType.RATING_CHANGED);
        assertThat(listed).anyMatch(RegisterChange::isDowngradeToB);
        assertThat(onFx(() -> text("#changes-downgrades"))).contains("downgraded to a B rating");
        assertThat(onFx(() -> text("#changes-area")))
                .isEqualTo(String.format(Locale.UK, "Every change on the register, wherever the sponsor is: %,d.",
                        allChanges));
    }

    @Test
    void aCouncilListsOnlyTheChangesToItsCareSponsorsAndTheWholeRegisterIsOneTickAway() throws Exception {
        List<RegisterChange> all = onFx(() -> List.copyOf(this.<RegisterChange>table("#changes-table").getItems()));
        assertThat(inArea).as("in England every demo sponsor is a care provider").isEqualTo(allChanges);
        clickOn("#changes-whole-register");
        ScopePicker picker = onFx(() -> lookup("#scope-picker").queryAs(ScopePicker.class));
        // The demo's providers are in the West Midlands' councils.
        List<Scope> councils = onFx(() -> picker.getItems().stream().filter(scope -> scope instanceof
                Scope.CouncilScope(var inPicker) && inPicker.region().onsName().equals("West Midlands")).toList());

        Scope council = null;
        int listed = 0;
        for (Scope candidate : councils) {
            interact(() -> picker.setValue(candidate));
            waitUntil("the changes of " + candidate.label() + " are listed", () -> idle()
                    && text("#changes-area").contains(candidate.label()));
            listed = onFx(() -> rows("#changes-table"));
            if (listed > 0 && listed < allChanges) {
                council = candidate;
                break;
            }
        }

        assertThat(council).as("a council holding some of the demo's changed sponsors").isNotNull();
        assertThat(onFx(() -> List.copyOf(this.<RegisterChange>table("#changes-table").getItems()))).isSubsetOf(all);
        assertThat(onFx(() -> text("#screen-area"))).isEqualTo("Area: " + council.label());
        assertThat(onFx(() -> text("#changes-area"))).isEqualTo(String.format(Locale.UK, "Changes to the sponsors "
                + "of care providers in %s: %,d of the register's %,d (sure matches, High or Confirmed, and "
                + "former sponsors that left the newest register).", council.label(), listed, allChanges));

        clickOn("#changes-whole-register");
        waitUntil("every change is listed again", () -> idle() && rows("#changes-table") == allChanges);
    }

    @Test
    void typingInTheFilterNarrowsTheTableToNamesOrTownsContainingIt() throws Exception {
        RegisterChange first = onFx(() -> this.<RegisterChange>table("#changes-table").getItems().getFirst());
        String typed = first.organisationName().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);

        clickOn("#changes-filter").write(typed);
        waitUntil("the filter narrows the table", () -> rows("#changes-table") < allChanges);

        List<RegisterChange> shown = onFx(() -> List.copyOf(this.<RegisterChange>table("#changes-table").getItems()));
        assertThat(shown).isNotEmpty().contains(first).allSatisfy(change -> assertThat(
                change.organisationName() + " " + change.town()).containsIgnoringCase(typed));
        assertThat(onFx(() -> text("#changes-shown")))
                .isEqualTo(String.format(Locale.UK, "Showing %,d of %,d", shown.size(), allChanges));
    }

    @Test
    void altNReachesTheFilterEvenAfterSwitchingScreens() throws Exception {
        showScreen("#nav-data", "Data");
        showScreen("#nav-register-changes", "Register changes");
        press(javafx.scene.input.KeyCode.ALT).press(javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.N).release(javafx.scene.input.KeyCode.ALT);
        write("care");

        waitUntil("the filter has the text", () -> "care".equals(lookup("#changes-filter").queryTextInputControl()
                .getText()));
    }

    @Test
    void choosingRemovedFromRegisterShowsOnlyRemovals() throws Exception {
        @SuppressWarnings("unchecked") // a lookup cannot know the box's item type
        ChoiceBox<TypeChoice> show = onFx(() -> (ChoiceBox<TypeChoice>) lookup("#changes-type").query());
        interact(() -> show.setValue(new TypeChoice(ChangeType.REMOVED)));

        waitUntil("only removals are listed", () -> rows("#changes-table") < allChanges);
        List<RegisterChange> shown = onFx(() -> List.copyOf(this.<RegisterChange>table("#changes-table").getItems()));
        assertThat(shown).isNotEmpty().allSatisfy(change -> assertThat(change.change()).isEqualTo(ChangeType.REMOVED));
        assertThat(shown).allSatisfy(change -> assertThat(change.after()).isEmpty());

        interact(() -> show.setValue(TypeChoice.ALL));
        waitUntil("every change is listed again", () -> rows("#changes-table") == allChanges);
    }

    @Test
    void exportWritesTheChangesShownAsCsvWithTheStandardHeader() throws Exception {
        RegisterChangesViewModel model = screen(RegisterChangesView.class).model();
        assertThat(onFx(model::exportFileName)).startsWith("register-changes-").endsWith("-to-2026-10-27.csv");
        Path file = exportFolder.resolve(onFx(model::exportFileName));

        interact(() -> model.exportCsv(file));
        waitUntil("the export is written", () -> idle() && statusMessage().startsWith("Exported"));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("change,organisation_name,town,before,after");
        assertThat(lines).hasSize(allChanges + 1);
        assertThat(lines.subList(1, lines.size())).anyMatch(line -> line.startsWith("removed,"))
                .anyMatch(line -> line.startsWith("added,"));
        assertThat(onFx(this::statusMessage))
                .isEqualTo(String.format(Locale.UK, "Exported %,d changes to %s", allChanges, file.getFileName()));
    }

    @Test
    void exportWithAFilterWritesOnlyTheChangesShown() throws Exception {
        @SuppressWarnings("unchecked") // a lookup cannot know the box's item type
        ChoiceBox<TypeChoice> show = onFx(() -> (ChoiceBox<TypeChoice>) lookup("#changes-type").query());
        interact(() -> show.setValue(new TypeChoice(ChangeType.ADDED)));
        waitUntil("only additions are listed", () -> rows("#changes-table") < allChanges);
        int added = onFx(() -> rows("#changes-table"));
        Path file = exportFolder.resolve("added.csv");
        RegisterChangesViewModel model = screen(RegisterChangesView.class).model();

        interact(() -> model.exportCsv(file));
        waitUntil("the export is written", () -> idle() && statusMessage().startsWith("Exported"));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(added + 1);
        assertThat(lines.subList(1, lines.size())).allMatch(line -> line.startsWith("added,"));
    }

    @Test
    void choosingTheSameSnapshotTwiceSaysSoInsteadOfListingNothing() throws Exception {
        ComboBox<Snapshot> from = onFx(() -> this.combo("#changes-from"));
        Snapshot latest = onFx(() -> this.<Snapshot>combo("#changes-to").getValue());

        interact(() -> from.setValue(latest));

        waitUntil("the table is empty", () -> rows("#changes-table") == 0 && idle());
        assertThat(onFx(() -> ((javafx.scene.control.Label) table("#changes-table").getPlaceholder()).getText()))
                .isEqualTo("Choose two different snapshots to see what changed.");
        assertThat(onFx(() -> text("#changes-counts"))).isEqualTo("0 added · 0 removed · 0 rating changed · "
                + "0 routes changed");
    }

    @Test
    void withOneRegisterSnapshotLeftTheScreenSaysHowToGetASecond() throws Exception {
        showScreen("#nav-data", "Data");
        waitUntil("the three demo snapshots are listed", () -> rows("#snapshot-table") == 3);
        TableView<Snapshot> snapshots = onFx(() -> table("#snapshot-table"));
        int older = onFx(() -> indexOf(snapshots, s -> !s.kind().isCqc() && s.dataDate().isBefore(DEMO_LATEST)));
        interact(() -> snapshots.getSelectionModel().select(older));
        clickOn("#delete-snapshot");
        waitUntil("the confirmation is shown", () -> dialog().isPresent());
        clickOn(dialogButton("Delete snapshot"));
        waitUntil("the snapshot is gone", () -> dialog().isEmpty() && idle() && rows("#snapshot-table") == 2);

        showScreen("#nav-register-changes", "Register changes");
        waitUntil("the empty state is shown", () -> shown("#changes-empty") && idle());
        assertThat(onFx(() -> text("#changes-empty")))
                .isEqualTo("Import a second register snapshot to see what changed");
        assertThat(onFx(() -> shown("#changes-table"))).as("the table is hidden").isFalse();
        assertThat(onFx(this::openErrorDialogs)).as("no error is shown").isZero();
    }

    /** The node and every parent are visible. */
    private boolean shown(String id) {
        for (javafx.scene.Node node = lookup(id).query(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private long openErrorDialogs() {
        return lookup(".dialog-pane").queryAll().size();
    }

    private static int indexOf(TableView<Snapshot> table, java.util.function.Predicate<Snapshot> test) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (test.test(table.getItems().get(i))) {
                return i;
            }
        }
        throw new AssertionError("No such snapshot in " + table.getItems());
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return (ComboBox<T>) lookup(id).queryAs(ComboBox.class);
    }
}
