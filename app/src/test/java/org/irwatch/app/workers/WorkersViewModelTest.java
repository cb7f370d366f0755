package org.irwatch.app.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irwatch.app.workers.SampleWorkers.BIRMINGHAM;
import static org.irwatch.app.workers.SampleWorkers.CORNWALL;
import static org.irwatch.app.workers.SampleWorkers.COVENTRY;
import static org.irwatch.app.workers.SampleWorkers.worker;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.irwatch.app.common.HeldTaskExecutor;
import org.irwatch.app.common.OpenDataFolder;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.app.workers.WorkersAccessModel.Access;
import org.irwatch.core.council.Scope;
import org.irwatch.core.workers.IdleLock;
import org.irwatch.core.workers.NeedsAction;
import org.irwatch.core.workers.Reason;
import org.irwatch.core.workers.Role;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.WorkerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Displaced workers screen's models without a window, over a real data folder: set-up and the recovery key, a
 * wrong passphrase, the lock after idle minutes (clock moved by hand), loading shown as loading, the filters and the
 * needs-action view.
 */
class WorkersViewModelTest {

    private static final String PASSPHRASE = "correct horse battery staple";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"), LONDON);
    private final LocalDate today = LocalDate.of(2026, 12, 1);
    private OpenDataFolder folder;
    private WorkerService service;

    @BeforeEach
    void open(@TempDir Path dir) {
        folder = OpenDataFolder.empty(dir);
        service = folder.services().workers();
    }

    @AfterEach
    void close() {
        folder.close();
    }

    private WorkersAccessModel access(ScreenContext context) {
        return new WorkersAccessModel(service, context, new IdleLock(clock, Duration.ofMinutes(10)));
    }

    private WorkersViewModel lists(WorkersAccessModel access, ScreenContext context) {
        return new WorkersViewModel(access, service, folder.services().market(), folder.services().councils(),
                context, clock);
    }

    /** The register set up and opened, as after the first use. */
    private WorkersViewModel opened() {
        WorkersAccessModel access = access(folder.context());
        WorkersViewModel lists = lists(access, folder.context());
        lists.load(Scope.england());
        access.setUp(PASSPHRASE, PASSPHRASE);
        access.recoveryKeyKept();
        return lists;
    }

    @Test
    void setUpAsksTwiceShowsTheRecoveryKeyOnceThenOpens() {
        WorkersAccessModel access = access(folder.context());
        access.check();
        assertThat(access.accessProperty().get()).isEqualTo(Access.SET_UP);

        access.setUp("short", "short");
        assertThat(access.messageProperty().get()).startsWith("Too short");
        access.setUp(PASSPHRASE, PASSPHRASE + "!");
        assertThat(access.messageProperty().get()).contains("differ");
        assertThat(service.isSetUp()).isFalse();

        access.setUp(PASSPHRASE, PASSPHRASE);
        assertThat(access.messageProperty().get()).isEmpty();
        assertThat(access.recoveryKeyProperty().get()).isNotBlank();
        assertThat(access.accessProperty().get()).as("open only once the key is kept").isEqualTo(Access.SET_UP);

        access.recoveryKeyKept();
        assertThat(access.recoveryKeyProperty().get()).as("shown once").isEmpty();
        assertThat(access.accessProperty().get()).isEqualTo(Access.OPEN);
    }

    @Test
    void aWrongPassphraseGetsAPlainMessageAndTheRegisterStaysLocked() {
        WorkersViewModel lists = opened();
        WorkersAccessModel access = lists.access();
        access.lock();
        assertThat(access.accessProperty().get()).isEqualTo(Access.LOCKED);

        access.unlock("not the passphrase at all");

        assertThat(access.accessProperty().get()).isEqualTo(Access.LOCKED);
        assertThat(access.messageProperty().get()).isNotBlank().doesNotContain("Exception");
        assertThat(folder.tasks().failed()).as("no error dialog, a message on the form").isEmpty();
        access.unlock(PASSPHRASE);
        assertThat(access.accessProperty().get()).isEqualTo(Access.OPEN);
        assertThat(access.messageProperty().get()).isEmpty();
    }

    @Test
    void locksAfterTenIdleMinutesAndDropsThePersonalDataItHeld() {
        WorkersViewModel lists = opened();
        service.save(worker("Amara Okafor", "07700 900001", COVENTRY, Stage.REGISTERED, Role.CARE_WORKER,
                Reason.LICENCE_REVOKED, today, today.plusDays(30)));
        lists.load();
        assertThat(lists.shown()).hasSize(1);
        WorkersAccessModel access = lists.access();

        clock.advance(Duration.ofMinutes(9));
        access.checkIdle();
        access.activity();
        clock.advance(Duration.ofMinutes(9));
        access.checkIdle();
        assertThat(access.accessProperty().get()).as("use restarts the idle time").isEqualTo(Access.OPEN);

        clock.advance(Duration.ofMinutes(1));
        access.checkIdle();

        assertThat(access.accessProperty().get()).isEqualTo(Access.LOCKED);
        assertThat(access.lockedReasonProperty().get()).contains("10 minutes");
        assertThat(lists.shown()).isEmpty();
        assertThat(lists.countText().get()).isEqualTo("Loading…");
        assertThat(service.isUnlocked()).isFalse();
    }

