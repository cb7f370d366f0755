package org.irwatch.data.bench;

import java.nio.file.Path;
import java.time.Clock;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.imports.FileImporter;
import org.irwatch.data.matching.JooqMatchInputs;
import org.irwatch.data.matching.JooqMatchRepository;
import org.irwatch.data.snapshot.RecentRegister;

/**
 * A data folder holding the national data set, matched, for the window's start-up benchmark
 * ({@code bench/startup.sh}): two national registers a month apart and a national CQC directory. Written to
 * {@code data/target/bench/national-folder}. Run:
 * {@code ./mvnw -q -Pbench -pl data -am verify -DskipTests -Dbench.main=org.irwatch.data.bench.NationalDataFolder}.
 */
public final class NationalDataFolder {

    public static void main(String[] args) throws Exception {
        NationalInputs.National national = NationalInputs.build(args);
        Path folder = BenchRuns.emptyFolder(national.work(), "national-folder");
        try (Database db = Database.open(folder)) {
            importAndMatch(db, national);
        }
        System.out.println("national data folder: " + folder.toAbsolutePath());
    }

    /** Imports the two registers and the CQC directory into the database and matches them; its councils. */
    static CouncilDirectory importAndMatch(Database db, NationalInputs.National national) {
        CouncilDirectory councils = new JooqCouncilRepository(db.dsl()).loadDirectory();
        RecentRegister recentRegister = new RecentRegister();
        FileImporter importer = new FileImporter(db.dsl(), councils, Clock.systemUTC(), recentRegister);
        importer.importFile(national.registers().earlier(), null, ProgressListener.NONE);
        importer.importFile(national.registers().later(), null, ProgressListener.NONE);
        importer.importFile(national.cqc(), null, ProgressListener.NONE);
        new MatchingService(new JooqMatchInputs(db.dsl(), recentRegister), new JooqMatchRepository(db.dsl()),
                Clock.systemUTC()).matchLatest(ProgressListener.NONE);
        return councils;
    }
}
