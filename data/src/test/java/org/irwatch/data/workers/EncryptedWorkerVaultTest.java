package org.irwatch.data.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irwatch.data.jooq.Tables.DISPLACED_WORKER;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.irwatch.core.workers.Consent;
import org.irwatch.core.workers.ConsentMethod;
import org.irwatch.core.workers.Person;
import org.irwatch.core.workers.Place;
import org.irwatch.core.workers.Reason;
import org.irwatch.core.workers.RecoveryKey;
import org.irwatch.core.workers.Referral;
import org.irwatch.core.workers.ReferralBody;
import org.irwatch.core.workers.ReferralSource;
import org.irwatch.core.workers.Role;
import org.irwatch.core.workers.Sex;
import org.irwatch.core.workers.Situation;
import org.irwatch.core.workers.Skill;
import org.irwatch.core.workers.SourceKind;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.StageChange;
import org.irwatch.core.workers.VisaRoute;
import org.irwatch.core.workers.Welfare;
import org.irwatch.core.workers.WelfareConcern;
import org.irwatch.core.workers.Work;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerAudit;
import org.irwatch.core.workers.WorkerService;
import org.irwatch.core.workers.WrongPassphraseException;
import org.irwatch.data.db.Database;
import org.irwatch.data.settings.JooqSettingsRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedWorkerVaultTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final char[] PASSPHRASE = "river lantern quietly 42".toCharArray();
    private static final String NAME = "Zebedee Quartermaine";
    private static final String PHONE = "07700 900417";
    private static final String WELFARE_NOTE = "Owed six weeks of wages by Thornfield";
    private final Clock clock = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private WorkerService service(Database database) {
        return new WorkerService(new EncryptedWorkerVault(database.dsl(), clock),
                new JooqSettingsRepository(database.dsl()), clock, "hub");
    }

    static Worker worker(String name, String phone) {
        return new Worker(null, new Person(name, phone, true, "zq@example.org", "Tagalog", "Ruritanian",
                LocalDate.of(1991, 3, 14), Sex.MALE), new Place("CV1 4FS", "E08000026", 15, true),
                new Work(Set.of(Role.SENIOR_CARE_WORKER, Role.NURSE), Set.of(Skill.MEDICATION), "NVQ level 3",
                        "IELTS 6.5", 40),
                new Situation("Thornfield Care Ltd", "thornfield care ltd|coventry", "1-123", Reason.LICENCE_REVOKED,
                        VisaRoute.HEALTH_AND_CARE_WORKER, TODAY.plusMonths(8), TODAY.minusDays(20),
                        TODAY.plusDays(40), 2),
                new Welfare(Map.of(WelfareConcern.UNPAID_WAGES, WELFARE_NOTE),
                        List.of(new Referral(ReferralBody.GLAA, TODAY.minusDays(3), "Case 77"))),
                new Consent(true, true, false, TODAY.minusDays(20), ConsentMethod.SIGNED_FORM, "hub"),
                new ReferralSource(SourceKind.FAITH_GROUP, null, "St Mary's"), Stage.REGISTERED,
                TODAY.minusDays(20), TODAY.minusDays(2), null, "Prefers mornings", List.of());
    }

    @Test
    void aRecordComesBackWholeAfterTheStoreIsClosedAndUnlockedAgain() {
        Worker saved;
        try (Database database = Database.open(folder)) {
            WorkerService service = service(database);
            service.setUp(PASSPHRASE);
            saved = service.save(worker(NAME, PHONE));
        }
        try (Database database = Database.open(folder)) {
            WorkerService service = service(database);
            assertThat(service.isSetUp()).isTrue();
            assertThat(service.isUnlocked()).isFalse();
            service.unlock(PASSPHRASE);
            assertThat(service.workers()).containsExactly(saved);
        }
    }

    @Test
    void noPersonalValueReachesAnyFileInTheDataFolder() throws IOException {
        try (Database database = Database.open(folder)) {
            WorkerService service = service(database);
            service.setUp(PASSPHRASE);
            long id = service.save(worker(NAME, PHONE)).id();
            service.moveStage(id, Stage.CONTACTED, TODAY);
            service.recordExport(1, "list to workers.csv");
        }
        List<String> secrets = List.of(NAME, "Quartermaine", PHONE, "07700900417", "zq@example.org", "CV1 4FS",
                WELFARE_NOTE, "Prefers mornings", "St Mary's", "Thornfield Care", "river lantern");
        assertThat(hits(folder, secrets)).isEmpty();
        // The anonymous facets are kept in the clear, so the search does find what is there to find.
        assertThat(hits(folder, List.of("Ruritanian"))).isNotEmpty();
    }

    /** The files under the folder holding any of the texts in UTF-8, UTF-16LE or UTF-16BE. */
    private static List<String> hits(Path folder, List<String> texts) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        List<String> hits = new ArrayList<>();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            for (String text : texts) {
                for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                        StandardCharsets.UTF_16BE)) {
                    if (indexOf(content, text.getBytes(charset)) >= 0) {
                        hits.add(folder.relativize(file) + ": " + text + " (" + charset + ")");
                    }
                }
            }
        }
        return hits;
    }

    private static int indexOf(byte[] content, byte[] pattern) {
        outer:
        for (int i = 0; i <= content.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (content[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void aWrongPassphraseGetsAPlainMessageAndNothing() {
        try (Database database = Database.open(folder)) {
            WorkerService service = service(database);
            service.setUp(PASSPHRASE);
            service.save(worker(NAME, PHONE));
            service.lock();
            assertThatThrownBy(() -> service.unlock("river lantern quietly 43".toCharArray()))
                    .isInstanceOf(WrongPassphraseException.class)
                    .hasMessage(KeyRing.WRONG_PASSPHRASE);
            assertThat(service.isUnlocked()).isFalse();
        }
    }

    @Test
    void theRecoveryKeyOpensTheRegisterAndSetsANewPassphrase() {
        RecoveryKey key;
        try (Database database = Database.open(folder)) {
            WorkerService service = service(database);
            key = service.setUp(PASSPHRASE);
            service.save(worker(NAME, PHONE));
        }
        assertThat(key.text()).matches("([0-9A-Z]{4}-){7}[0-9A-Z]{4}");
        try (Database database = Database.open(folder)) {
            WorkerService service = service(database);
            assertThatThrownBy(() -> service.unlockWithRecoveryKey("0000-0000-0000-0000-0000-0000-0000-0000"))
                    .isInstanceOf(WrongPassphraseException.class).hasMessageContaining("recovery key");
            service.unlockWithRecoveryKey(" " + key.text().toLowerCase(java.util.Locale.ROOT).replace('-', ' '));
            assertThat(service.workers()).extracting(w -> w.person().name()).containsExactly(NAME);
            service.changePassphrase("a brand new passphrase".toCharArray());
            service.lock();
            assertThatThrownBy(() -> service.unlock(PASSPHRASE)).isInstanceOf(WrongPassphraseException.class);
            service.unlock("a brand new passphrase".toCharArray());
            service.lock();
            service.unlockWithRecoveryKey(key.text());
            assertThat(service.workers()).hasSize(1);
        }
    }

    @Test
    void withdrawingConsentRemovesThePersonalFieldsAtOnceAndKeepsTheCounts() throws IOException {
        try (Database database = Database.open(folder)) {
            WorkerService service = service(database);
            service.setUp(PASSPHRASE);
            long id = service.save(worker(NAME, PHONE)).id();
            service.withdrawConsent(id);
            assertThat(database.dsl().select(DISPLACED_WORKER.PERSONAL).from(DISPLACED_WORKER)
                    .where(DISPLACED_WORKER.ID.eq(id)).fetchOne().value1()).isNull();
            service.lock();
            service.unlock(PASSPHRASE);
            assertThat(service.workers()).isEmpty();
            assertThat(service.summary(Set.of(), null, null, gss -> gss).total().count()).isEqualTo(1);
            assertThat(service.audit(id)).extracting(WorkerAudit::kind)
                    .containsExactly(WorkerAudit.Kind.REGISTERED, WorkerAudit.Kind.CONSENT_WITHDRAWN);
        }
    }

    @Test
    void retentionDeletionKeepsTheCounts() {
        try (Database database = Database.open(folder)) {
            WorkerService service = service(database);
            service.setUp(PASSPHRASE);
            Instant at = TODAY.minusMonths(20).atStartOfDay().toInstant(ZoneOffset.UTC);
            service.save(worker(NAME, PHONE)
                    .withHistory(List.of(new StageChange(null, Stage.REGISTERED, TODAY.minusMonths(20), at, "hub")))
                    .movedTo(new StageChange(Stage.REGISTERED, Stage.WITHDRAWN, TODAY.minusMonths(13), at, "hub")));
            service.save(worker("Open Person", "07700 900418"));
            assertThat(service.purgeDue()).isEqualTo(1);
            service.lock();
            service.unlock(PASSPHRASE);
            assertThat(service.workers()).extracting(w -> w.person().name()).containsExactly("Open Person");
            assertThat(service.summary(Set.of(), null, null, gss -> gss).table(
                    org.irwatch.core.workers.WorkerSummary.Dimension.STAGE))
                    .extracting(c -> c.key(), c -> c.count())
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("REGISTERED", 1),
                            org.assertj.core.groups.Tuple.tuple("WITHDRAWN", 1));
        }
    }

    @Test
    void mergeKeepsBothHistoriesAndAuditTrailsAfterReopening() {
        long keep;
        try (Database database = Database.open(folder)) {
            WorkerService service = service(database);
            service.setUp(PASSPHRASE);
            keep = service.save(worker(NAME, PHONE)).id();
            long other = service.save(worker("Z. Quartermaine", "+44 7700 900417")).id();
            service.moveStage(other, Stage.CONTACTED, TODAY);
            service.merge(keep, other);
        }
        try (Database database = Database.open(folder)) {
            WorkerService service = service(database);
            service.unlock(PASSPHRASE);
            assertThat(service.workers()).singleElement().satisfies(w -> {
                assertThat(w.id()).isEqualTo(keep);
                assertThat(w.person().name()).isEqualTo(NAME);
                assertThat(w.history()).extracting(StageChange::to)
                        .containsExactly(Stage.REGISTERED, Stage.REGISTERED, Stage.CONTACTED);
            });
            assertThat(service.audit(keep)).extracting(WorkerAudit::kind).containsExactly(
                    WorkerAudit.Kind.REGISTERED, WorkerAudit.Kind.REGISTERED, WorkerAudit.Kind.STAGE_CHANGED,
                    WorkerAudit.Kind.MERGED);
        }
    }

    @Test
    void theAuditTrailSaysWhoDidWhatAndWhen() {
        try (Database database = Database.open(folder)) {
            WorkerService service = service(database);
            service.setUp(PASSPHRASE);
            long id = service.save(worker(NAME, PHONE)).id();
            service.moveStage(id, Stage.SUPPORTED, TODAY.minusDays(1));
            service.recordExport(1, "list to workers.csv");
            assertThat(service.auditAll()).extracting(WorkerAudit::kind, WorkerAudit::by, WorkerAudit::detail)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(WorkerAudit.Kind.REGISTERED, "hub", ""),
                            org.assertj.core.groups.Tuple.tuple(WorkerAudit.Kind.STAGE_CHANGED, "hub",
                                    "Registered → Supported"),
                            org.assertj.core.groups.Tuple.tuple(WorkerAudit.Kind.EXPORTED, "hub",
                                    "1 records: list to workers.csv"));
            assertThat(service.auditAll().getFirst().at()).isEqualTo(clock.instant());
        }
    }
}
