package org.irwatch.data.snapshot;

import static org.irwatch.data.jooq.Tables.SNAPSHOT;

import java.util.List;
import java.util.Optional;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.core.snapshot.SnapshotRepository;
import org.irwatch.data.jooq.tables.records.SnapshotRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Lists snapshots, newest data first; deletes one with all its rows, in one transaction. */
public final class JooqSnapshotRepository implements SnapshotRepository {

    private final DSLContext dsl;

    public JooqSnapshotRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Snapshot> list() {
        return dsl.selectFrom(SNAPSHOT)
                .orderBy(SNAPSHOT.DATA_DATE.desc(), SNAPSHOT.ID.desc())
                .fetch(JooqSnapshotRepository::toSnapshot);
    }

    @Override
    public Optional<Snapshot> find(long id) {
        return dsl.selectFrom(SNAPSHOT).where(SNAPSHOT.ID.eq(id)).fetchOptional(JooqSnapshotRepository::toSnapshot);
    }

    @Override
    public boolean delete(long id) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            SnapshotRows.delete(tx, id);
            StaleMatches.clearIfComparing(tx, java.util.List.of(id));
            return tx.deleteFrom(SNAPSHOT).where(SNAPSHOT.ID.eq(id)).execute() > 0;
        });
    }

    /** The snapshot already holding a file with this content, if any. */
    public Optional<Snapshot> findByContent(SnapshotKind kind, String sha256) {
        return dsl.selectFrom(SNAPSHOT).where(SNAPSHOT.KIND.eq(kind.name()), SNAPSHOT.SHA256.eq(sha256))
                .fetchOptional(JooqSnapshotRepository::toSnapshot);
    }

    static Snapshot toSnapshot(SnapshotRecord r) {
        return new Snapshot(r.getId(), SnapshotKind.valueOf(r.getKind()), r.getSourceName(), r.getSha256(),
                r.getDataDate(), r.getImportedAt().toInstant(), r.getRowCount(), r.getOrganisationCount(),
                r.getProviderCount(), r.getLocationCount(), r.getDemo());
    }
}
