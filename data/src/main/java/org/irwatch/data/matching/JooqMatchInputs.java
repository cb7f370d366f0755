package org.irwatch.data.matching;

import static org.irwatch.data.jooq.Tables.COUNCIL;
import static org.irwatch.data.jooq.Tables.CQC_LOCATION;
import static org.irwatch.data.jooq.Tables.CQC_PROVIDER;
import static org.irwatch.data.jooq.Tables.SPONSOR;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.matching.MatchInputs;
import org.irwatch.core.matching.ProviderEntry;
import org.irwatch.core.matching.RegisterChanges;
import org.irwatch.core.matching.RegisterDelta;
import org.irwatch.core.matching.StoredSponsor;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotRepository;
import org.irwatch.core.snapshot.SnapshotSource;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.snapshot.RecentRegister;
import org.irwatch.data.snapshot.SnapshotRows;
import org.jooq.DSLContext;

/** The latest register and CQC snapshots, read by key range and grouped in Java (ADR 0014). */
public final class JooqMatchInputs implements MatchInputs {

    private final DSLContext dsl;
    private final SnapshotRepository snapshots;
    private final RecentRegister recentRegister;

    public JooqMatchInputs(DSLContext dsl) {
        this(dsl, new RecentRegister());
    }

    /** @param recentRegister the register snapshot this process imported last, read from memory when it is the newest */
    public JooqMatchInputs(DSLContext dsl, RecentRegister recentRegister) {
        this.dsl = dsl;
        this.snapshots = new JooqSnapshotRepository(dsl);
        this.recentRegister = recentRegister;
    }

    @Override
    public Long latestRegisterSnapshot() {
        return snapshots.latest(SnapshotSource.REGISTER).map(Snapshot::id).orElse(null);
    }

    @Override
    public Long latestCqcSnapshot() {
        return snapshots.latest(SnapshotSource.CQC).map(Snapshot::id).orElse(null);
    }

    @Override
    public Long previousRegisterSnapshot() {
        return snapshots.previous(SnapshotSource.REGISTER).map(Snapshot::id).orElse(null);
    }

    @Override
    public List<StoredSponsor> registerRows() {
        Long snapshot = latestRegisterSnapshot();
        return snapshot == null ? List.of() : registerRows(snapshot);
    }

    @Override
    public List<StoredSponsor> registerRows(long snapshot) {
        List<StoredSponsor> rows = new ArrayList<>(130_000);
        dsl.select(SPONSOR.ORG_KEY, SPONSOR.NAME, SPONSOR.TOWN, SPONSOR.COUNTY)
                .from(SPONSOR)
                .where(SnapshotRows.of(SPONSOR.ID, snapshot))
                .fetchSize(10_000)
                .forEach(r -> rows.add(new StoredSponsor(r.value1(), r.value2(), r.value3(), r.value4())));
        return rows;
    }

    /**
     * From memory when this process imported the snapshot; otherwise by plain JDBC, where the names of the ~99% of
     * rows whose key is known are never turned into strings.
     */
    @Override
    public RegisterDelta registerChangesFrom(RegisterChanges changes) {
        Long snapshot = latestRegisterSnapshot();
        if (snapshot == null) {
            return changes.delta();
        }
        Optional<List<StoredSponsor>> inMemory = recentRegister.rows(snapshot);
        if (inMemory.isPresent()) {
            for (StoredSponsor row : inMemory.get()) {
                if (!changes.stays(row.key())) {
                    changes.arrives(row);
                }
            }
            return changes.delta();
        }
        SnapshotRows.scan(dsl, "SELECT org_key, name, town, county FROM sponsor WHERE id BETWEEN ? AND ?", snapshot,
                row -> {
                    String key = row.getString(1);
                    if (!changes.stays(key)) {
                        changes.arrives(new StoredSponsor(key, row.getString(2), row.getString(3), row.getString(4)));
                    }
                });
        return changes.delta();
    }

    @Override
    public List<ProviderEntry> careProviders() {
        Long snapshot = latestCqcSnapshot();
        if (snapshot == null) {
            return List.of();
        }
        Map<String, String> councils = dsl.select(COUNCIL.GSS_CODE, COUNCIL.NAME).from(COUNCIL)
                .fetchMap(COUNCIL.GSS_CODE, COUNCIL.NAME);
        Map<String, Places> places = new LinkedHashMap<>();
        dsl.select(CQC_LOCATION.PROVIDER_ID, CQC_LOCATION.NAME, CQC_LOCATION.TOWN, CQC_LOCATION.COUNCIL_GSS)
                .from(CQC_LOCATION)
                .where(SnapshotRows.of(CQC_LOCATION.ID, snapshot), CQC_LOCATION.ADULT_SOCIAL_CARE.isTrue())
                .fetchSize(10_000)
                .forEach(r -> places.computeIfAbsent(r.value1(), id -> new Places())
                        .add(r.value2(), r.value3(), councils.get(r.value4())));
        Map<String, String[]> names = new HashMap<>();
        dsl.select(CQC_PROVIDER.PROVIDER_ID, CQC_PROVIDER.NAME, CQC_PROVIDER.BRAND_NAME)
                .from(CQC_PROVIDER)
                .where(SnapshotRows.of(CQC_PROVIDER.ID, snapshot))
                .forEach(r -> names.put(r.value1(), new String[] {r.value2(), r.value3()}));
        // Preparing names is the costly part: on all cores, in the order read.
        return new ArrayList<>(places.entrySet()).parallelStream().map(entry -> {
            String[] name = names.getOrDefault(entry.getKey(), new String[] {entry.getKey(), null});
            Places where = entry.getValue();
            return ProviderEntry.of(entry.getKey(), name[0], name[1], List.copyOf(where.locationNames),
                    List.copyOf(where.towns), List.copyOf(where.councils));
        }).toList();
    }

    /** Where one provider's adult social care locations are. */
    private static final class Places {
        private final Set<String> locationNames = new LinkedHashSet<>();
        private final Set<String> towns = new LinkedHashSet<>();
        private final Set<String> councils = new LinkedHashSet<>();

        void add(String locationName, String town, String council) {
            locationNames.add(locationName);
            if (town != null && !town.isBlank()) {
                towns.add(town);
            }
            if (council != null) {
                councils.add(council);
            }
        }
    }
}
