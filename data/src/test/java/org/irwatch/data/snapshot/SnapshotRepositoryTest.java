package org.irwatch.data.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.core.snapshot.SnapshotSource;
import org.irwatch.data.db.Database;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "The newest snapshot" of a source, worked out in one place: by data date, then by import. */
class SnapshotRepositoryTest {

    private final Database database = Database.inMemory();
    private final JooqSnapshotRepository snapshots = new JooqSnapshotRepository(database.dsl());

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theNewestDataOfASourceIsTheLatestAndTheOneBeforeItThePrevious() {
        long october = write(SnapshotKind.REGISTER, "2026-10-01");
        long november = write(SnapshotKind.REGISTER, "2026-11-01");
        write(SnapshotKind.CQC_DIRECTORY, "2026-12-01");
        write(SnapshotKind.REGISTER, "2026-09-01");

        assertThat(snapshots.latest(SnapshotSource.REGISTER)).map(Snapshot::id).contains(november);
        assertThat(snapshots.previous(SnapshotSource.REGISTER)).map(Snapshot::id).contains(october);
        assertThat(snapshots.list(SnapshotSource.REGISTER)).extracting(Snapshot::dataDate).containsExactly(
                LocalDate.parse("2026-11-01"), LocalDate.parse("2026-10-01"), LocalDate.parse("2026-09-01"));
    }

    @Test
    void ofTwoSnapshotsOfTheSameDateTheLaterImportedIsTheLatest() {
        long first = write(SnapshotKind.REGISTER, "2026-11-01");
        long second = write(SnapshotKind.REGISTER, "2026-11-01");

        assertThat(snapshots.latest(SnapshotSource.REGISTER)).map(Snapshot::id).contains(second);
        assertThat(snapshots.previous(SnapshotSource.REGISTER)).map(Snapshot::id).contains(first);
    }

    @Test
    void everyCqcFileKindIsOneSource() {
        long directory = write(SnapshotKind.CQC_DIRECTORY, "2026-09-01");
        long export = write(SnapshotKind.CQC_SEARCH_EXPORT, "2026-10-01");
        write(SnapshotKind.REGISTER, "2026-12-01");

        assertThat(snapshots.latest(SnapshotSource.CQC)).map(Snapshot::id).contains(export);
        assertThat(snapshots.previous(SnapshotSource.CQC)).map(Snapshot::id).contains(directory);
        assertThat(snapshots.list(SnapshotSource.CQC)).extracting(Snapshot::id).containsExactly(export, directory);
    }

    @Test
    void aSourceWithOneSnapshotHasNoPreviousAndOneWithNoneNoLatest() {
        write(SnapshotKind.CQC_ACTIVE_LOCATIONS, "2026-09-01");

        assertThat(snapshots.previous(SnapshotSource.CQC)).isEmpty();
        assertThat(snapshots.latest(SnapshotSource.REGISTER)).isEmpty();
        assertThat(snapshots.list(SnapshotSource.REGISTER)).isEmpty();
    }

    private long write(SnapshotKind kind, String dataDate) {
        SnapshotWriter.Header header = new SnapshotWriter.Header(kind, kind + " " + dataDate,
                "sha-" + snapshots.list().size(), LocalDate.parse(dataDate), Instant.parse("2026-12-06T09:00:00Z"),
                false);
        return database.dsl().transactionResult(configuration -> {
            SnapshotWriter writer = new SnapshotWriter(DSL.using(configuration));
            return kind == SnapshotKind.REGISTER ? writer.writeRegister(header, List.of(), ProgressListener.NONE)
                    : writer.writeCqc(header, 0, List.of(), List.of(), Set.of(), ProgressListener.NONE);
        });
    }
}
