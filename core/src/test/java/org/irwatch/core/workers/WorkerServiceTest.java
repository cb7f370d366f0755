package org.irwatch.core.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irwatch.core.workers.TestWorkers.TODAY;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.settings.InMemorySettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkerServiceTest {

    private static final char[] PASSPHRASE = "correct horse battery".toCharArray();
    private final MemoryWorkerVault vault = new MemoryWorkerVault();
    private final InMemorySettings settings = new InMemorySettings();
    private final Clock clock = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private WorkerService service;

    @BeforeEach
    void setUp() {
        service = new WorkerService(vault, settings, clock, "hub");
    }

    @Test
    void setUpGivesARecoveryKeyAndLeavesTheRegisterOpen() {
        assertThat(service.isSetUp()).isFalse();
        RecoveryKey key = service.setUp(PASSPHRASE);
        assertThat(key.text()).isEqualTo("RECOVERY-KEY");
        assertThat(service.isUnlocked()).isTrue();
        assertThatThrownBy(() -> service.setUp(PASSPHRASE)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("already has a passphrase");
    }

    @Test
    void aShortPassphraseIsRefused() {
        assertThatThrownBy(() -> service.setUp("short".toCharArray())).hasMessageContaining("at least 10");
        assertThat(service.isSetUp()).isFalse();
    }

    @Test
    void setUpStoresTheRecordsWaitingForIt() {
        service = new WorkerService(vault, settings, clock, "hub",
                () -> new DemoWorkers(List.of(), List.of(TestWorkers.worker("Demo Person", "07700900500"))));
        service.setUp(PASSPHRASE);
        assertThat(service.workers()).extracting(w -> w.person().name()).containsExactly("Demo Person");
    }

    @Test
    void lockedRegisterRefusesPersonalDataButGivesCounts() {
        service.setUp(PASSPHRASE);
        service.save(TestWorkers.worker("Amara Okafor", "07700900123"));
        service.lock();
        assertThatThrownBy(() -> service.workers()).isInstanceOf(RegisterLockedException.class)
                .hasMessageContaining("Unlock it with the passphrase");
        assertThat(service.summary(Set.of(), null, null, gss -> gss).total().count()).isEqualTo(1);
        assertThatThrownBy(() -> service.unlock("wrong passphrase!".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        service.unlock(PASSPHRASE);
        assertThat(service.workers()).hasSize(1);
        service.lock();
        service.unlockWithRecoveryKey("RECOVERY-KEY");
        assertThat(service.isUnlocked()).isTrue();
    }

    @Test
    void savingANewRecordStartsItsHistoryAndAuditsIt() {
        service.setUp(PASSPHRASE);
        Worker saved = service.save(TestWorkers.worker("Amara Okafor", "07700900123"));
        assertThat(saved.history()).extracting(StageChange::from, StageChange::to, StageChange::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, Stage.REGISTERED, "hub"));
        assertThat(service.audit(saved.id())).extracting(WorkerAudit::kind)
                .containsExactly(WorkerAudit.Kind.REGISTERED);
    }

    @Test
    void aRecordWithoutConsentToHoldItIsRefused() {
        service.setUp(PASSPHRASE);
        Worker w = TestWorkers.worker("Amara Okafor", "07700900123");
        Worker noConsent = new Worker(null, w.person(), w.place(), w.work(), w.situation(), w.welfare(),
                new Consent(false, false, false, TODAY, ConsentMethod.SIGNED_FORM, "hub"), w.source(), w.stage(),
                w.registeredOn(), null, null, "", List.of());
        assertThatThrownBy(() -> service.save(noConsent)).isInstanceOf(InvalidWorkerException.class)
                .hasMessageContaining("must agree to their record being held");
    }

    @Test
    void editsAreAuditedByPartNeverByValue() {
        service.setUp(PASSPHRASE);
        Worker saved = service.save(TestWorkers.worker("Amara Okafor", "07700900123"));
        service.save(TestWorkers.withContact(TestWorkers.withPerson(saved, new Person("Amara Okafor-Bello",
                "07700900123", true, "", "English", "Indian", null, Sex.FEMALE)), TODAY));
        WorkerAudit edit = service.audit(saved.id()).getLast();
        assertThat(edit.kind()).isEqualTo(WorkerAudit.Kind.EDITED);
        assertThat(edit.detail()).isEqualTo("Changed: person, last contact").doesNotContain("Bello");
    }

    @Test
    void stageMovesFollowThePipelineAndKeepTheTrail() {
        service.setUp(PASSPHRASE);
        long id = service.save(TestWorkers.worker("Amara Okafor", "07700900123")).id();
        assertThatThrownBy(() -> service.moveStage(id, Stage.PLACED, TODAY))
                .hasMessageContaining("cannot move to \"Placed\"").hasMessageContaining("It can move to: Contacted");
        assertThatThrownBy(() -> service.moveStage(id, Stage.CONTACTED, TODAY.minusDays(11)))
                .hasMessage("The record reached \"Registered\" on 26 November 2026; give a date from then on.");
        service.moveStage(id, Stage.OFFER_MADE, TODAY.minusDays(1));
        Worker placed = service.moveStage(id, Stage.PLACED, TODAY);
        assertThat(placed.stage()).isEqualTo(Stage.PLACED);
        assertThat(placed.history()).extracting(StageChange::to)
                .containsExactly(Stage.REGISTERED, Stage.OFFER_MADE, Stage.PLACED);
        assertThat(service.audit(id)).extracting(WorkerAudit::detail).contains("Offer made → Placed");
    }

    @Test
    void aMoveToPlacedWithItsPlacementIsOneChangeAndOneAuditEntry() {
        service.setUp(PASSPHRASE);
        long id = service.save(TestWorkers.worker("Amara Okafor", "07700900123")).id();
        service.moveStage(id, Stage.OFFER_MADE, TODAY.minusDays(1));
        int auditsBefore = service.audit(id).size();
        Placement placement = new Placement("Oldfield Residential Care Ltd", "1-101", TODAY.plusDays(14));
        Worker placed = service.moveStage(id, Stage.PLACED, TODAY, placement);
        assertThat(placed.placement()).isEqualTo(placement);
        assertThat(service.find(id).placement()).as("kept by the store").isEqualTo(placement);
        assertThat(service.audit(id)).hasSize(auditsBefore + 1);
        assertThat(service.audit(id).getLast().detail()).isEqualTo("Offer made → Placed, with the placement");
    }

    @Test
    void withdrawingConsentRemovesTheRecordButKeepsTheCount() {
        service.setUp(PASSPHRASE);
        long id = service.save(TestWorkers.worker("Amara Okafor", "07700900123")).id();
        service.withdrawConsent(id);
        assertThat(service.workers()).isEmpty();
        assertThat(service.summary(Set.of(), null, null, gss -> gss).total().count()).isEqualTo(1);
        assertThat(vault.audits.getLast().kind()).isEqualTo(WorkerAudit.Kind.CONSENT_WITHDRAWN);
    }

    @Test
    void mergeKeepsBothHistories() {
        service.setUp(PASSPHRASE);
        long a = service.save(TestWorkers.worker("Amara Okafor", "07700900123")).id();
        Worker b = service.save(TestWorkers.worker("A Okafor", "+44 7700 900123"));
        assertThat(service.duplicatesOf(b)).extracting(Worker::id).containsExactly(a);
        service.moveStage(b.id(), Stage.CONTACTED, TODAY);
        Worker merged = service.merge(a, b.id());
        assertThat(merged.history()).extracting(StageChange::to)
                .containsExactly(Stage.REGISTERED, Stage.REGISTERED, Stage.CONTACTED);
        assertThat(merged.stageSince()).as("the kept record's stage, reached at its registration")
                .isEqualTo(TODAY.minusDays(10));
        assertThat(service.workers()).extracting(Worker::id).containsExactly(a);
    }

    @Test
    void purgeDeletesOnlyRecordsPastRetentionInOneAuditedAction() {
        service.setUp(PASSPHRASE);
        Worker old = TestWorkers.worker("Old Record", "07700900001");
        Worker oldPlaced = TestWorkers.atStage(TestWorkers.atStage(old, Stage.OFFER_MADE, TODAY.minusMonths(15)),
                Stage.PLACED, TODAY.minusMonths(13));
        service.save(oldPlaced);
        service.save(TestWorkers.worker("Open Record", "07700900002"));
        assertThat(service.retentionDue()).extracting(w -> w.person().name()).containsExactly("Old Record");
        assertThat(service.purgeDue()).isEqualTo(1);
        assertThat(service.workers()).extracting(w -> w.person().name()).containsExactly("Open Record");
        assertThat(service.summary(Set.of(), null, null, gss -> gss).total().count()).isEqualTo(2);
        assertThat(vault.audits.getLast().kind()).isEqualTo(WorkerAudit.Kind.DELETED);
    }

    @Test
    void listSortsByNearestDeadlineAndFilters() {
        service.setUp(PASSPHRASE);
        service.save(TestWorkers.withDeadline(TestWorkers.worker("Later", "07700900001"), TODAY.plusDays(40)));
        service.save(TestWorkers.withDeadline(TestWorkers.worker("Sooner", "07700900002"), TODAY.plusDays(4)));
        service.save(TestWorkers.withDeadline(TestWorkers.worker("None", "07700900003"), null));
        assertThat(service.list(WorkerFilter.ALL)).extracting(w -> w.person().name())
                .containsExactly("Sooner", "Later", "None");
        assertThat(service.list(WorkerFilter.ALL.withNeedsActionOnly(true))).extracting(w -> w.person().name())
                .containsExactly("Sooner");
    }

    @Test
    void fairCountsSayHowManyWereSeenAndFromWhere() {
        service.setUp(PASSPHRASE);
        JobFair fair = service.saveFair(new JobFair(null, TODAY, "Coventry Central Hall", "E08000026",
                List.of("Ethical Care Ltd")));
        Worker w = TestWorkers.worker("Amara Okafor", "07700900123");
        service.save(new Worker(null, w.person(), w.place(), w.work(), w.situation(), w.welfare(), w.consent(),
                new ReferralSource(SourceKind.JOB_FAIR, fair.id(), ""), w.stage(), w.registeredOn(), null, null, "",
                List.of()));
        assertThat(service.fairCounts()).singleElement().satisfies(count -> {
            assertThat(count.seen()).isEqualTo(1);
            assertThat(count.byCouncil()).containsEntry("E08000026", 1);
        });
    }

    @Test
    void exportsAreRecordedInTheAuditTrail() {
        service.setUp(PASSPHRASE);
        service.recordExport(3, "list to workers.csv");
        assertThat(service.auditAll().getLast()).satisfies(a -> {
            assertThat(a.kind()).isEqualTo(WorkerAudit.Kind.EXPORTED);
            assertThat(a.detail()).isEqualTo("3 records: list to workers.csv");
        });
    }
}
