package org.irwatch.data.register;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
        return dsl.connectionResult(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT org_key, name, town, ratings, routes FROM sponsor WHERE id BETWEEN ? AND ?")) {
                query.setLong(1, SnapshotRows.first(snapshotId));
                query.setLong(2, SnapshotRows.last(snapshotId));
                query.setFetchSize(10_000);
                List<OrganisationSummary> summaries = new ArrayList<>(130_000);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        summaries.add(new OrganisationSummary(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5)));
                    }
                }
                return summaries;
            }
        });
    }
}
