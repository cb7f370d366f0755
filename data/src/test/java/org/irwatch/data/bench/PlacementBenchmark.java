package org.irwatch.data.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.geo.PostcodeDistrict;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.placements.PlacementFinder;
import org.irwatch.core.placements.PlacementLines;
import org.irwatch.core.placements.PlacementMarket;
import org.irwatch.core.placements.PlacementQuery;
import org.irwatch.core.placements.PlacementResult;
import org.irwatch.core.placements.PlacementRole;
import org.irwatch.core.placements.PlacementService;
import org.irwatch.core.placements.WorkerQueries;
import org.irwatch.core.workers.Place;
import org.irwatch.core.workers.Role;
import org.irwatch.core.workers.Situation;
import org.irwatch.core.workers.Work;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerAudit;
import org.irwatch.core.workers.WorkerService;
import org.irwatch.data.db.Database;
import org.irwatch.data.geo.PostcodeFileImporter;
import org.irwatch.data.market.JooqMarketRepository;
import org.irwatch.data.market.JooqMarketRows;
import org.irwatch.data.placements.JooqPlacementRows;
import org.irwatch.data.placements.JooqPlacementStore;
import org.irwatch.data.settings.JooqSettingsRepository;
import org.irwatch.data.workers.EncryptedWorkerVault;

/**
 * Times the placement finder at national scale (two national registers of about 120,000 rows, a national CQC
 * directory of 90,000 locations, matched; the district centre table): joining the placement data (once per change of
 * data), one search warm (a care worker within 25 miles of CV1), and a fair's shortlists for 200 people (each a
 * search from a district of the data and its lines); then, with 20,000 invented workers in the encrypted register, a
 * search for one worker of the register as {@code irwatch placements --worker} makes it (their record, their question,
 * the search, its lines) and the shortlists of a fair of 200 of them. Medians of five runs after two warm-ups, with
 * CPU time beside wall time, as the machine is shared. Run:
 * {@code ./mvnw -q -Pbench -pl data -am verify -DskipTests -Dbench.main=org.irwatch.data.bench.PlacementBenchmark}.
 */
public final class PlacementBenchmark {

    private static final int FAIR = 200;
    private static final int WORKERS = 20_000;
    private static final int BATCH = 1_000;
    private static final char[] PASSPHRASE = "benchmark passphrase of some length".toCharArray();

    public static void main(String[] args) throws Exception {
        NationalInputs.National national = NationalInputs.build(args);
        Path folder = BenchRuns.emptyFolder(national.work(), "placements");
        try (Database db = Database.open(folder)) {
            CouncilDirectory councils = NationalDataFolder.importAndMatch(db, national);
            new PostcodeFileImporter(db.dsl()).importFile(Path.of(System.getProperty("irwatch.sharedData"))
                    .resolve("uk-outcode-centroids/outcodes.csv"), ProgressListener.NONE);
            MarketService market = new MarketService(councils, new JooqMarketRepository(db.dsl()),
                    JooqMarketRows.assemblerOver(db.dsl()));
            JooqPlacementRows rows = new JooqPlacementRows(db.dsl());
            PlacementService placements = new PlacementService(market, rows, new JooqPlacementStore(db.dsl()),
                    Clock.systemUTC(), "bench");
            PlacementMarket joined = placements.placementMarket();
            System.out.printf(Locale.ROOT, "inputs: %,d providers; %,d locations not placed%n",
                    joined.market().providers().size(), joined.unplacedLocations());

            BenchRuns.reportWithCpu("join the placement data (once per data change)", () ->
                    new PlacementMarket(market.data(), rows.locationSites(), rows.districtCentres(),
                            rows.spareCertificates(), rows.employers(), rows.exclusions()));
            PlacementQuery cv1 = new PlacementQuery(PlacementRole.CARE_WORKER, new PostcodeDistrict("CV1"), 25, null);
            BenchRuns.reportWithCpu("one search warm: care worker, 25 miles of CV1", () -> placements.find(cv1));
            BenchRuns.reportWithCpu("the same search on data already checked", () -> PlacementFinder.find(joined, cv1));
            System.out.println("CV1 search: " + placements.find(cv1).matches().size() + " locations");

            List<PlacementQuery> fair = fair(joined);
            BenchRuns.reportWithCpu("shortlists for a fair of " + FAIR + " people", () ->
                    placements.findAll(fair).forEach(result -> PlacementLines.of(result, joined.market(),
                            market::councilName, false)));

            WorkerService register = registerOf(db, joined, councils);
            Random random = new Random(13);
            List<Long> ids = register.workers().stream().filter(w -> !w.stage().isClosed()).map(Worker::id).toList();
            // The worker with the most places found among two hundred: a search with lines to write, not an empty one.
            long one = ids.subList(0, FAIR).stream().max(java.util.Comparator.comparingInt(id -> linesFor(register, id,
                    placements, market))).orElseThrow();
            BenchRuns.reportWithCpu("one search for a worker of the register (--worker)", () ->
                    linesFor(register, one, placements, market));
            List<Long> fairOfWorkers = new ArrayList<>(FAIR);
            for (int i = 0; i < FAIR; i++) {
                fairOfWorkers.add(ids.get(random.nextInt(ids.size())));
            }
            BenchRuns.reportWithCpu("shortlists for a fair of " + FAIR + " workers of the register", () -> {
                List<PlacementQuery> queries = fairOfWorkers.stream().map(id -> WorkerQueries.forWorker(
                        register.find(id), Optional.empty(), Optional.empty())).toList();
                placements.findAll(queries).forEach(result -> PlacementLines.of(result, joined.market(),
                        market::councilName, false));
            });
            System.out.printf(Locale.ROOT, "worker %d: %,d locations; the fair's %d workers: %,d lines%n", one,
                    linesFor(register, one, placements, market), FAIR, fairOfWorkers.stream()
                            .mapToInt(id -> linesFor(register, id, placements, market)).sum());
        }
    }

