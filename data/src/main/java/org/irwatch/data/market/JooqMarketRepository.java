package org.irwatch.data.market;

import static org.irwatch.data.jooq.Tables.COUNCIL;
import static org.irwatch.data.jooq.Tables.CQC_LOCATION;
import static org.irwatch.data.jooq.Tables.CQC_PROVIDER;
import static org.irwatch.data.jooq.Tables.SPONSOR;
import static org.jooq.impl.DSL.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.market.MarketRepository;
import org.irwatch.core.market.ProviderLocation;
import org.irwatch.core.market.ProviderSummary;
import org.irwatch.core.market.RegisterEntry;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotRepository;
import org.irwatch.core.snapshot.SnapshotSource;
import org.irwatch.data.jooq.tables.CqcLocation;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.snapshot.SnapshotRows;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Provider lists from the newest CQC snapshot, adult social care locations only; single register organisations
 * from the newest register snapshot.
 */
public final class JooqMarketRepository implements MarketRepository {

    private final DSLContext dsl;
    private final SnapshotRepository snapshots;

    public JooqMarketRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.snapshots = new JooqSnapshotRepository(dsl);
    }

    /**
     * Grouped in SQL over the snapshot's key range, joined in Java: H2 joins by nested loops, and provider rows
     * are not indexed by provider ID (an index would slow every import).
     */
    @Override
    public List<ProviderSummary> providers(Set<String> councilGssCodes) {
        Long snapshotId = latest(SnapshotSource.CQC);
        if (snapshotId == null) {
            return List.of();
        }
        Map<String, Integer> everywhere = dsl.select(CQC_LOCATION.PROVIDER_ID, count())
                .from(CQC_LOCATION)
                .where(SnapshotRows.of(CQC_LOCATION.ID, snapshotId), CQC_LOCATION.ADULT_SOCIAL_CARE.isTrue())
                .groupBy(CQC_LOCATION.PROVIDER_ID)
                .fetchMap(CQC_LOCATION.PROVIDER_ID, count());
        Map<String, String> councilNames = dsl.select(COUNCIL.GSS_CODE, COUNCIL.NAME).from(COUNCIL)
                .fetchMap(COUNCIL.GSS_CODE, COUNCIL.NAME);
        Map<String, InScope> inScope = new HashMap<>();
        dsl.select(CQC_LOCATION.PROVIDER_ID, CQC_LOCATION.COUNCIL_GSS, CQC_LOCATION.CARE_HOME, CQC_LOCATION.BEDS)
                .from(CQC_LOCATION)
                .where(inScope(CQC_LOCATION, snapshotId, councilGssCodes))
                .forEach(r -> inScope.computeIfAbsent(r.value1(), id -> new InScope()).add(
                        councilNames.get(r.value2()), Boolean.TRUE.equals(r.value3()) && r.value4() != null ? r.value4() : 0));
        if (inScope.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = dsl.select(CQC_PROVIDER.PROVIDER_ID, CQC_PROVIDER.NAME)
                .from(CQC_PROVIDER)
                .where(SnapshotRows.of(CQC_PROVIDER.ID, snapshotId), CQC_PROVIDER.PROVIDER_ID.in(inScope.keySet()))
                .fetchMap(CQC_PROVIDER.PROVIDER_ID, CQC_PROVIDER.NAME);
        List<ProviderSummary> providers = new ArrayList<>(inScope.size());
        inScope.forEach((id, scope) -> providers.add(new ProviderSummary(id, names.getOrDefault(id, id),
                scope.locations, everywhere.getOrDefault(id, scope.locations), String.join(", ", scope.councils),
                scope.beds)));
        providers.sort(Comparator.comparing((ProviderSummary p) -> p.name().toLowerCase(Locale.ROOT))
                .thenComparing(ProviderSummary::providerId));
        return providers;
    }

    /** One provider's rows: a scan of the snapshot's key range, quick enough for the one provider a reviewer opens. */
    @Override
    public List<ProviderLocation> locationsOf(String providerId) {
        Long snapshotId = latest(SnapshotSource.CQC);
        if (snapshotId == null) {
            return List.of();
        }
        Map<String, String> councilNames = dsl.select(COUNCIL.GSS_CODE, COUNCIL.NAME).from(COUNCIL)
                .fetchMap(COUNCIL.GSS_CODE, COUNCIL.NAME);
        return dsl.select(CQC_LOCATION.LOCATION_ID, CQC_LOCATION.NAME, CQC_LOCATION.TOWN, CQC_LOCATION.COUNCIL_GSS,
                        CQC_LOCATION.OVERALL_RATING)
                .from(CQC_LOCATION)
                .where(SnapshotRows.of(CQC_LOCATION.ID, snapshotId), CQC_LOCATION.ADULT_SOCIAL_CARE.isTrue(),
                        CQC_LOCATION.PROVIDER_ID.eq(providerId))
                .orderBy(CQC_LOCATION.NAME, CQC_LOCATION.LOCATION_ID)
                .fetch(r -> new ProviderLocation(r.value1(), r.value2(), r.value3() == null ? "" : r.value3(),
                        councilNames.getOrDefault(r.value4(), ""), OverallRating.valueOf(r.value5())));
    }

    @Override
    public Optional<RegisterEntry> registerEntry(String organisationKey) {
        Long snapshotId = latest(SnapshotSource.REGISTER);
        if (snapshotId == null) {
            return Optional.empty();
        }
        return dsl.select(SPONSOR.ORG_KEY, SPONSOR.NAME, SPONSOR.TOWN, SPONSOR.COUNTY, SPONSOR.RATINGS, SPONSOR.ROUTES)
                .from(SPONSOR)
                .where(SnapshotRows.of(SPONSOR.ID, snapshotId), SPONSOR.ORG_KEY.eq(organisationKey))
                .limit(1)
                .fetchOptional(r -> new RegisterEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()));
    }

    /** A provider's locations in the chosen area. */
    private static final class InScope {
        private final Set<String> councils = new TreeSet<>();
        private int locations;
        private int beds;

        void add(String council, int careHomeBeds) {
            locations++;
            beds += careHomeBeds;
            if (council != null) {
                councils.add(council);
            }
        }
    }

    private Long latest(SnapshotSource source) {
        return snapshots.latest(source).map(Snapshot::id).orElse(null);
    }

    private static Condition inScope(CqcLocation location, long snapshotId, Set<String> councilGssCodes) {
        return SnapshotRows.of(location.ID, snapshotId)
                .and(location.ADULT_SOCIAL_CARE.isTrue())
                .and(location.COUNCIL_GSS.in(councilGssCodes));
    }
}
