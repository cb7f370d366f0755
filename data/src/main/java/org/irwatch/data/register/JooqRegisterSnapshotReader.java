package org.irwatch.data.register;

import java.util.ArrayList;
import java.util.List;
import org.irwatch.core.register.OrganisationSummary;
import org.irwatch.core.register.RegisterSnapshotReader;
import org.irwatch.data.snapshot.SnapshotRows;
import org.jooq.DSLContext;

/**
 * Reads the precomputed comparison columns of a register snapshot. Plain JDBC: a national snapshot is 120,000
 * rows and record mapping would cost more than the comparison itself.
 */
public final class JooqRegisterSnapshotReader implements RegisterSnapshotReader {

    private final DSLContext dsl;

    public JooqRegisterSnapshotReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<OrganisationSummary> summaries(long snapshotId) {
        List<OrganisationSummary> summaries = new ArrayList<>(130_000);
        SnapshotRows.scan(dsl, "SELECT org_key, name, town, ratings, routes FROM sponsor WHERE id BETWEEN ? AND ?",
                snapshotId, row -> summaries.add(new OrganisationSummary(row.getString(1), row.getString(2),
                        row.getString(3), row.getString(4), row.getString(5))));
        return summaries;
    }
}
