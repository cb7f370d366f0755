package org.irwatch.data.register;

import static org.irwatch.data.jooq.Tables.SPONSOR;

import java.util.List;
import org.irwatch.core.register.OrganisationSummary;
import org.irwatch.core.register.RegisterSnapshotReader;
import org.jooq.DSLContext;

/** Reads the precomputed comparison columns of a register snapshot. */
public final class JooqRegisterSnapshotReader implements RegisterSnapshotReader {

    private final DSLContext dsl;

    public JooqRegisterSnapshotReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<OrganisationSummary> summaries(long snapshotId) {
        return dsl.select(SPONSOR.ORG_KEY, SPONSOR.NAME, SPONSOR.TOWN, SPONSOR.RATINGS, SPONSOR.ROUTES)
                .from(SPONSOR)
                .where(SPONSOR.SNAPSHOT_ID.eq(snapshotId))
                .fetch(r -> new OrganisationSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