    /** What {@code irwatch placements --worker ID} does once the register is unlocked: the number of lines. */
    private static int linesFor(WorkerService register, long id, PlacementService placements, MarketService market) {
        PlacementResult result = placements.find(WorkerQueries.forWorker(register.find(id), Optional.empty(),
                Optional.empty()));
        return PlacementLines.of(result, placements.placementMarket().market(), market::councilName, false).size();
    }

    /**
     * The encrypted register with 20,000 invented workers, stored in batches and then unlocked: each lives in a
     * district of the data's own locations, and one in three lost a sponsor of the data (its register key and
     * provider), so the former-sponsor rule has work to do.
     */
    private static WorkerService registerOf(Database db, PlacementMarket joined, CouncilDirectory councils) {
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        WorkerService register = new WorkerService(new EncryptedWorkerVault(db.dsl(), clock),
                new JooqSettingsRepository(db.dsl()), clock, "bench");
        register.setUp(PASSPHRASE);
        List<PostcodeDistrict> districts = districtsOf(joined);
        List<MarketProvider> sponsors = joined.market().providers().stream()
                .filter(p -> p.registerEntry() != null).toList();
        List<Council> all = councils.councils();
        Random random = new Random(17);
        long start = System.nanoTime();
        for (int from = 0; from < WORKERS; from += BATCH) {
            List<Worker> batch = new ArrayList<>(BATCH);
            for (int i = from; i < from + BATCH; i++) {
                Worker base = WorkersBenchmark.worker(i, all.get(random.nextInt(all.size())).gssCode(), today, random);
                batch.add(placed(base, districts.get(random.nextInt(districts.size())),
                        i % 3 == 0 ? sponsors.get(random.nextInt(sponsors.size())) : null, i));
            }
            register.insertAll(batch, WorkerAudit.Kind.IMPORTED, "Benchmark");
        }
        System.out.printf(Locale.ROOT, "%-55s %9.1f ms%n", "store " + WORKERS + " workers (batches of " + BATCH + ")",
                (System.nanoTime() - start) / 1e6);
        register.lock();
        start = System.nanoTime();
        register.unlock(PASSPHRASE);
        System.out.printf(Locale.ROOT, "%-55s %9.1f ms%n", "unlock the register", (System.nanoTime() - start) / 1e6);
        return register;
    }

    /** The worker living in the district, in one of the finder's roles in turn, with the former sponsor given. */
    private static Worker placed(Worker w, PostcodeDistrict district, MarketProvider former, int i) {
        Role role = List.of(Role.CARE_WORKER, Role.SENIOR_CARE_WORKER, Role.NURSE).get(i % 3);
        Situation s = w.situation();
        Situation situation = former == null ? s : new Situation(former.registerEntry().name(),
                former.registerEntry().key(), former.providerId(), s.reason(), s.visaRoute(), s.visaExpiry(),
                s.letterDate(), s.deadline(), s.dependants());
        return new Worker(w.id(), w.person(), new Place(district.code(), w.place().councilGss(),
                10 + 5 * (i % 5), w.place().drives()), new Work(Set.of(role), w.work().skills(),
                w.work().otherSkills(), w.work().english(), w.work().hoursWanted()), situation, w.welfare(),
                w.consent(), w.source(), w.stage(), w.registeredOn(), w.lastContact(), w.placement(), w.notes(),
                w.history());
    }

    /** Two hundred people at a fair: districts of the data's own locations, the three roles in turn, 10–30 miles. */
    private static List<PlacementQuery> fair(PlacementMarket joined) {
        List<PostcodeDistrict> districts = districtsOf(joined);
        Random random = new Random(11);
        List<PlacementQuery> fair = new ArrayList<>(FAIR);
        for (int i = 0; i < FAIR; i++) {
            fair.add(new PlacementQuery(PlacementRole.values()[i % PlacementRole.values().length],
                    districts.get(random.nextInt(districts.size())), 10 + random.nextInt(21), null));
        }
        return fair;
    }

    /** The districts of the data's locations that have a centre, once for each location (busy districts weigh more). */
    private static List<PostcodeDistrict> districtsOf(PlacementMarket joined) {
        List<PostcodeDistrict> districts = new ArrayList<>();
        joined.market().providers().forEach(p -> p.locations().forEach(l -> PostcodeDistrict.of(l.postcode())
                .filter(d -> joined.districtCentre(d) != null).ifPresent(districts::add)));
        return districts;
    }
}
