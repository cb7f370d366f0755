package org.irwatch.data.snapshot;

import static org.irwatch.data.jooq.Tables.COUNCIL;
import static org.irwatch.data.jooq.Tables.SNAPSHOT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.cqc.CareLocation;
import org.irwatch.core.cqc.CareProvider;
import org.irwatch.core.market.CqcColumn;
import org.irwatch.core.register.SponsorOrganisation;
import org.irwatch.core.snapshot.SnapshotKind;
import org.jooq.DSLContext;

/**
 * Writes one snapshot and its rows inside the caller's transaction, with JDBC batches (national files have
 * 120,000 rows). The caller owns the transaction, so a failure anywhere leaves nothing behind.
 */
public final class SnapshotWriter {

    private static final int BATCH = 5_000;

    private final DSLContext tx;

    public SnapshotWriter(DSLContext transactionContext) {
        this.tx = transactionContext;
    }

    /** Header of a snapshot about to be written. */
    public record Header(SnapshotKind kind, String sourceName, String sha256, LocalDate dataDate, Instant importedAt,
                         boolean demo) {
    }

    public long writeRegister(Header header, List<SponsorOrganisation> organisations, ProgressListener progress) {
        int rows = organisations.stream().mapToInt(o -> o.licences().size()).sum();
        PreparedSnapshotStore.Preparing prepared = PreparedSnapshotStore.prepareWhileWriting(organisations);
        try {
            long snapshotId = insertHeader(header, rows, organisations.size(), 0, 0);
            tx.connection(connection -> {
                insertSponsors(connection, snapshotId, organisations, progress);
                keep(connection, snapshotId, prepared, progress);
            });
            return snapshotId;
        } finally {
            prepared.abandon(); // when the writing failed or was cancelled; done already otherwise
        }
    }

    /** @param columnsHeld the optional columns the file had, kept so figures from a missing one say so */
    public long writeCqc(Header header, int rows, List<CareProvider> providers, List<CareLocation> locations,
                         Set<CqcColumn> columnsHeld, ProgressListener progress) {
        PreparedSnapshotStore.Preparing prepared = PreparedSnapshotStore.prepareWhileWriting(
                careProviderEntries(providers, locations));
        try {
            long snapshotId = insertHeader(header, rows, 0, providers.size(), locations.size());
            tx.update(SNAPSHOT)
                    .set(SNAPSHOT.HOLDS_BEDS, columnsHeld.contains(CqcColumn.BEDS))
                    .set(SNAPSHOT.HOLDS_RATINGS, columnsHeld.contains(CqcColumn.RATINGS))
                    .where(SNAPSHOT.ID.eq(snapshotId))
                    .execute();
            tx.connection(connection -> {
                insertProviders(connection, snapshotId, providers);
                insertLocations(connection, snapshotId, locations, progress);
                keep(connection, snapshotId, prepared, progress);
            });
            return snapshotId;
        } finally {
            prepared.abandon(); // when the writing failed or was cancelled; done already otherwise
        }
    }

    /** Keeps what was prepared beside the writing, once it is done; a cancel asked meanwhile still stops the import. */
    private static void keep(Connection connection, long snapshotId, PreparedSnapshotStore.Preparing prepared,
                             ProgressListener progress) throws SQLException {
        progress.progress("Preparing the names for matching", 0, -1);
        Optional<byte[]> encoded = prepared.encoded();
        if (encoded.isPresent()) {
            PreparedSnapshotStore.write(connection, snapshotId, encoded.get());
        }
        progress.checkCancelled();
    }

    /** The providers matching will compare, gathered as a match reads them back from these rows. */
    private CareProviderEntries careProviderEntries(List<CareProvider> providers, List<CareLocation> locations) {
        Map<String, String> councils = tx.select(COUNCIL.GSS_CODE, COUNCIL.NAME).from(COUNCIL)
                .fetchMap(COUNCIL.GSS_CODE, COUNCIL.NAME);
        CareProviderEntries entries = new CareProviderEntries();
        for (CareLocation location : locations) {
            if (location.adultSocialCare()) {
                entries.location(location.providerId(), location.name(), location.town(),
                        location.councilGssCode() == null ? null : councils.get(location.councilGssCode()));
            }
        }
        for (CareProvider provider : providers) {
            entries.provider(provider.providerId(), provider.name(), provider.brandName());
        }
        return entries;
    }

