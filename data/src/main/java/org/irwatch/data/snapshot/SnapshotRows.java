package org.irwatch.data.snapshot;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import static org.irwatch.data.jooq.Tables.CQC_LOCATION;
import static org.irwatch.data.jooq.Tables.CQC_PROVIDER;
import static org.irwatch.data.jooq.Tables.SPONSOR;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * The rows of a snapshot are one range of their table's primary key: id = snapshot id x 10,000,000 + the row's
 * number within the snapshot (migration V2 says why). Reads and deletes go by that range.
 */
public final class SnapshotRows {

    /** More rows than any register or CQC file will have (the national register has about 120,000). */
    public static final long PER_SNAPSHOT = 10_000_000L;

    private SnapshotRows() {
    }

    public static long id(long snapshotId, int seq) {
        if (seq < 0 || seq >= PER_SNAPSHOT) {
            throw new IllegalArgumentException("Row " + seq + " is outside a snapshot's range");
        }
        return snapshotId * PER_SNAPSHOT + seq;
    }

    public static long first(long snapshotId) {
        return snapshotId * PER_SNAPSHOT;
    }

    public static long last(long snapshotId) {
        return snapshotId * PER_SNAPSHOT + PER_SNAPSHOT - 1;
    }

    /** The rows of one snapshot, as a primary-key range condition. */
    public static Condition of(Field<Long> id, long snapshotId) {
        return id.between(first(snapshotId), last(snapshotId));
    }

    /** Reads one row of a {@link #scan}. */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Runs {@code select}, whose first two parameters are the range (it reads "... WHERE id BETWEEN ? AND ?", and may
     * go on with "AND ..."), over one snapshot's rows by plain JDBC, handing each row to {@code reader}. A national
     * snapshot is over 100,000 rows, and record mapping would cost more than the work done with them.
     */
    public static void scan(DSLContext dsl, String select, long snapshotId, RowReader reader) {
        dsl.connection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(select)) {
                query.setLong(1, first(snapshotId));
                query.setLong(2, last(snapshotId));
                query.setFetchSize(10_000);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        });
    }

    /** Deletes the rows of a snapshot from every table that holds them; call inside the snapshot's delete. */
    public static void delete(DSLContext tx, long snapshotId) {
        tx.deleteFrom(SPONSOR).where(of(SPONSOR.ID, snapshotId)).execute();
        tx.deleteFrom(CQC_PROVIDER).where(of(CQC_PROVIDER.ID, snapshotId)).execute();
        tx.deleteFrom(CQC_LOCATION).where(of(CQC_LOCATION.ID, snapshotId)).execute();
        tx.execute("DELETE FROM prepared_snapshot WHERE snapshot_id = ?", snapshotId);
    }
}
