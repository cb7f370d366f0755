package org.irwatch.data.market;

import static org.irwatch.data.jooq.Tables.COUNCIL;
import static org.irwatch.data.jooq.Tables.CQC_LOCATION;
import static org.irwatch.data.jooq.Tables.CQC_PROVIDER;
import static org.irwatch.data.jooq.Tables.ENFORCEMENT_EVENT;
import static org.irwatch.data.jooq.Tables.SNAPSHOT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.listAgg;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.util.List;
import java.util.Set;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.market.MarketFigures;
import org.irwatch.core.market.MarketRepository;
import org.irwatch.core.market.ProviderSummary;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.data.jooq.tables.CqcLocation;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;

/** Market figures from the newest CQC snapshot, adult social care locations only. */
public final class JooqMarketRepository implements MarketRepository {

    private final DSLContext dsl;

    public JooqMarketRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public MarketFigures figures(Set<String> councilGssCodes) {
        Long snapshotId = latestCqcSnapshot();
        if (snapshotId == null) {
            return new MarketFigures(0, 0, 0, 0, 0, 0, 0, 0);
        }
        Condition inScope = inScope(CQC_LOCATION, snapshotId, councilGssCodes);
        var market = dsl.select(
                        countDistinct(CQC_LOCATION.PROVIDER_ID),
                        count(),
                        count().filterWhere(CQC_LOCATION.CARE_HOME.isTrue()),
                        sum(CQC_LOCATION.BEDS).filterWhere(CQC_LOCATION.CARE_HOME.isTrue()),
                        count().filterWhere(CQC_LOCATION.HOME_CARE.isTrue()))
                .from(CQC_LOCATION)
                .where(inScope)
                .fetchSingle();
        Select<Record1<String>> providersInScope = dsl.selectDistinct(CQC_LOCATION.PROVIDER_ID)
                .from(CQC_LOCATION).where(inScope);
        var events = dsl.select(
                        count().filterWhere(ENFORCEMENT_EVENT.ACTION.eq(EnforcementAction.SUSPENDED.name())),
                        count().filterWhere(ENFORCEMENT_EVENT.ACTION.eq(EnforcementAction.REVOKED.name())),
                        sum(ENFORCEMENT_EVENT.WORKERS_AFFECTED).filterWhere(ENFORCEMENT_EVENT.ACTION.in(
                                EnforcementAction.SUSPENDED.name(), EnforcementAction.REVOKED.name())))
                .from(ENFORCEMENT_EVENT)
                .where(ENFORCEMENT_EVENT.CQC_PROVIDER_ID.in(providersInScope))
                .fetchSingle();
        return new MarketFigures(market.value1(), market.value2(), market.value3(), intOf(market.value4()),
                market.value5(), events.value1(), events.value2(), intOf(events.value3()));
    }

    @Override
    public List<ProviderSummary> providers(Set<String> councilGssCodes) {
        Long snapshotId = latestCqcSnapshot();
        if (snapshotId == null) {
            return List.of();
        }
        CqcLocation everywhere = CQC_LOCATION.as("everywhere");
        var locationsEverywhere = dsl.select(count()).from(everywhere)
                .where(everywhere.SNAPSHOT_ID.eq(snapshotId), everywhere.PROVIDER_ID.eq(CQC_PROVIDER.PROVIDER_ID),
                        everywhere.ADULT_SOCIAL_CARE.isTrue())
                .<Integer>asField("everywhere");
        return dsl.select(CQC_PROVIDER.PROVIDER_ID, CQC_PROVIDER.NAME, count(), locationsEverywhere,
                        listAgg(COUNCIL.NAME, ", ").withinGroupOrderBy(COUNCIL.NAME),
                        sum(when(CQC_LOCATION.CARE_HOME.isTrue(), CQC_LOCATION.BEDS).otherwise(0)))
                .from(CQC_LOCATION)
                .join(CQC_PROVIDER).on(CQC_PROVIDER.SNAPSHOT_ID.eq(CQC_LOCATION.SNAPSHOT_ID),
                        CQC_PROVIDER.PROVIDER_ID.eq(CQC_LOCATION.PROVIDER_ID))
                .join(COUNCIL).on(COUNCIL.GSS_CODE.eq(CQC_LOCATION.COUNCIL_GSS))
                .where(inScope(CQC_LOCATION, snapshotId, councilGssCodes))
                .groupBy(CQC_PROVIDER.PROVIDER_ID, CQC_PROVIDER.NAME)
                .orderBy(CQC_PROVIDER.NAME)
                .fetch(r -> new ProviderSummary(r.value1(), r.value2(), r.value3(), r.value4(),
                        distinctCouncils(r.value5()), intOf(r.value6())));
    }

    private Long latestCqcSnapshot() {
        return dsl.select(SNAPSHOT.ID).from(SNAPSHOT)
                .where(SNAPSHOT.KIND.ne(SnapshotKind.REGISTER.name()))
                .orderBy(SNAPSHOT.DATA_DATE.desc(), SNAPSHOT.ID.desc())
                .limit(1)
                .fetchOne(SNAPSHOT.ID);
    }

    private static Condition inScope(CqcLocation location, long snapshotId, Set<String> councilGssCodes) {
        return location.SNAPSHOT_ID.eq(snapshotId)
                .and(location.ADULT_SOCIAL_CARE.isTrue())
                .and(location.COUNCIL_GSS.in(councilGssCodes));
    }

    /** LISTAGG repeats a council once per location; the screen wants each council once. */
    private static String distinctCouncils(String aggregated) {
        return aggregated == null ? "" : String.join(", ", new java.util.LinkedHashSet<>(List.of(aggregated.split(", "))));
    }

    private static int intOf(Number value) {
        return value == null ? 0 : value.intValue();
    }
}
