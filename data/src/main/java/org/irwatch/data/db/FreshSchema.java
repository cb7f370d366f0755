package org.irwatch.data.db;

import java.io.StringReader;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.util.ScriptReader;
import org.irwatch.data.db.AppliedMigrations.Script;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new database's schema made without starting Flyway, whose set-up was half a second of every first command on a
 * new folder: this build's migration scripts run in version order with plain JDBC, and Flyway's history table is
 * written as Flyway writes it on H2, so Flyway later finds every migration applied
 * (docs/decisions/0044-new-folder-schema-without-flyway.md). Any database that is not new, or a script Flyway would
 * read differently, is left to Flyway.
 */
final class FreshSchema {

    private static final Logger LOG = LoggerFactory.getLogger(FreshSchema.class);
    /** The script names read here as Flyway reads them; any other (V1_1__, V01__, V2__a.b) is left to Flyway. */
    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__(\\w+)\\.sql");
    private static final String HISTORY = "\"PUBLIC\".\"flyway_schema_history\"";
    /**
     * Objects beyond those of a new H2 database (its two schemas, its one user, the PUBLIC role). Any table, a history
     * among them, leaves the database to Flyway; none at all makes dropping every object an exact undo.
     */
    private static final String OBJECTS_BEYOND_NEW = "SELECT"
            + " (SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA')"
            + " + (SELECT COUNT(*) - 2 FROM INFORMATION_SCHEMA.SCHEMATA)"
            + " + (SELECT COUNT(*) - 1 FROM INFORMATION_SCHEMA.USERS)"
            + " + (SELECT COUNT(*) - 1 FROM INFORMATION_SCHEMA.ROLES)"
            + " + (SELECT COUNT(*) FROM INFORMATION_SCHEMA.SEQUENCES)"
            + " + (SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES)"
            + " + (SELECT COUNT(*) FROM INFORMATION_SCHEMA.DOMAINS)"
            + " + (SELECT COUNT(*) FROM INFORMATION_SCHEMA.CONSTANTS)"
            + " + (SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYNONYMS)";

    /** A migration as Flyway names it: version and description from the script's file name. */
    private record Migration(BigInteger version, String description, Script script) {
    }

    private FreshSchema() {
    }

    /** Makes this build's schema in a new database; false, with nothing made, when that is left to Flyway. */
    static boolean createIn(Connection connection) throws SQLException {
        return createIn(connection, AppliedMigrations.scripts());
    }

    /**
     * Makes the schema of these scripts in a new database. H2 commits each CREATE and ALTER at once, so a failure
     * cannot be rolled back: it is undone by dropping every object, and Flyway then starts from the same new database.
     */
    static boolean createIn(Connection connection, List<Script> scripts) throws SQLException {
        Optional<List<Migration>> migrations = inVersionOrder(scripts);
        if (migrations.isEmpty() || !isNew(connection)) {
            return false;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            create(connection, migrations.get());
            connection.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            undo(connection, e);
            LOG.warn("The new database's schema could not be made directly; Flyway makes it", e);
            return false;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The migrations in version order; none when a script is one Flyway would name, order or read otherwise. */
    private static Optional<List<Migration>> inVersionOrder(List<Script> scripts) {
        List<Migration> migrations = new ArrayList<>();
        for (Script script : scripts) {
            Matcher name = NAME.matcher(script.name());
            // Flyway replaces ${...} placeholders in a script's text before running it.
            if (!name.matches() || script.text().contains("${")) {
                return Optional.empty();
            }
            migrations.add(new Migration(new BigInteger(name.group(1)), name.group(2).replace('_', ' '), script));
        }
        migrations.sort(Comparator.comparing(Migration::version));
        // Flyway refuses two scripts of one version.
        boolean distinct = migrations.stream().map(Migration::version).distinct().count() == migrations.size();
        return distinct ? Optional.of(migrations) : Optional.empty();
    }

    private static boolean isNew(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet objects = statement.executeQuery(OBJECTS_BEYOND_NEW)) {
            return objects.next() && objects.getLong(1) == 0;
        }
    }

    private static void create(Connection connection, List<Migration> migrations) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Flyway's statements for its history table on H2, marker row (installed_rank -1) included.
            statement.execute("CREATE TABLE IF NOT EXISTS " + HISTORY + " (\n"
                    + "    \"installed_rank\" INT NOT NULL,\n"
                    + "    \"version\" VARCHAR(50),\n"
                    + "    \"description\" VARCHAR(200) NOT NULL,\n"
                    + "    \"type\" VARCHAR(20) NOT NULL,\n"
                    + "    \"script\" VARCHAR(1000) NOT NULL,\n"
                    + "    \"checksum\" INT,\n"
                    + "    \"installed_by\" VARCHAR(100) NOT NULL,\n"
                    + "    \"installed_on\" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,\n"
                    + "    \"execution_time\" INT NOT NULL,\n"
                    + "    \"success\" BOOLEAN NOT NULL,\n"
                    + "    CONSTRAINT \"flyway_schema_history_pk\" PRIMARY KEY (\"installed_rank\")\n"
                    + ") AS SELECT -1, NULL, '<< Flyway Schema History table created >>', 'TABLE', '', NULL, USER(),"
                    + " CURRENT_TIMESTAMP, 0, TRUE");
            statement.execute("CREATE INDEX \"PUBLIC\".\"flyway_schema_history_s_idx\" ON " + HISTORY
                    + " (\"success\")");
        }
        try (PreparedStatement applied = connection.prepareStatement("INSERT INTO " + HISTORY + " (\"installed_rank\","
                + " \"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
                + " \"execution_time\", \"success\") VALUES (?, ?, ?, 'SQL', ?, ?, USER(), ?, TRUE)")) {
            int rank = 0;
            for (Migration migration : migrations) {
                long start = System.nanoTime();
                run(connection, migration.script().text());
                applied.setInt(1, ++rank);
                applied.setString(2, migration.version().toString());
                applied.setString(3, migration.description());
                applied.setString(4, migration.script().name());
                applied.setInt(5, migration.script().checksum());
                applied.setInt(6, (int) ((System.nanoTime() - start) / 1_000_000));
                applied.executeUpdate();
            }
        }
    }

    /** Runs a script's statements as H2's own RUNSCRIPT splits them (semicolons outside quotes and comments). */
    private static void run(Connection connection, String script) throws SQLException {
        try (ScriptReader statements = new ScriptReader(new StringReader(script));
             Statement statement = connection.createStatement()) {
            statements.setSkipRemarks(true);
            for (String sql = statements.readStatement(); sql != null; sql = statements.readStatement()) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    /** Leaves the database as new as it was: it held nothing before, so every object in it is this path's. */
    private static void undo(Connection connection, Exception cause) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            connection.rollback();
            statement.execute("DROP ALL OBJECTS");
        } catch (SQLException e) {
            e.addSuppressed(cause);
            throw e;
        }
    }
}
