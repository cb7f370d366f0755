package org.irwatch.data.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Scope;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.market.CouncilReport;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.ReportPeriod;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.events.JooqEventRepository;
import org.irwatch.data.imports.FileImporter;
import org.irwatch.data.market.JooqMarketRepository;
import org.irwatch.data.market.JooqMarketRows;
import org.irwatch.data.matching.JooqMatchInputs;
import org.irwatch.data.matching.JooqMatchRepository;
import org.irwatch.data.snapshot.RecentRegister;
import org.irwatch.data.workbook.CouncilWorkbook;

/**
 * Times the council workbook at national scale: a national register (about 120,000 rows) and CQC directory (90,000
 * locations) imported and matched, with 400 suspensions and revocations recorded across England; then Birmingham's
 * and Kent's workbooks as the app writes them (the area's market from the market held in memory, the report, the
 * .xlsx), and England's once for scale. Medians of five runs after two warm-ups. Run:
 * {@code ./mvnw -q -Pbench -pl data -am verify -DskipTests -Dbench.main=org.irwatch.data.bench.CouncilWorkbookBenchmark}.
 */
public final class CouncilWorkbookBenchmark {

    static final ReportPeriod QUARTER = new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

    public static void main(String[] args) throws Exception {
        try (Database db = nationalMarketWithEvents(args, "workbook")) {
            CouncilDirectory councils = new JooqCouncilRepository(db.dsl()).loadDirectory();
            MarketService market = new MarketService(councils, new JooqMarketRepository(db.dsl()),
                    JooqMarketRows.assemblerOver(db.dsl()));

            for (String name : List.of("Birmingham", "Kent")) {
                Scope scope = new Scope.CouncilScope(councils.byName(name).orElseThrow());
                CouncilReport sample = market.report(scope, QUARTER, ZonedDateTime.now(), false);
                System.out.printf(Locale.ROOT, "%s: %,d providers, %,d locations, %,d events in the quarter%n", name,
                        sample.providers().size(), sample.locations().size(), sample.events().size());
                BenchRuns.report("council workbook, " + name + " (report + .xlsx)", time(() -> write(market, scope)));
            }
            long start = System.nanoTime();
            int bytes = write(market, Scope.england());
            System.out.printf(Locale.ROOT, "England workbook once: %d ms, %,d bytes%n",
                    (System.nanoTime() - start) / 1_000_000, bytes);
        }
    }

    /**
     * A data folder of its own under the bench folder ({@code args[0]}, else target/bench) holding the national
     * register and CQC directory, matched, with 400 suspensions and revocations in {@link #QUARTER}.
     */
    static Database nationalMarketWithEvents(String[] args, String folderName) throws java.io.IOException {
        Path sharedData = Path.of(System.getProperty("irwatch.sharedData"));
        Path work = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
        var registers = NationalInputs.registers(sharedData, work);
        Path cqc = NationalInputs.cqcDirectory(sharedData, work, 90_000);
        Database db = Database.open(BenchRuns.emptyFolder(work, folderName));
        CouncilDirectory councils = new JooqCouncilRepository(db.dsl()).loadDirectory();
        RecentRegister recentRegister = new RecentRegister();
        FileImporter importer = new FileImporter(db.dsl(), councils, Clock.systemUTC(), recentRegister);
        importer.importFile(registers.earlier(), null, ProgressListener.NONE);
        importer.importFile(cqc, null, ProgressListener.NONE);
        new MatchingService(new JooqMatchInputs(db.dsl(), recentRegister), new JooqMatchRepository(db.dsl()),
                Clock.systemUTC()).matchLatest(ProgressListener.NONE);
        recordEvents(db, new MarketService(councils, new JooqMarketRepository(db.dsl()),
                JooqMarketRows.assemblerOver(db.dsl())), 400);
        return db;
    }

    private static int write(MarketService market, Scope scope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CouncilWorkbook.write(market.report(scope, QUARTER, ZonedDateTime.now(), false), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.size();
    }

    /** Suspensions and revocations on sponsors picked at random, in the quarter, with their providers' councils. */
    private static void recordEvents(Database db, MarketService market, int count) {
        List<MarketProvider> sponsors = market.data().providers().stream().filter(MarketProvider::isSponsor).toList();
        Random random = new Random(7);
        List<EnforcementEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            MarketProvider provider = sponsors.get(random.nextInt(sponsors.size()));
            events.add(new EnforcementEvent(null, provider.sponsorName(), "", provider.match().sponsor().key(),
                    provider.providerId(), random.nextInt(3) == 0 ? EnforcementAction.REVOKED
                    : EnforcementAction.SUSPENDED, QUARTER.from().plusDays(random.nextInt(90)), null,
                    1 + random.nextInt(60), "benchmark", "", Set.copyOf(provider.councils()), "bench", Instant.now()));
        }
        db.dsl().transaction(tx -> events.forEach(e -> JooqEventRepository.insert(tx.dsl(), e, false)));
    }

    static List<Long> time(Runnable work) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < BenchRuns.WARM_UP + BenchRuns.RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            if (i >= BenchRuns.WARM_UP) {
                times.add(System.nanoTime() - start);
            }
        }
        return times;
    }

    private CouncilWorkbookBenchmark() {
    }
}
