package org.irwatch.data.workers;

import static org.irwatch.data.jooq.Tables.CQC_LOCATION;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotSource;
import org.irwatch.core.workers.PostcodeCouncils;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.snapshot.SnapshotRows;
import org.jooq.DSLContext;

/** The postcodes of the latest CQC snapshot's locations with the council CQC places each in (all services). */
public final class JooqPostcodeCouncils implements PostcodeCouncils.Source {

    private final DSLContext dsl;

    public JooqPostcodeCouncils(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<String, String> councilByPostcode() {
        Optional<Snapshot> cqc = new JooqSnapshotRepository(dsl).latest(SnapshotSource.CQC);
        Map<String, String> councils = new HashMap<>();
        cqc.ifPresent(snapshot -> dsl.select(CQC_LOCATION.POSTCODE, CQC_LOCATION.COUNCIL_GSS).from(CQC_LOCATION)
                .where(SnapshotRows.of(CQC_LOCATION.ID, snapshot.id()), CQC_LOCATION.POSTCODE.isNotNull(),
                        CQC_LOCATION.COUNCIL_GSS.isNotNull())
                .forEach(r -> councils.put(r.value1(), r.value2())));
        return councils;
    }
}
