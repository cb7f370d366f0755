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
import org.irwatch.core.matching.PreparedRegisterCodec;
import org.irwatch.core.matching.SponsorEntry;
import org.irwatch.core.register.SponsorOrganisation;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A register snapshot's organisations as matching prepares them, kept in {@code prepared_register} (ADR 0047):
 * written in the import's transaction, read by a match instead of every row. Only the build that wrote them reads
 * them; only the two newest register snapshots (the two a match may start from) keep theirs.
 */
public final class PreparedRegisterStore {

    private static final Logger LOG = LoggerFactory.getLogger(PreparedRegisterStore.class);
    private static final String PRUNE = "DELETE FROM prepared_register WHERE snapshot_id NOT IN (SELECT id FROM"
            + " snapshot WHERE kind = 'REGISTER' ORDER BY data_date DESC, id DESC FETCH FIRST 2 ROWS ONLY)";

    private PreparedRegisterStore() {
    }

    /**
     * Starts preparing and encoding the organisations of a register being imported, on a thread of its own, so that
     * it runs on the core the import's writing leaves free (one thread: a second would take the writer's core).
     * Prepares nothing when this build keeps nothing (no build stamp).
     */
    public static Preparing prepareWhileWriting(List<SponsorOrganisation> organisations) {
        return new Preparing(PreparedRegisterCodec.BUILD_STAMP.isEmpty() ? List.of() : organisations);
    }

    /** A register's organisations being prepared beside the import that writes them. */
    public static final class Preparing {
        private final AtomicBoolean abandoned = new AtomicBoolean();
        private final CompletableFuture<byte[]> encoded;

        private Preparing(List<SponsorOrganisation> organisations) {
            encoded = organisations.isEmpty() ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.supplyAsync(() -> encode(organisations), Thread::startVirtualThread);
        }

        private byte[] encode(List<SponsorOrganisation> organisations) {
            PreparedRegisterCodec.Encoder encoder = new PreparedRegisterCodec.Encoder(organisations.size());
            for (SponsorOrganisation o : organisations) {
                if (abandoned.get()) {
                    return null;
                }
                encoder.add(SponsorEntry.of(o.key(), o.name(), o.town(), o.county()));
            }
            return encoder.bytes();
        }

        /**
         * The encoding, once ready; empty when nothing was prepared, or preparing failed: the import goes on without
         * it (it is derived data), and the first match prepares from the rows instead and keeps that.
         */
        public Optional<byte[]> encoded() {
            try {
                return Optional.ofNullable(encoded.join());
            } catch (CompletionException | CancellationException e) {
                LOG.warn("The register's names were not prepared for matching; the first match will prepare them",
                        e.getCause() == null ? e : e.getCause());
                return Optional.empty();
            }
        }

        /** Stops the preparing when the import fails or is cancelled: nobody will read what it makes. */
        public void abandon() {
            abandoned.set(true);
        }
    }

    /** Keeps the encoded organisations of a snapshot, in the caller's transaction, and lets older ones go. */
    public static void write(Connection connection, long snapshotId, byte[] encoded) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "MERGE INTO prepared_register (snapshot_id, build, entries) KEY (snapshot_id) VALUES (?, ?, ?)")) {
            insert.setLong(1, snapshotId);
            insert.setString(2, PreparedRegisterCodec.BUILD_STAMP);
            insert.setBytes(3, encoded);
            insert.executeUpdate();
        }
        try (Statement prune = connection.createStatement()) {
            prune.executeUpdate(PRUNE);
        }
    }

    /** The snapshot's prepared organisations, when this build wrote them. */
    public static Optional<List<SponsorEntry>> read(DSLContext dsl, long snapshotId) {
        if (PreparedRegisterCodec.BUILD_STAMP.isEmpty()) {
            return Optional.empty();
        }
        return dsl.connectionResult(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT build, entries FROM prepared_register WHERE snapshot_id = ?")) {
                select.setLong(1, snapshotId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next() || !PreparedRegisterCodec.BUILD_STAMP.equals(row.getString(1))) {
                        return Optional.empty();
                    }
                    return Optional.of(PreparedRegisterCodec.decode(exactly(row.getBlob(2))));
                }
            } catch (IllegalArgumentException e) {
                LOG.warn("The prepared register of snapshot {} could not be read ({}); its rows are read instead",
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
            throw new SQLException("The prepared register could not be read", e);
        } finally {
            value.free();
        }
    }

    /**
     * Keeps what a match prepared from the rows of a snapshot written by another build (or before ADR 0047), so the
     * next match reads it; a failure only costs that next match the time to prepare again.
     */
    public static void keep(DSLContext dsl, long snapshotId, List<SponsorEntry> prepared) {
        if (PreparedRegisterCodec.BUILD_STAMP.isEmpty()) {
            return;
        }
        try {
            byte[] encoded = PreparedRegisterCodec.encode(prepared);
            dsl.transaction(configuration -> configuration.dsl().connection(
                    connection -> write(connection, snapshotId, encoded)));
        } catch (RuntimeException e) {
            LOG.warn("The prepared register of snapshot {} was not kept: {}", snapshotId, e.toString());
        }
    }
}
