package org.irwatch.data.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irwatch.data.jooq.Tables.SPONSOR;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.register.SponsorOrganisation;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.data.db.Database;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A snapshot read in key ranges side by side gives every row of it once, in key order, and nothing of another. */
class SnapshotRowsInPartsTest {

    private static final String NAMES = "SELECT name FROM sponsor WHERE id BETWEEN ? AND ?";

    private final Database database = Database.inMemory();

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aLargeSnapshotReadInPartsIsEveryRowOnceInKeyOrder() {
        long before = write("before", 3);
        long large = write("large", 45_001);
        long after = write("after", 2);

        List<String> inOne = new ArrayList<>();
        SnapshotRows.scan(database.dsl(), NAMES, large, row -> inOne.add(row.getString(1)));
        for (int cores : new int[] {1, 2, 3, 8}) {
            assertThat(SnapshotRows.scanInParts(database.dsl(), SPONSOR.ID, NAMES, large, row -> row.getString(1), cores))
                    .as("read on %d cores", cores).isEqualTo(inOne).hasSize(45_001)
                    .startsWith("large 0", "large 1").endsWith("large 45000");
        }
        assertThat(SnapshotRows.scanInParts(database.dsl(), SPONSOR.ID, NAMES, before, row -> row.getString(1), 8))
                .containsExactly("before 0", "before 1", "before 2");
        assertThat(SnapshotRows.scanInParts(database.dsl(), SPONSOR.ID, NAMES, after, row -> row.getString(1), 8))
                .containsExactly("after 0", "after 1");
    }

    @Test
    void aSnapshotWithoutRowsReadsAsNone() {
        long empty = write("empty", 0);

        assertThat(SnapshotRows.scanInParts(database.dsl(), SPONSOR.ID, NAMES, empty, row -> row.getString(1), 4))
                .isEmpty();
    }

    private long write(String name, int organisations) {
        List<SponsorOrganisation> rows = IntStream.range(0, organisations)
                .mapToObj(i -> new SponsorOrganisation(name + " " + i, "Town", "", List.of())).toList();
        SnapshotWriter.Header header = new SnapshotWriter.Header(SnapshotKind.REGISTER, name, "sha-" + name,
                LocalDate.parse("2026-11-01"), Instant.parse("2026-12-06T09:00:00Z"), false);
        return database.dsl().transactionResult(configuration -> new SnapshotWriter(DSL.using(configuration))
                .writeRegister(header, rows, ProgressListener.NONE));
    }
}
