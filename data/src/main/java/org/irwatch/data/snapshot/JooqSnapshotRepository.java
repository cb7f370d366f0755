package org.irwatch.data.snapshot;

import static org.irwatch.data.jooq.Tables.SNAPSHOT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.core.snapshot.SnapshotRepository;
import org.irwatch.core.snapshot.SnapshotSource;
import org.irwatch.data.jooq.tables.records.SnapshotRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SelectSeekStep2;
import org.jooq.impl.DSL;

/** Lists snapshots, newest data first; deletes one with all its rows, in one transaction. */
public final class JooqSnapshotRepository implements SnapshotRepository {

    private final DSLContext dsl;

    public JooqSnapshotRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Snapshot> list() {
        return newestFirst(DSL.noCondition()).fetch(JooqSnapshotRepository::toSnapshot);
    }

    @Override
    public List<Snapshot> list(SnapshotSource source) {
        return newestFirst(of(source)).fetch(JooqSnapshotRepository::toSnapshot);
    }

    @Override
    public Optional<Snapshot> latest(SnapshotSource source) {
        return newestFirst(of(source)).limit(1).fetchOptional(JooqSnapshotRepository::toSnapshot);
    }

    @Override
    public Optional<Snapshot> previous(SnapshotSource source) {
        return newestFirst(of(source)).limit(1).offset(1).fetchOptional(JooqSnapshotRepository::toSnapshot);
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
            StaleMatches.clearIfComparing(tx, List.of(id));
            return tx.deleteFrom(SNAPSHOT).where(SNAPSHOT.ID.eq(id)).execute() > 0;
        });
    }

    /** The snapshot already holding a file with this content, if any. */
    public Optional<Snapshot> findByContent(SnapshotKind kind, String sha256) {
        return dsl.selectFrom(SNAPSHOT).where(SNAPSHOT.KIND.eq(kind.name()), SNAPSHOT.SHA256.eq(sha256))
                .fetchOptional(JooqSnapshotRepository::toSnapshot);
    }

    /** The one order of "newest": by data date, then by import (a later import of the same date wins). */
    private SelectSeekStep2<SnapshotRecord, LocalDate, Long> newestFirst(Condition condition) {
        return dsl.selectFrom(SNAPSHOT).where(condition).orderBy(SNAPSHOT.DATA_DATE.desc(), SNAPSHOT.ID.desc());
    }

    private static Condition of(SnapshotSource source) {
        return source == SnapshotSource.REGISTER ? SNAPSHOT.KIND.eq(SnapshotKind.REGISTER.name())
                : SNAPSHOT.KIND.ne(SnapshotKind.REGISTER.name());
    }

    static Snapshot toSnapshot(SnapshotRecord r) {
        return new Snapshot(r.getId(), SnapshotKind.valueOf(r.getKind()), r.getSourceName(), r.getSha256(),
                r.getDataDate(), r.getImportedAt().toInstant(), r.getRowCount(), r.getOrganisationCount(),
                r.getProviderCount(), r.getLocationCount(), r.getDemo());
    }
}
