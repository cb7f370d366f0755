package org.irwatch.app.archfixture;

import org.irwatch.core.snapshot.SnapshotRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.jooq.Tables;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.jooq.DSLContext;

/** Deliberately wires data outside AppServices and reads jOOQ tables: only {@code LayeringRulesCanFailTest} imports it. */
public final class ViewReachingIntoData {

    public SnapshotRepository snapshots(Database database) {
        return new JooqSnapshotRepository(database.dsl());
    }

    public DSLContext sql(Database database) {
        return database.dsl();
    }

    public String snapshotTable() {
        return Tables.SNAPSHOT.getName();
    }
}