    @Test
    void countsSayLoadingWhileTheRegisterIsReadNeverZero() {
        opened();
        service.save(worker("Amara Okafor", "07700 900001", COVENTRY, Stage.REGISTERED, Role.CARE_WORKER,
                Reason.LICENCE_REVOKED, today.minusDays(20), today.plusDays(10)));
        HeldTaskExecutor held = new HeldTaskExecutor();
        ScreenContext slow = new ScreenContext(held, folder.dialogs(), folder.context().navigator(), () -> { });
        WorkersAccessModel access = access(slow);
        WorkersViewModel lists = lists(access, slow);
        lists.load(Scope.england());
        held.release("Opening the register");
        assertThat(access.accessProperty().get()).as("unlocked already in this session").isEqualTo(Access.OPEN);

        assertThat(lists.countText().get()).isEqualTo("Loading…");
        assertThat(lists.needsActionTitle().get()).isEqualTo("Needs action (…)");
        assertThat(lists.dueTitle().get()).isEqualTo("Due for deletion (…)");

        held.releaseAll();

        assertThat(lists.countText().get()).isEqualTo("1 of 1 worker shown");
        assertThat(lists.needsActionTitle().get()).isEqualTo("Needs action (1)");
        assertThat(lists.dueTitle().get()).isEqualTo("Due for deletion (0)");
    }

    @Test
    void theListIsTheAreasSoonestDeadlineFirstAndTheFiltersNarrowIt() {
        WorkersViewModel lists = opened();
        service.save(worker("Later Deadline", "07700 900001", COVENTRY, Stage.CONTACTED, Role.NURSE,
                Reason.NOT_ENOUGH_WORK, today, today.plusDays(60)));
        service.save(worker("Soon Deadline", "07700 900002", BIRMINGHAM, Stage.REGISTERED, Role.CARE_WORKER,
                Reason.LICENCE_REVOKED, today, today.plusDays(5)));
        service.save(worker("No Deadline", "07700 900003", "", Stage.REGISTERED, Role.CARE_WORKER,
                Reason.LICENCE_SUSPENDED, today, null));
        service.save(worker("Far Away", "07700 900004", CORNWALL, Stage.REGISTERED, Role.CARE_WORKER,
                Reason.LICENCE_REVOKED, today, today.plusDays(1)));

        lists.load(new Scope.RegionScope(folder.services().councils().regionNamed("West Midlands").orElseThrow()));

        assertThat(names(lists)).as("Cornwall is not in the West Midlands; an unknown council is listed everywhere")
                .containsExactly("Soon Deadline", "Later Deadline", "No Deadline");
        assertThat(lists.shown().getFirst().daysLeft()).isEqualTo(5L);
        assertThat(lists.countText().get()).isEqualTo("3 of 4 workers shown");

        lists.stageProperty().set(Stage.CONTACTED);
        assertThat(names(lists)).containsExactly("Later Deadline");
        lists.clearFilters();
        lists.roleProperty().set(Role.CARE_WORKER);
        lists.reasonProperty().set(Reason.LICENCE_REVOKED);
        assertThat(names(lists)).containsExactly("Soon Deadline");
        lists.clearFilters();
        lists.councilProperty().set(folder.services().councils().byGssCode(COVENTRY).orElseThrow());
        assertThat(names(lists)).containsExactly("Later Deadline");
        lists.clearFilters();

        lists.withinDaysProperty().set("30");
        assertThat(names(lists)).containsExactly("Soon Deadline");
        lists.withinDaysProperty().set("thirty");
        assertThat(lists.withinDaysProblemProperty().get()).contains("number of days");
        assertThat(names(lists)).as("the list stays as it was").containsExactly("Soon Deadline");
        assertThat(lists.areaCouncils()).extracting(c -> c.gssCode()).contains(COVENTRY, BIRMINGHAM)
                .doesNotContain(CORNWALL);
    }

    @Test
    void needsActionListsADeadlineNearWithoutAnOfferAndNoContactForTwoWeeks() {
        WorkersViewModel lists = opened();
        service.save(worker("Deadline Near", "07700 900001", COVENTRY, Stage.CONTACTED, Role.CARE_WORKER,
                Reason.LICENCE_REVOKED, today, today.plusDays(21)));
        service.save(worker("Offer Made", "07700 900002", COVENTRY, Stage.OFFER_MADE, Role.CARE_WORKER,
                Reason.LICENCE_REVOKED, today, today.plusDays(3)));
        service.save(worker("Not Heard Of", "07700 900003", COVENTRY, Stage.SUPPORTED, Role.CARE_WORKER,
                Reason.NOT_ENOUGH_WORK, today.minusDays(14), today.plusDays(90)));
        service.save(worker("All Fine", "07700 900004", COVENTRY, Stage.SUPPORTED, Role.CARE_WORKER,
                Reason.NOT_ENOUGH_WORK, today.minusDays(13), today.plusDays(22)));

        lists.load();

        assertThat(lists.needsAction()).extracting(WorkerRow::name).containsExactly("Deadline Near", "Not Heard Of");
        assertThat(lists.needsAction().getFirst().needs()).containsExactly(NeedsAction.Why.DEADLINE_NEAR);
        assertThat(lists.needsAction().get(1).needs()).containsExactly(NeedsAction.Why.NO_CONTACT);
        assertThat(lists.needsActionTitle().get()).isEqualTo("Needs action (2)");
    }

    private static List<String> names(WorkersViewModel lists) {
        return lists.shown().stream().map(WorkerRow::name).toList();
    }
}
