package org.irwatch.data.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.workers.Consent;
import org.irwatch.core.workers.ConsentMethod;
import org.irwatch.core.workers.Person;
import org.irwatch.core.workers.Place;
import org.irwatch.core.workers.Reason;
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
import org.irwatch.core.workers.WorkerFilter;
import org.irwatch.core.workers.WorkerService;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.settings.JooqSettingsRepository;
import org.irwatch.data.workers.EncryptedWorkerVault;

/**
 * Times the Displaced workers screen's work on an H2 file database holding 20,000 invented workers, each with a
 * history of one to seven stage moves: unlock (key derivation, reading and decrypting every record), the whole list,
 * a council and stage filter, the needs-action view, and saving a record. Medians of five runs after two warm-ups.
 * Run: {@code ./mvnw -q -Pbench -pl data -am verify -DskipTests -Dbench.main=org.irwatch.data.bench.WorkersBenchmark}.
 */
public final class WorkersBenchmark {

    private static final int WORKERS = 20_000;
    private static final int BATCH = 1_000;
    private static final char[] PASSPHRASE = "benchmark passphrase of some length".toCharArray();
    private static final Stage[] PATH = {Stage.REGISTERED, Stage.CONTACTED, Stage.SUPPORTED,
        Stage.INTERVIEW_ARRANGED, Stage.OFFER_MADE, Stage.COS_ASSIGNED, Stage.PLACED};

    public static void main(String[] args) throws Exception {
        Path folder = BenchRuns.emptyFolder(Path.of(args.length > 0 ? args[0] : "target/bench"), "workers");
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        String council;
        String recoveryKey;
        try (Database db = Database.open(folder)) {
            CouncilDirectory councils = new JooqCouncilRepository(db.dsl()).loadDirectory();
            council = councils.byName("Coventry").map(Council::gssCode).orElseThrow();
            WorkerService service = service(db, clock);
            long start = System.nanoTime();
            recoveryKey = service.setUp(PASSPHRASE).text();
            System.out.printf(Locale.ROOT, "%-55s %9.1f ms%n", "set-up (key derivation, key ring)",
                    (System.nanoTime() - start) / 1e6);
            Random random = new Random(11);
            List<Council> all = councils.councils();
            start = System.nanoTime();
            for (int from = 0; from < WORKERS; from += BATCH) {
                List<Worker> batch = new ArrayList<>(BATCH);
                for (int i = from; i < from + BATCH; i++) {
                    // Coventry a little over-represented, as the council a hub would filter by.
                    String gss = i % 20 == 0 ? council : all.get(random.nextInt(all.size())).gssCode();
                    batch.add(worker(i, gss, today, random));
                }
                service.insertAll(batch, WorkerAudit.Kind.IMPORTED, "Benchmark");
            }
            System.out.printf(Locale.ROOT, "%-55s %9.1f ms%n", "store " + WORKERS + " records (batches of " + BATCH
                    + ")", (System.nanoTime() - start) / 1e6);
        }
        try (Database db = Database.open(folder)) {
            WorkerService service = service(db, clock);
            BenchRuns.reportWithCpu("unlock: derive key, read and decrypt every record", () -> {
                service.lock();
                service.unlock(PASSPHRASE);
            });
            BenchRuns.reportWithCpu("unlock with the recovery key (no PBKDF2): read, decrypt", () -> {
                service.lock();
                service.unlockWithRecoveryKey(recoveryKey);
            });
            int histories = service.workers().stream().mapToInt(w -> w.history().size()).sum();
            System.out.printf(Locale.ROOT, "held: %,d records with %,d stage moves%n", service.workers().size(),
                    histories);
            BenchRuns.reportWithCpu("the whole list, sorted by deadline", () -> service.list(WorkerFilter.ALL));
            WorkerFilter coventryContacted = WorkerFilter.ALL.withCouncils(Set.of(council))
                    .withStages(Set.of(Stage.CONTACTED));
            BenchRuns.reportWithCpu("filter: Coventry, contacted", () -> service.list(coventryContacted));
            BenchRuns.reportWithCpu("needs-action view",
                    () -> service.list(WorkerFilter.ALL.withNeedsActionOnly(true)));
            System.out.printf(Locale.ROOT, "shown: %,d at Coventry and contacted; %,d needing action%n",
                    service.list(coventryContacted).size(),
                    service.list(WorkerFilter.ALL.withNeedsActionOnly(true)).size());
            Worker first = service.workers().getFirst();
            int[] edit = {0};
            BenchRuns.reportWithCpu("save a record (one field changed)",
                    () -> service.save(withNotes(service.find(first.id()), "Benchmark edit " + edit[0]++)));
            BenchRuns.reportWithCpu("anonymised summary, England (no key needed)",
                    () -> service.summary(Set.of(), null, null, gss -> gss));
        }
    }

    private static WorkerService service(Database db, Clock clock) {
        return new WorkerService(new EncryptedWorkerVault(db.dsl(), clock), new JooqSettingsRepository(db.dsl()),
                clock, "bench");
    }

    private static Worker withNotes(Worker w, String notes) {
        return new Worker(w.id(), w.person(), w.place(), w.work(), w.situation(), w.welfare(), w.consent(), w.source(),
                w.stage(), w.registeredOn(), w.lastContact(), w.placement(), notes, w.history());
    }

    /** An invented worker registered in the council given, with one to seven stage moves. */
    static Worker worker(int i, String gss, LocalDate today, Random random) {
        LocalDate registered = today.minusDays(random.nextInt(400));
        List<StageChange> history = new ArrayList<>();
        history.add(new StageChange(null, Stage.REGISTERED, registered, registered.atTime(10, 0)
                .toInstant(ZoneOffset.UTC), "bench"));
        LocalDate on = registered;
        int steps = random.nextInt(PATH.length);
        for (int s = 1; s <= steps && on.isBefore(today.minusDays(7)); s++) {
            on = on.plusDays(1 + random.nextInt(7));
            history.add(new StageChange(PATH[s - 1], PATH[s], on, on.atTime(10, 0).toInstant(ZoneOffset.UTC),
                    "bench"));
        }
        Stage stage = history.getLast().to();
        LocalDate letter = today.minusDays(random.nextInt(80));
        return new Worker(null, new Person("Bench Person " + i, String.format(Locale.ROOT, "07700 9%05d", i), true,
                "person" + i + "@example.org", "English", i % 3 == 0 ? "Indian" : "Nigerian",
                LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                random.nextBoolean() ? Sex.FEMALE : Sex.MALE),
                new Place("CV" + (1 + random.nextInt(9)), gss, 10, random.nextBoolean()),
                new Work(Set.of(Role.CARE_WORKER), Set.of(Skill.CARE_CERTIFICATE), "", "IELTS 6", 37),
                new Situation("Former Sponsor " + (i % 300) + " Ltd", "", "", Reason.values()[i % 5],
                        VisaRoute.HEALTH_AND_CARE_WORKER, today.plusDays(200), letter, letter.plusDays(60), 1),
                i % 4 == 0 ? new Welfare(Map.of(WelfareConcern.UNPAID_WAGES, "Owed wages"),
                        List.of(new Referral(ReferralBody.CITIZENS_ADVICE, registered, ""))) : Welfare.NONE,
                new Consent(true, true, true, registered, ConsentMethod.SIGNED_FORM, "bench"),
                new ReferralSource(SourceKind.SELF_REFERRAL, null, ""), stage, registered,
                stage.isClosed() ? null : today.minusDays(random.nextInt(30)), null, "", history);
    }
}
