package org.irwatch.app.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.irwatch.app.changes.RegisterChangesViewModel.TypeChoice;
import org.irwatch.app.common.SameThreadTaskExecutor;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.RegisterChange;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Register changes screen's logic: the counts line, the text and kind filters, the names shown. */
class RegisterChangesViewModelTest {

    private static final RegisterChange MEADOW_REMOVED = new RegisterChange(ChangeType.REMOVED,
            "Meadow Lane Care Ltd", "Stoke-on-Trent", "A — Skilled Worker", "");

    @Test
    void countsLineCountsEachKindWithThousandsSeparators() {
        List<RegisterChange> changes = new java.util.ArrayList<>();
        changes.addAll(Collections.nCopies(1_269, change(ChangeType.ADDED)));
        changes.addAll(Collections.nCopies(464, change(ChangeType.REMOVED)));
        changes.addAll(Collections.nCopies(8, change(ChangeType.RATING_CHANGED)));
        changes.addAll(Collections.nCopies(4_148, change(ChangeType.ROUTES_CHANGED)));

        assertThat(RegisterChangesViewModel.countsLine(changes))
                .isEqualTo("1,269 added · 464 removed · 8 rating changed · 4,148 routes changed");
    }

    @Test
    void countsLineOfNoChangesSaysZeroForEachKind() {
        assertThat(RegisterChangesViewModel.countsLine(List.of()))
                .isEqualTo("0 added · 0 removed · 0 rating changed · 0 routes changed");
    }

    @ParameterizedTest(name = "\"{0}\" finds Meadow Lane of Stoke-on-Trent: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Meadow           | true
            meadow lane      | true
            CARE LTD         | true
            stoke            | true
            ON-TRENT         | true
            '  meadow  '     | true
            Oak              | false
            Leeds            | false
            Meadow Care      | false
            Skilled          | false
            """)
    void textFilterMatchesNameOrTownIgnoringCase(String typed, boolean shown) {
        assertThat(RegisterChangesViewModel.matches(MEADOW_REMOVED, RegisterChangesViewModel.needle(typed)))
                .isEqualTo(shown);
    }

    @ParameterizedTest(name = "blank filter \"{0}\" shows every change")
    @NullSource
    @ValueSource(strings = {"", " ", "\t"})
    void blankTextFilterShowsEveryChange(String typed) {
        assertThat(RegisterChangesViewModel.matches(MEADOW_REMOVED, RegisterChangesViewModel.needle(typed))).isTrue();
    }

    @Test
    void showChoicesAreAllChangesThenEachKindInOrder() {
        assertThat(TypeChoice.all()).extracting(TypeChoice::label).containsExactly("All changes", "Added",
                "Removed from register", "Rating changed", "Routes changed");
    }

    @Test
    void aKindChoiceAcceptsOnlyThatKindAndAllAcceptsEvery() {
        TypeChoice removed = new TypeChoice(ChangeType.REMOVED);
        assertThat(removed.accepts(ChangeType.REMOVED)).isTrue();
        assertThat(removed.accepts(ChangeType.ADDED)).isFalse();
        assertThat(List.of(ChangeType.values())).allMatch(TypeChoice.ALL::accepts);
    }

    @Test
    void snapshotsReadAsDateAndOrganisationCount() {
        assertThat(RegisterChangesViewModel.describe(register(LocalDate.of(2021, 11, 2), 48_170, false)))
                .isEqualTo("2 November 2021 · 48,170 organisations");
        assertThat(RegisterChangesViewModel.describe(register(LocalDate.of(2026, 10, 27), 310, true)))
                .as("the window's header already says Demo data").isEqualTo("27 October 2026 · 310 organisations");
    }

    @Test
    void exportFileNameNamesBothDataDates() {
        // Never loaded, so neither the service nor the CSV writer is reached.
        RegisterChangesViewModel model = new RegisterChangesViewModel(null, null, null,
                new ScreenContext(new SameThreadTaskExecutor(), null, null, () -> { }));
        assertThat(model.exportFileName()).isEqualTo("register-changes.csv");

        model.fromProperty().set(register(LocalDate.of(2021, 9, 30), 47_000, false));
        model.toProperty().set(register(LocalDate.of(2021, 11, 2), 48_170, false));

        assertThat(model.exportFileName()).isEqualTo("register-changes-2021-09-30-to-2021-11-02.csv");
    }

    private static RegisterChange change(ChangeType type) {
        return new RegisterChange(type, "Some Care Ltd", "Leeds", "", "");
    }

    private static Snapshot register(LocalDate date, int organisations, boolean demo) {
        return new Snapshot(1, SnapshotKind.REGISTER, "register.csv", "sha", date, Instant.EPOCH, organisations + 10,
                organisations, 0, 0, demo);
    }
}
