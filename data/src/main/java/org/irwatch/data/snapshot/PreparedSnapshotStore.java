package org.irwatch.data.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.irwatch.core.matching.PreparedNamesCodec;
import org.irwatch.core.matching.ProviderEntry;
import org.irwatch.core.matching.SponsorEntry;
import org.irwatch.core.register.SponsorOrganisation;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A snapshot's names as matching prepares them, kept in {@code prepared_snapshot} (ADR 0047): a register's
 * organisations, a CQC snapshot's providers. Written in the import's transaction, read by a match instead of every
 * row. Only the build that wrote them reads them; only the snapshots a match reads keep theirs: the two newest
 * registers (a first match may start from the older, ADR 0022) and the newest CQC data.
 */
public final class PreparedSnapshotStore {

    private static final Logger LOG = LoggerFactory.getLogger(PreparedSnapshotStore.class);
    private static final String PRUNE = "DELETE FROM prepared_snapshot WHERE snapshot_id NOT IN ("
            + "SELECT id FROM (SELECT id FROM snapshot WHERE kind = 'REGISTER' ORDER BY data_date DESC, id DESC"
            + " FETCH FIRST 2 ROWS ONLY) UNION "
            + "SELECT id FROM (SELECT id FROM snapshot WHERE kind <> 'REGISTER' ORDER BY data_date DESC, id DESC"
            + " FETCH FIRST 1 ROW ONLY))";

    private PreparedSnapshotStore() {
    }

    /**
     * Starts preparing and encoding the organisations of a register being imported, on a thread of its own, so that
     * it runs on the core the import's writing leaves free (one thread: a second would take the writer's core).
     * Prepares nothing when this build keeps nothing (no build stamp).
     */
    public static Preparing prepareWhileWriting(List<SponsorOrganisation> organisations) {
        if (PreparedNamesCodec.BUILD_STAMP.isEmpty() || organisations.isEmpty()) {
            return Preparing.NOTHING;
        }
        return new Preparing(stop -> {
            PreparedNamesCodec.Encoder encoder = new PreparedNamesCodec.Encoder(organisations.size());
            for (SponsorOrganisation o : organisations) {
                if (stop.getAsBoolean()) {
                    return null;
                }
                encoder.add(SponsorEntry.of(o.key(), o.name(), o.town(), o.county()));
            }
            return encoder.bytes();
        });
    }

    /** As for a register: the CQC providers matching compares, prepared beside the import that writes them. */
    public static Preparing prepareWhileWriting(CareProviderEntries providers) {
        if (PreparedNamesCodec.BUILD_STAMP.isEmpty() || providers.isEmpty()) {
            return Preparing.NOTHING;
        }
        return new Preparing(stop -> {
            PreparedNamesCodec.ProviderEncoder encoder = new PreparedNamesCodec.ProviderEncoder(providers.size());
            return providers.prepareEach(encoder::add, stop) ? encoder.bytes() : null;
        });
    }

    /** A snapshot's names being prepared beside the import that writes them. */
    public static final class Preparing {
        static final Preparing NOTHING = new Preparing(null);

        private final AtomicBoolean abandoned = new AtomicBoolean();
        private final CompletableFuture<byte[]> encoded;

        private Preparing(Function<BooleanSupplier, byte[]> encoding) {
            encoded = encoding == null ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.supplyAsync(() -> encoding.apply(abandoned::get), Thread::startVirtualThread);
        }

        /**
         * The encoding, once ready; empty when nothing was prepared, or preparing failed: the import goes on without
         * it (it is derived data), and the first match prepares from the rows instead and keeps that.
         */
        public Optional<byte[]> encoded() {
            try {
                return Optional.ofNullable(encoded.join());
            } catch (CompletionException | CancellationException e) {
                LOG.warn("The names were not prepared for matching; the first match will prepare them",
                        e.getCause() == null ? e : e.getCause());
                return Optional.empty();
            }
        }

        /** Stops the preparing when the import fails or is cancelled: nobody will read what it makes. */
        public void abandon() {
            abandoned.set(true);
        }
    }

    /** Keeps the encoded names of a snapshot, in the caller's transaction, and lets those no match reads go. */
    public static void write(Connection connection, long snapshotId, byte[] encoded) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "MERGE INTO prepared_snapshot (snapshot_id, build, entries) KEY (snapshot_id) VALUES (?, ?, ?)")) {
            insert.setLong(1, snapshotId);
            insert.setString(2, PreparedNamesCodec.BUILD_STAMP);
            insert.setBytes(3, encoded);
            insert.executeUpdate();
        }
        try (Statement prune = connection.createStatement()) {
            prune.executeUpdate(PRUNE);
        }
    }

    /** The register snapshot's prepared organisations, when this build wrote them. */
    public static Optional<List<SponsorEntry>> readRegister(DSLContext dsl, long snapshotId) {
        return read(dsl, snapshotId, PreparedNamesCodec::decode);
    }

    /** The CQC snapshot's prepared providers, when this build wrote them. */
    public static Optional<List<ProviderEntry>> readProviders(DSLContext dsl, long snapshotId) {
        return read(dsl, snapshotId, PreparedNamesCodec::decodeProviders);
    }

    private static <T> Optional<List<T>> read(DSLContext dsl, long snapshotId, Function<byte[], List<T>> decode) {
        if (PreparedNamesCodec.BUILD_STAMP.isEmpty()) {
            return Optional.empty();
        }
        return dsl.connectionResult(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT build, entries FROM prepared_snapshot WHERE snapshot_id = ?")) {
                select.setLong(1, snapshotId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next() || !PreparedNamesCodec.BUILD_STAMP.equals(row.getString(1))) {
                        return Optional.empty();
                    }
                    return Optional.of(decode.apply(exactly(row.getBlob(2))));
                }
            } catch (IllegalArgumentException e) {
                LOG.warn("The prepared names of snapshot {} could not be read ({}); its rows are read instead",
                        snapshotId, e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** The value's bytes in one array of its length (reading it whole made and dropped growing copies). */
    private static byte[] exactly(Blob value) throws SQLException {
        try (InputStream in = value.getBinaryStream()) {
            return in.readNBytes(Math.toIntExact(value.length()));
        } catch (IOException e) {
            throw new SQLException("The prepared names could not be read", e);
        } finally {
            value.free();
        }
    }

    /**
     * Keeps what a match prepared from the rows of a snapshot written by another build (or before ADR 0047), so the
     * next match reads it; a failure only costs that next match the time to prepare again.
     */
    public static void keep(DSLContext dsl, long snapshotId, java.util.function.Supplier<byte[]> encoding) {
        if (PreparedNamesCodec.BUILD_STAMP.isEmpty()) {
            return;
        }
        try {
            byte[] encoded = encoding.get();
            dsl.transaction(configuration -> configuration.dsl().connection(
                    connection -> write(connection, snapshotId, encoded)));
        } catch (RuntimeException e) {
            LOG.warn("The prepared names of snapshot {} were not kept: {}", snapshotId, e.toString());
        }
    }
}
