package org.irwatch.data.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.irwatch.core.common.UserFacingException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database of one data folder, migrated by Flyway on open when its schema is neither this build's nor
 * new (a new one is given this build's schema directly, as Flyway would make it). One process at a time owns a data
 * folder: a lock file says so, so a second IR Watch gets a sentence instead of H2's "file is locked" trace.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String DATABASE_NAME = "irwatch";
    private static final String LOCK_FILE = "irwatch.lock";
    /**
     * Below this share of the file's chunks holding live data, closing compacts the file. Not a half: an import
     * leaves about half of the file in chunks wholly dead (written before its commit), which H2 reuses by itself.
     */
    private static final int MIN_CHUNKS_FILL_PERCENT = 25;
    /** A small file is not worth rewriting: a new folder's first commands leave it half free. */
    private static final long MIN_COMPACTED_BYTES = 16L * 1024 * 1024;
    /**
     * Folders this process has open. Checked before touching the lock file: closing a second channel on it would
     * release this process's lock (POSIX locks belong to the process), letting another IR Watch in.
     */
    private static final Set<Path> OPEN_FOLDERS = ConcurrentHashMap.newKeySet();

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final String location;
    private final Path folder;

    private Database(String url, String location, Path folder, FileChannel lockChannel, FileLock lock) {
        this.folder = folder;
        this.pool = JdbcConnectionPool.create(url, "irwatch", "");
        this.pool.setMaxConnections(8);
        this.location = location;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /** Opens (creating when new) the database in {@code folder} and brings its schema up to date. */
    public static Database open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserFacingException("IR Watch cannot create its data folder " + folder
                    + ". Check that the folder can be written, or choose another with --data-dir.", e);
        }
        Path key = canonical(folder);
        if (!OPEN_FOLDERS.add(key)) {
            throw alreadyInUse(folder);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw alreadyInUse(folder);
            }
            String url = "jdbc:h2:file:" + folder.resolve(DATABASE_NAME).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE"
                    // Results of national size stay in memory (H2 spills above 40,000 rows by default); a larger cache.
                    + ";MAX_MEMORY_ROWS=1000000;CACHE_SIZE=131072"
                    // No rewriting of part-free chunks in the background: it spent the command after an import
                    // rewriting that import's leftovers; closing compacts a mostly free file instead (ADR 0043).
                    + ";AUTO_COMPACT_FILL_RATE=0";
            Database database = new Database(url, folder.toString(), key, channel, lock);
            try {
                database.migrate();
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (OverlappingFileLockException e) {
            OPEN_FOLDERS.remove(key);
            closeQuietly(channel);
            throw alreadyInUse(folder);
        } catch (IOException e) {
            OPEN_FOLDERS.remove(key);
            closeQuietly(channel);
            throw new UserFacingException("IR Watch cannot open its data folder " + folder + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            OPEN_FOLDERS.remove(key);
            closeQuietly(channel);
            throw e;
        }
    }

    /** A fresh private in-memory database, migrated; for tests and throw-away work. */
    public static Database inMemory() {
        Database database = new Database("jdbc:h2:mem:irwatch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "in memory", null, null, null);
        database.migrate();
        return database;
    }

    private static UserFacingException alreadyInUse(Path folder) {
        return new UserFacingException("IR Watch is already open on the data folder " + folder
                + ". Close the other IR Watch window or wait for the other command to finish, "
                + "or use --data-dir to work on another folder.");
    }

    private void migrate() {
        if (isSchemaThisBuildsOrMadeNow()) {
            return;
        }
        try {
            flyway(pool).migrate();
        } catch (org.flywaydb.core.api.exception.FlywayValidateException e) {
            // The folder's schema history does not match this build's migrations: another (development or newer)
            // build of IR Watch made it. Say so instead of a stack trace, and change nothing.
            throw new UserFacingException("The database in " + location + " was made by a different version of "
                    + "IR Watch, and this version cannot safely use it. Nothing was changed. Use the version that "
                    + "made it, or move that folder aside (or choose another with --data-dir) to start afresh.", e);
        }
    }

    /** Flyway as every data folder is migrated by it. */
    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
    }

    /**
     * Whether the schema is exactly this build's, so Flyway would find nothing to do (ADR 0041), or the database was
     * new and now has this build's schema as Flyway would have made it (ADR 0044).
     */
    private boolean isSchemaThisBuildsOrMadeNow() {
        try (Connection connection = pool.getConnection()) {
            return AppliedMigrations.areThisBuilds(connection) || FreshSchema.createIn(connection);
        } catch (SQLException e) {
            LOG.debug("Schema history not read; Flyway looks at it", e);
            return false;
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public String location() {
        return location;
    }

    /** The version of the newest migration applied, e.g. "2". */
    public String schemaVersion() {
        var history = DSL.table(DSL.name("flyway_schema_history"));
        var version = DSL.field(DSL.name("version"), String.class);
        var rank = DSL.field(DSL.name("installed_rank"), Integer.class);
        return dsl.select(version).from(history)
                .where(DSL.field(DSL.name("success"), Boolean.class).isTrue(), version.isNotNull())
                .orderBy(rank.desc()).limit(1)
                .fetchOne(version);
    }

    @Override
    public void close() {
        if (folder != null) {
            compactWhenMostlyFree();
        }
        // Closing the pool closes the last connection, and H2 closes the database file with it.
        pool.dispose();
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.debug("Lock release failed", e);
        }
        closeQuietly(lockChannel);
        if (folder != null) {
            OPEN_FOLDERS.remove(folder);
        }
    }

    /**
     * H2 reuses a file's freed space slowly, so a folder whose rows are replaced grew with every run; when less than
     * a quarter of the file's chunks hold live data, closing rewrites a file of more than 16 MB whole (about half a
     * second at national size). A run's own dead chunks count as live until they age, so the close after it acts.
     */
    private void compactWhenMostlyFree() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet info = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM "
                     + "INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('info.CHUNKS_FILL_RATE', 'info.FILE_SIZE')")) {
            long fillPercent = Long.MAX_VALUE;
            long fileBytes = 0;
            while (info.next()) {
                long value = Long.parseLong(info.getString(2).strip());
                if (info.getString(1).equals("info.FILE_SIZE")) {
                    fileBytes = value;
                } else {
                    fillPercent = value;
                }
            }
            if (fileBytes > MIN_COMPACTED_BYTES && fillPercent < MIN_CHUNKS_FILL_PERCENT) {
                statement.execute("SHUTDOWN COMPACT");
            }
        } catch (SQLException | NumberFormatException e) {
            LOG.debug("The data file was not compacted on close", e);
        }
    }

    private static Path canonical(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("Lock file close failed", e);
            }
        }
    }
}