    private long insertHeader(Header header, int rows, int organisations, int providers, int locations) {
        return tx.insertInto(SNAPSHOT)
                .set(SNAPSHOT.KIND, header.kind().name())
                .set(SNAPSHOT.SOURCE_NAME, header.sourceName())
                .set(SNAPSHOT.SHA256, header.sha256())
                .set(SNAPSHOT.DATA_DATE, header.dataDate())
                .set(SNAPSHOT.IMPORTED_AT, header.importedAt().atOffset(ZoneOffset.UTC))
                .set(SNAPSHOT.ROW_COUNT, rows)
                .set(SNAPSHOT.ORGANISATION_COUNT, organisations)
                .set(SNAPSHOT.PROVIDER_COUNT, providers)
                .set(SNAPSHOT.LOCATION_COUNT, locations)
                .set(SNAPSHOT.DEMO, header.demo())
                .returningResult(SNAPSHOT.ID)
                .fetchOne()
                .value1();
    }

    private static void insertSponsors(Connection connection, long snapshotId, List<SponsorOrganisation> organisations,
                                       ProgressListener progress) throws SQLException {
        try (PreparedStatement sponsor = connection.prepareStatement(
                "INSERT INTO sponsor (id, snapshot_id, name, town, county, org_key, ratings, routes, licences) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (SponsorOrganisation organisation : organisations) {
                sponsor.setLong(1, SnapshotRows.id(snapshotId, seq));
                sponsor.setLong(2, snapshotId);
                sponsor.setString(3, organisation.name());
                sponsor.setString(4, organisation.town());
                sponsor.setString(5, organisation.county());
                sponsor.setString(6, organisation.key());
                sponsor.setString(7, organisation.ratingSummary());
                sponsor.setString(8, organisation.routeSummary());
                sponsor.setString(9, LicenceCodec.encode(organisation.licences()));
                sponsor.addBatch();
                if (++seq % BATCH == 0) {
                    sponsor.executeBatch();
                    progress.progress("Saving organisations", seq, organisations.size());
                    progress.checkCancelled();
                }
            }
            sponsor.executeBatch();
        }
    }

    private static void insertProviders(Connection connection, long snapshotId, List<CareProvider> providers)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO cqc_provider (id, snapshot_id, provider_id, name, companies_house_number, brand_name) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (CareProvider provider : providers) {
                insert.setLong(1, SnapshotRows.id(snapshotId, seq++));
                insert.setLong(2, snapshotId);
                insert.setString(3, provider.providerId());
                insert.setString(4, provider.name());
                insert.setString(5, provider.companiesHouseNumber());
                insert.setString(6, provider.brandName());
                insert.addBatch();
                if (seq % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void insertLocations(Connection connection, long snapshotId, List<CareLocation> locations,
                                        ProgressListener progress) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO cqc_location (id, snapshot_id, location_id, provider_id, name, address, town, postcode, "
                        + "council_gss, service_types, adult_social_care, care_home, home_care, beds, overall_rating, "
                        + "latitude, longitude) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int done = 0;
            for (CareLocation location : locations) {
                insert.setLong(1, SnapshotRows.id(snapshotId, done));
                insert.setLong(2, snapshotId);
                insert.setString(3, location.locationId());
                insert.setString(4, location.providerId());
                insert.setString(5, location.name());
                insert.setString(6, location.address());
                insert.setString(7, location.town());
                insert.setString(8, location.postcode());
                insert.setString(9, location.councilGssCode());
                insert.setString(10, String.join("|", location.serviceTypes()));
                insert.setBoolean(11, location.adultSocialCare());
                insert.setBoolean(12, location.careHome());
                insert.setBoolean(13, location.homeCare());
                if (location.beds() == null) {
                    insert.setNull(14, Types.INTEGER);
                } else {
                    insert.setInt(14, location.beds());
                }
                insert.setString(15, location.rating().name());
                if (location.point() == null) {
                    insert.setNull(16, Types.DOUBLE);
                    insert.setNull(17, Types.DOUBLE);
                } else {
                    insert.setDouble(16, location.point().latitude());
                    insert.setDouble(17, location.point().longitude());
                }
                insert.addBatch();
                if (++done % BATCH == 0) {
                    insert.executeBatch();
                    progress.progress("Saving locations", done, locations.size());
                    progress.checkCancelled();
                }
            }
            insert.executeBatch();
        }
    }
}
