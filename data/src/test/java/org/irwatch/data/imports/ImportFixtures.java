package org.irwatch.data.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.snapshot.SnapshotRows;
import org.jooq.DSLContext;
import org.jooq.Record;

/** What the import tests share: the public entry point, small generated registers, and the database's state. */
final class ImportFixtures {

    static final String REGISTER_HEADER = "Organisation Name,Town/City,County,Type & Rating,Route";

    private ImportFixtures() {
    }

    /** The importer exactly as the application builds it. */
    static FileImporter importer(Database db) {
        return new FileImporter(db.dsl(), new JooqCouncilRepository(db.dsl()).loadDirectory(), Clock.systemUTC());
    }

    /** A well-formed register of {@code rows} organisations, one licence each, LF line ends. */
    static String register(String namePrefix, int rows) {
        StringBuilder text = new StringBuilder(REGISTER_HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            text.append(namePrefix).append(' ').append(i).append(" Ltd,Leeds,West Yorkshire,Worker (A rating),")
                    .append(i % 3 == 0 ? "Intra-company Routes" : "Skilled Worker").append('\n');
        }
        return text.toString();
    }

    static Path write(Path folder, String fileName, String text) {
        return write(folder, fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path folder, String fileName, byte[] bytes) {
        try {
            Path file = folder.resolve(fileName);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Folds text as core's OrganisationKey does, written out again here so the tests do not trust it. */
    static String fold(String text) {
        String folded = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        int end = folded.length();
        while (end > 0 && ",.; ".indexOf(folded.charAt(end - 1)) >= 0) {
            end--;
        }
        return folded.substring(0, end);
    }

    static long count(DSLContext dsl, String sql, Object... bindings) {
        return dsl.fetchSingle(sql, bindings).get(0, Long.class);
    }

    /** The first column of a query's rows, as text. */
    static List<String> strings(DSLContext dsl, String sql, Object... bindings) {
        return dsl.fetch(sql, bindings).getValues(0, String.class);
    }

    /** How many rows of a table lie in one snapshot's id range. */
    static long rowsOf(DSLContext dsl, String table, long snapshotId) {
        return count(dsl, "SELECT COUNT(*) FROM " + table + " WHERE id BETWEEN ? AND ?",
                SnapshotRows.first(snapshotId), SnapshotRows.last(snapshotId));
    }

    /** Every value of a snapshot's organisation rows, one string per row, in id order. */
    static List<String> sponsorRows(DSLContext dsl, long snapshotId) {
        return dsl.fetch("SELECT * FROM sponsor WHERE id BETWEEN ? AND ? ORDER BY id", SnapshotRows.first(snapshotId),
                SnapshotRows.last(snapshotId)).stream().map(row -> Arrays.toString(row.intoArray())).toList();
    }

    /**
     * Everything an import could change: the snapshots, the row counts of the three tables of snapshot rows and of the
     * prepared registers, and a digest of every value in them. Two equal states are the same data.
     */
    record DbState(List<Snapshot> snapshots, long sponsors, long providers, long locations, long prepared,
                   String digest) {
    }

    static DbState state(Database db) {
        DSLContext dsl = db.dsl();
        return new DbState(new JooqSnapshotRepository(dsl).list(),
                count(dsl, "SELECT COUNT(*) FROM sponsor"),
                count(dsl, "SELECT COUNT(*) FROM cqc_provider"),
                count(dsl, "SELECT COUNT(*) FROM cqc_location"),
                count(dsl, "SELECT COUNT(*) FROM prepared_snapshot"),
                digest(dsl));
    }

    private static String digest(DSLContext dsl) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String table : List.of("snapshot", "sponsor", "cqc_provider", "cqc_location")) {
                for (Record row : dsl.fetch("SELECT * FROM " + table + " ORDER BY id")) {
                    sha.update((table + Arrays.toString(row.intoArray()) + '\n').getBytes(StandardCharsets.UTF_8));
                }
            }
            for (Record row : dsl.fetch("SELECT snapshot_id, build, entries FROM prepared_snapshot"
                    + " ORDER BY snapshot_id")) {
                sha.update(("prepared_snapshot" + row.get(0) + row.get(1)).getBytes(StandardCharsets.UTF_8));
                sha.update(row.get(2, byte[].class));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
