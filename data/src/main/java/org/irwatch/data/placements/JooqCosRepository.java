package org.irwatch.data.placements;

import static org.irwatch.data.jooq.Tables.COS_ALLOCATION;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.irwatch.core.market.RegisterEntry;
import org.irwatch.core.placements.CosImport;
import org.irwatch.core.placements.CosLink;
import org.irwatch.core.placements.CosRepository;
import org.irwatch.core.placements.CosRow;
import org.irwatch.core.snapshot.SnapshotSource;
import org.irwatch.data.market.JooqMarketRows;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.jooq.DSLContext;

/** Keeps certificates of sponsorship (restricted data) in {@code cos_allocation}. */
public final class JooqCosRepository implements CosRepository, CosImport.Register {

    private final DSLContext dsl;

    public JooqCosRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void replacePeriods(List<CosRow> rows, String sourceName, Instant importedAt) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            rows.stream().map(r -> List.of(r.from(), r.to())).distinct().forEach(period -> t.deleteFrom(COS_ALLOCATION)
                    .where(COS_ALLOCATION.PERIOD_FROM.eq(period.get(0)), COS_ALLOCATION.PERIOD_TO.eq(period.get(1)))
                    .execute());
            var insert = t.insertInto(COS_ALLOCATION, COS_ALLOCATION.LINE, COS_ALLOCATION.SPONSOR_NAME,
                    COS_ALLOCATION.TOWN, COS_ALLOCATION.LICENCE_NUMBER, COS_ALLOCATION.PERIOD_FROM,
                    COS_ALLOCATION.PERIOD_TO, COS_ALLOCATION.ALLOCATED, COS_ALLOCATION.USED, COS_ALLOCATION.ORG_KEY,
                    COS_ALLOCATION.REGISTER_NAME, COS_ALLOCATION.LINK_BAND, COS_ALLOCATION.LINK_SCORE,
                    COS_ALLOCATION.LINK_EVIDENCE, COS_ALLOCATION.SOURCE_NAME, COS_ALLOCATION.IMPORTED_AT);
            for (CosRow r : rows) {
                insert = insert.values((int) r.line(), r.sponsorName(), r.town(), r.licenceNumber(), r.from(), r.to(),
                        r.allocated(), r.used(), r.link().organisationKey(), r.link().registerName(),
                        r.link().band().name(), r.link().score(), r.link().evidence(), sourceName,
                        importedAt.atOffset(ZoneOffset.UTC));
            }
            insert.execute();
        });
    }

    @Override
    public List<CosRow> toReview() {
        return dsl.selectFrom(COS_ALLOCATION)
                .where(COS_ALLOCATION.LINK_BAND.in(CosLink.Band.MEDIUM.name(), CosLink.Band.LOW.name(),
                        CosLink.Band.NONE.name()))
                .orderBy(COS_ALLOCATION.SPONSOR_NAME, COS_ALLOCATION.PERIOD_FROM)
                .fetch(r -> new CosRow(r.getId(), r.getLine(), r.getSponsorName(), r.getTown(), r.getLicenceNumber(),
                        r.getPeriodFrom(), r.getPeriodTo(), r.getAllocated(), r.getUsed(),
                        new CosLink(r.getOrgKey(), r.getRegisterName(), CosLink.Band.valueOf(r.getLinkBand()), r.getLinkScore(),
                                r.getLinkEvidence())));
    }

    @Override
    public void decide(long id, CosLink.Band decision) {
        dsl.update(COS_ALLOCATION).set(COS_ALLOCATION.LINK_BAND, decision.name())
                .where(COS_ALLOCATION.ID.eq(id)).execute();
    }

    /** The newest register's organisations. */
    @Override
    public List<RegisterEntry> newest() {
        return new JooqSnapshotRepository(dsl).latest(SnapshotSource.REGISTER)
                .map(register -> JooqMarketRows.registerEntries(dsl, register.id())).orElse(List.of());
    }

    /** How many rows there are, for tests and the data screen. */
    public int count() {
        return dsl.fetchCount(COS_ALLOCATION);
    }
}
