package org.irwatch.data.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.matching.MatchResult;
import org.irwatch.core.matching.MatchSummary;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.core.matching.ProviderEntry;
import org.irwatch.core.matching.SponsorEntry;
import org.irwatch.core.matching.SponsorMatcher;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.imports.FileImporter;
import org.irwatch.data.matching.JooqMatchInputs;
import org.irwatch.data.matching.JooqMatchRepository;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.snapshot.RecentRegister;

/**
 * Times matching at national scale on a real H2 file database holding a national register (about 120,000 rows) and
 * a national CQC directory (90,000 locations): the match itself (index the register, rank and assign every care
 * provider), reading and preparing the inputs, storing the results, the whole run as the app does it, and the
 * incremental run after a new register snapshot, phase by phase. Medians of five runs after two warm-ups. Run:
 * {@code ./mvnw -q -Pbench -pl data -am verify -DskipTests -Dbench.main=org.irwatch.data.bench.MatchingBenchmark}.
 */
public final class MatchingBenchmark {

    public static void main(String[] args) throws Exception {
        NationalInputs.National national = NationalInputs.build(args);
        var registers = national.registers();
        Path cqc = national.cqc();
        Path folder = BenchRuns.emptyFolder(national.work(), "matching");
        try (Database db = Database.open(folder)) {
            // As the app wires them: the importer tells matching of the register it just committed.
            RecentRegister recentRegister = new RecentRegister();
            FileImporter importer = new FileImporter(db.dsl(), new JooqCouncilRepository(db.dsl()).loadDirectory(),
                    Clock.systemUTC(), recentRegister);
            importer.importFile(registers.earlier(), null, ProgressListener.NONE);
            importer.importFile(cqc, null, ProgressListener.NONE);
            JooqMatchInputs inputs = new JooqMatchInputs(db.dsl(), recentRegister);
            JooqMatchRepository repository = new JooqMatchRepository(db.dsl());

            List<SponsorEntry> sponsors = inputs.sponsors();
            List<ProviderEntry> providers = inputs.careProviders();
            System.out.printf(Locale.ROOT, "inputs: %,d register organisations, %,d care providers (%s, %s)%n",
                    sponsors.size(), providers.size(), registers.earlier().getFileName(), cqc.getFileName());

            BenchRuns.report("match: index register + rank and assign all providers",
                    BenchRuns.time(() -> new SponsorMatcher(sponsors).matchAll(providers, ProgressListener.NONE)));
            BenchRuns.report("read and prepare register organisations", BenchRuns.time(inputs::sponsors));
            BenchRuns.report("read and prepare care providers", BenchRuns.time(inputs::careProviders));
            List<MatchResult> results = new SponsorMatcher(sponsors).matchAll(providers, ProgressListener.NONE);
            BenchRuns.report("store results (providers and runners-up)", BenchRuns.time(() -> {
                repository.replace(new org.irwatch.core.matching.MatchRun(1, 2, java.time.Instant.now(),
                        results.size()), results);
                return null;
            }));
            BenchRuns.report("whole run as the app does it (read, match, store)", BenchRuns.time(() ->
                    new MatchingService(inputs, repository, Clock.systemUTC()).matchLatest(ProgressListener.NONE)));
            System.out.println("result: " + MatchSummary.of(results));

            // Incremental: a session that matched the earlier register meets the later one (1% removed, 1% added).
            List<Long> incremental = new ArrayList<>();
            PhaseTimes phases = new PhaseTimes();
            JooqSnapshotRepository snapshots = new JooqSnapshotRepository(db.dsl());
            for (int i = 0; i < BenchRuns.WARM_UP + BenchRuns.RUNS; i++) {
                MatchingService session = new MatchingService(inputs, repository, Clock.systemUTC());
                session.matchLatest(ProgressListener.NONE);
                long later = importer.importFile(registers.later(), null, ProgressListener.NONE).snapshotId();
                if (i == BenchRuns.WARM_UP) {
                    phases.clear();
                }
                phases.start();
                long start = System.nanoTime();
                session.matchLatest(phases);
                if (i >= BenchRuns.WARM_UP) {
                    incremental.add(System.nanoTime() - start);
                }
                phases.stop();
                snapshots.delete(later);
            }
            BenchRuns.report("incremental re-match after a new register snapshot", incremental);
            phases.report();
        }
    }
}
