package org.irwatch.data.demo;

import static org.irwatch.data.jooq.Tables.CQC_PROVIDER;
import static org.irwatch.data.jooq.Tables.ENFORCEMENT_EVENT;
import static org.irwatch.data.jooq.Tables.MATCH_DECISION;
import static org.irwatch.data.jooq.Tables.POSTCODE_CENTRE;
import static org.irwatch.data.jooq.Tables.SNAPSHOT;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.demo.DemoDataRepository;
import org.irwatch.core.demo.DemoDataSet;
import org.irwatch.core.geo.GeoPoint;
import org.irwatch.core.market.CqcColumn;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.data.events.JooqEventRepository;
import org.irwatch.data.snapshot.SnapshotRows;
import org.irwatch.data.snapshot.SnapshotWriter;
import org.irwatch.data.snapshot.StaleMatches;
import org.irwatch.data.workers.DemoWorkerRows;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Loads the demo set as ordinary snapshots and events flagged "demo", and its invented district centres under a source
 * of their own, so removing it never touches real data.
 */
public final class JooqDemoDataRepository implements DemoDataRepository {

    /**
     * The source the demo's invented district centres are kept under, so that removing the demo removes them and an
     * imported postcode file replaces them.
     */
    static final String DEMO_CENTRES = "DEMO (invented)";

    private final DSLContext dsl;

    public JooqDemoDataRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean isEmpty() {
        return !dsl.fetchExists(SNAPSHOT) && !dsl.fetchExists(ENFORCEMENT_EVENT);
    }

    @Override
    public boolean hasDemoData() {
        return dsl.fetchExists(SNAPSHOT, SNAPSHOT.DEMO.isTrue())
                || dsl.fetchExists(ENFORCEMENT_EVENT, ENFORCEMENT_EVENT.DEMO.isTrue());
    }

    @Override
    public void load(DemoDataSet demo, ProgressListener progress) {
        Instant now = Instant.now();
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            SnapshotWriter writer = new SnapshotWriter(tx);
            for (DemoDataSet.RegisterRelease release : demo.registers()) {
                writer.writeRegister(header(SnapshotKind.REGISTER, release.dataDate().toString(), release.dataDate(), now),
                        release.organisations(), progress);
            }
            writer.writeCqc(header(SnapshotKind.CQC_DIRECTORY, "cqc-" + demo.cqcDate(), demo.cqcDate(), now),
                    demo.locations().size(), demo.providers(), demo.locations(), EnumSet.allOf(CqcColumn.class),
                    progress);
            demo.events().forEach(event -> JooqEventRepository.insertRecorded(tx, event, true));
            demo.districtCentres().forEach((district, centre) -> placeDistrict(tx, district, centre));
        });
    }

    /** A demo district's invented centre, unless a centre imported from a real file is held for it already. */
    private static void placeDistrict(DSLContext tx, String district, GeoPoint centre) {
        tx.insertInto(POSTCODE_CENTRE, POSTCODE_CENTRE.CODE, POSTCODE_CENTRE.DISTRICT, POSTCODE_CENTRE.LATITUDE,
                        POSTCODE_CENTRE.LONGITUDE, POSTCODE_CENTRE.SOURCE)
                .select(DSL.select(DSL.val(district), DSL.val(true), DSL.val(centre.latitude()),
                                DSL.val(centre.longitude()), DSL.val(DEMO_CENTRES))
                        .whereNotExists(DSL.selectOne().from(POSTCODE_CENTRE).where(POSTCODE_CENTRE.CODE.eq(district))))
                .execute();
    }

    @Override
    public void remove() {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            tx.deleteFrom(ENFORCEMENT_EVENT).where(ENFORCEMENT_EVENT.DEMO.isTrue()).execute();
            DemoWorkerRows.delete(tx);
            List<Long> demoSnapshots = tx.select(SNAPSHOT.ID).from(SNAPSHOT).where(SNAPSHOT.DEMO.isTrue())
                    .fetch(SNAPSHOT.ID);
            // Decisions on invented providers go with them: an invented ID could one day be a real provider's.
            for (Long snapshotId : demoSnapshots) {
                tx.deleteFrom(MATCH_DECISION).where(MATCH_DECISION.CQC_PROVIDER_ID.in(
                        tx.select(CQC_PROVIDER.PROVIDER_ID).from(CQC_PROVIDER)
                                .where(SnapshotRows.of(CQC_PROVIDER.ID, snapshotId)))).execute();
            }
            StaleMatches.clearIfComparing(tx, demoSnapshots);
            for (Long snapshotId : demoSnapshots) {
                SnapshotRows.delete(tx, snapshotId);
            }
            tx.deleteFrom(SNAPSHOT).where(SNAPSHOT.DEMO.isTrue()).execute();
            tx.deleteFrom(POSTCODE_CENTRE).where(POSTCODE_CENTRE.SOURCE.eq(DEMO_CENTRES)).execute();
        });
    }

    /** Demo snapshots get a fixed pseudo-hash so loading the demo twice is recognised like any repeated file. */
    private static SnapshotWriter.Header header(SnapshotKind kind, String label, java.time.LocalDate dataDate,
                                                Instant now) {
        String pseudoHash = HexFormat.of().formatHex(("demo-" + label).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new SnapshotWriter.Header(kind, DemoDataSet.SOURCE_NAME, pseudoHash, dataDate, now, true);
    }
}
