package org.irwatch.data.matching;

import static org.irwatch.data.jooq.Tables.COUNCIL;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irwatch.core.matching.MatchInputs;
import org.irwatch.core.matching.PreparedNamesCodec;
import org.irwatch.core.matching.ProviderEntry;
import org.irwatch.core.matching.RegisterChanges;
import org.irwatch.core.matching.RegisterDelta;
import org.irwatch.core.matching.SponsorEntry;
import org.irwatch.core.matching.StoredSponsor;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotRepository;
import org.irwatch.core.snapshot.SnapshotSource;
import org.irwatch.data.snapshot.CareProviderEntries;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.snapshot.PreparedSnapshotStore;
import org.irwatch.data.snapshot.RecentRegister;
import org.irwatch.data.snapshot.SnapshotRows;
import org.jooq.DSLContext;

/** The latest register and CQC snapshots, read by key range and grouped in Java (ADR 0014). */
public final class JooqMatchInputs implements MatchInputs {

    private static final String REGISTER_ROWS =
            "SELECT org_key, name, town, county FROM sponsor WHERE id BETWEEN ? AND ?";

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

    /** By plain JDBC, streamed: a jOOQ fetch held every row as a record before one was used. */
    @Override
    public List<StoredSponsor> registerRows(long snapshot) {
        List<StoredSponsor> rows = new ArrayList<>(130_000);
        SnapshotRows.scan(dsl, REGISTER_ROWS, snapshot, row -> rows.add(sponsor(row)));
        return rows;
    }

    /** Kept prepared with the snapshot when this build imported it (ADR 0047); else prepared here, and kept. */
    @Override
    public List<SponsorEntry> preparedRegister(long snapshot) {
        return PreparedSnapshotStore.readRegister(dsl, snapshot).orElseGet(() -> {
            List<SponsorEntry> prepared = MatchInputs.super.preparedRegister(snapshot);
            PreparedSnapshotStore.keep(dsl, snapshot, () -> PreparedNamesCodec.encode(prepared));
            return prepared;
        });
    }

    private static StoredSponsor sponsor(ResultSet row) throws SQLException {
        return new StoredSponsor(row.getString(1), row.getString(2), row.getString(3), row.getString(4));
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
        SnapshotRows.scan(dsl, REGISTER_ROWS, snapshot, row -> {
            if (!changes.stays(row.getString(1))) {
                changes.arrives(sponsor(row));
            }
        });
        return changes.delta();
    }

    /** Kept prepared with the snapshot when this build imported it (ADR 0047); else read, prepared, and kept. */
    @Override
    public List<ProviderEntry> careProviders() {
        Long snapshot = latestCqcSnapshot();
        if (snapshot == null) {
            return List.of();
        }
        return PreparedSnapshotStore.readProviders(dsl, snapshot).orElseGet(() -> {
            List<ProviderEntry> providers = careProvidersFromRows(snapshot);
            PreparedSnapshotStore.keep(dsl, snapshot, () -> PreparedNamesCodec.encodeProviders(providers));
            return providers;
        });
    }

    /** By plain JDBC, streamed, as the register's rows. */
    private List<ProviderEntry> careProvidersFromRows(long snapshot) {
        Map<String, String> councils = dsl.select(COUNCIL.GSS_CODE, COUNCIL.NAME).from(COUNCIL)
                .fetchMap(COUNCIL.GSS_CODE, COUNCIL.NAME);
        CareProviderEntries providers = new CareProviderEntries();
        SnapshotRows.scan(dsl, "SELECT provider_id, name, town, council_gss FROM cqc_location"
                + " WHERE id BETWEEN ? AND ? AND adult_social_care", snapshot,
                row -> providers.location(row.getString(1), row.getString(2), row.getString(3),
                        councils.get(row.getString(4))));
        SnapshotRows.scan(dsl, "SELECT provider_id, name, brand_name FROM cqc_provider WHERE id BETWEEN ? AND ?",
                snapshot, row -> providers.provider(row.getString(1), row.getString(2), row.getString(3)));
        return providers.prepared();
    }
}
