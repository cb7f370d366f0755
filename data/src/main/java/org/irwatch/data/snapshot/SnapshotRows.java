package org.irwatch.data.snapshot;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import static org.irwatch.data.jooq.Tables.CQC_LOCATION;
import static org.irwatch.data.jooq.Tables.CQC_PROVIDER;
import static org.irwatch.data.jooq.Tables.SPONSOR;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The rows of a snapshot are one range of their table's primary key: id = snapshot id x 10,000,000 + the row's
 * number within the snapshot (migration V2 says why). Reads and deletes go by that range.
 */
public final class SnapshotRows {

    /** More rows than any register or CQC file will have (the national register has about 120,000). */
    public static final long PER_SNAPSHOT = 10_000_000L;
    /** Fewer rows than this are read by one reader: a thread and a connection cost more than they save. */
    private static final long MIN_ROWS_A_PART = 20_000;

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
        scan(dsl, select, first(snapshotId), last(snapshotId), reader);
    }

    private static void scan(DSLContext dsl, String select, long fromId, long toId, RowReader reader) {
        dsl.connection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(select)) {
                query.setLong(1, fromId);
                query.setLong(2, toId);
                query.setFetchSize(10_000);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        });
    }

    /** Maps one row of a {@link #scanInParts}. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /**
     * As {@link #scan}, the rows mapped and returned in key order, but read in as many key ranges as there are cores,
     * side by side on connections of their own: H2 decodes rows on the reading thread, so one reader keeps one core
     * busy and the others idle.
     */
    public static <T> List<T> scanInParts(DSLContext dsl, TableField<?, Long> id, String select, long snapshotId,
                                          RowMapper<T> mapper) {
        return scanInParts(dsl, id, select, snapshotId, mapper, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #scanInParts(DSLContext, TableField, String, long, RowMapper)}, in at most {@code cores} parts. */
    static <T> List<T> scanInParts(DSLContext dsl, TableField<?, Long> id, String select, long snapshotId,
                                   RowMapper<T> mapper, int cores) {
        Long lastId = dsl.select(DSL.max(id)).from(id.getTable()).where(of(id, snapshotId)).fetchOne(0, Long.class);
        if (lastId == null) {
            return List.of();
        }
        long first = first(snapshotId);
        long rows = lastId - first + 1;
        int parts = (int) Math.max(1, Math.min(cores, rows / MIN_ROWS_A_PART));
        return IntStream.range(0, parts).parallel().mapToObj(part -> {
            List<T> mapped = new ArrayList<>((int) (rows / parts) + 1);
            scan(dsl, select, first + rows * part / parts, first + rows * (part + 1) / parts - 1,
                    row -> mapped.add(mapper.map(row)));
            return mapped;
        }).flatMap(List::stream).toList();
    }

    /** Deletes the rows of a snapshot from every table that holds them; call inside the snapshot's delete. */
    public static void delete(DSLContext tx, long snapshotId) {
        tx.deleteFrom(SPONSOR).where(of(SPONSOR.ID, snapshotId)).execute();
        tx.deleteFrom(CQC_PROVIDER).where(of(CQC_PROVIDER.ID, snapshotId)).execute();
        tx.deleteFrom(CQC_LOCATION).where(of(CQC_LOCATION.ID, snapshotId)).execute();
    }
}
