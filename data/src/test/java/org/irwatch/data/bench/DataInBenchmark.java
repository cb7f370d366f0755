package org.irwatch.data.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.register.RegisterChangesService;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.imports.FileImporter;
import org.irwatch.data.register.JooqRegisterSnapshotReader;
import org.irwatch.data.snapshot.JooqSnapshotRepository;

/**
 * Times Data in at national scale on a real H2 file database: register import, CQC directory import, and the
 * changes between two national register snapshots. Medians of five runs after two warm-ups; each import runs
 * into a fresh data folder. Run: {@code ./mvnw -q -Pbench -pl data -am verify -DskipTests}.
 */
public final class DataInBenchmark {

    public static void main(String[] args) throws Exception {
        Path sharedData = Path.of(System.getProperty("irwatch.sharedData"));
        Path work = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
        var registers = NationalInputs.registers(sharedData, work);
        Path cqc = NationalInputs.cqcDirectory(sharedData, work, 90_000);
        System.out.printf(Locale.ROOT, "inputs: register %,d rows (%s), CQC directory 90,000 locations (%s)%n",
                registers.rows(), registers.earlier().getFileName(), cqc.getFileName());

        BenchRuns.report("register import (120k rows)", timeInFreshFolders(work, (db, importer) ->
                () -> importer.importFile(registers.earlier(), null, ProgressListener.NONE)));
        BenchRuns.report("CQC directory import (90k locations)", timeInFreshFolders(work, (db, importer) ->
                () -> importer.importFile(cqc, null, ProgressListener.NONE)));

        Path folder = BenchRuns.emptyFolder(work, "changes");
        try (Database db = Database.open(folder)) {
            FileImporter importer = importer(db);
            importer.importFile(registers.earlier(), null, ProgressListener.NONE);
            importer.importFile(registers.later(), null, ProgressListener.NONE);
            RegisterChangesService changes = new RegisterChangesService(new JooqSnapshotRepository(db.dsl()),
                    new JooqRegisterSnapshotReader(db.dsl()));
            List<Long> times = new ArrayList<>();
            int[] count = new int[1];
            for (int i = 0; i < BenchRuns.WARM_UP + BenchRuns.RUNS; i++) {
                long start = System.nanoTime();
                count[0] = changes.between(null, null).changes().size();
                if (i >= BenchRuns.WARM_UP) {
                    times.add(System.nanoTime() - start);
                }
            }
            BenchRuns.report("changes between two national snapshots (" + count[0] + " changes)", times);
        }
    }

    private interface Step {
        Callable<?> in(Database db, FileImporter importer);
    }

    private static List<Long> timeInFreshFolders(Path work, Step step) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < BenchRuns.WARM_UP + BenchRuns.RUNS; i++) {
            Path folder = BenchRuns.emptyFolder(work, "run-" + i);
            try (Database db = Database.open(folder)) {
                Callable<?> work1 = step.in(db, importer(db));
                long start = System.nanoTime();
                work1.call();
                if (i >= BenchRuns.WARM_UP) {
                    times.add(System.nanoTime() - start);
                }
            }
        }
        return times;
    }

    private static FileImporter importer(Database db) {
        CouncilDirectory councils = new JooqCouncilRepository(db.dsl()).loadDirectory();
        return new FileImporter(db.dsl(), councils, Clock.systemUTC());
    }
}
