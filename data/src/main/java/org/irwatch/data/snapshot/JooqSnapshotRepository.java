package org.irwatch.data.snapshot;

import static org.irwatch.data.jooq.Tables.SNAPSHOT;

import java.util.List;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.core.snapshot.SnapshotRepository;
import org.irwatch.data.jooq.tables.records.SnapshotRecord;
import org.jooq.DSLContext;

/** Lists snapshots, newest data first. */
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

    static Snapshot toSnapshot(SnapshotRecord r) {
        return new Snapshot(r.getId(), SnapshotKind.valueOf(r.getKind()), r.getSourceName(), r.getSha256(),
                r.getDataDate(), r.getImportedAt().toInstant(), r.getRowCount(), r.getOrganisationCount(),
                r.getProviderCount(), r.getLocationCount(), r.getDemo());
    }
}
