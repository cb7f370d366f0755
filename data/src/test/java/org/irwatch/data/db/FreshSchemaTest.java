package org.irwatch.data.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.irwatch.data.db.AppliedMigrations.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new folder's schema made without Flyway is the one Flyway makes, and Flyway takes it as its own (ADR 0044). */
class FreshSchemaTest {

    /** The database's own user line: a random salt and hash per database, whoever made its schema. */
    private static final String USER_LINE = "CREATE USER ";
    private static final String HISTORY_ROWS = "INSERT INTO \"PUBLIC\".\"flyway_schema_history\"";

    @TempDir
    Path made;

    @TempDir
    Path byFlyway;

    @Test
    void aNewDatabaseGetsTheSchemaRowsAndHistoryFlywayGivesIt() throws Exception {
        try (Connection connection = FolderDatabase.in(made).getConnection()) {
            assertThat(FreshSchema.createIn(connection)).isTrue();
        }
        FolderDatabase.flyway(byFlyway).migrate();

        try (Connection direct = FolderDatabase.in(made).getConnection();
             Connection flyways = FolderDatabase.in(byFlyway).getConnection()) {
            List<String> script = script(direct);
            assertThat(script).as("tables, columns, keys, constraints, indexes and rows")
                    .isEqualTo(script(flyways))
                    .anyMatch(line -> line.contains("\"flyway_schema_history_s_idx\""))
                    .anyMatch(line -> line.startsWith("INSERT INTO \"PUBLIC\".\"COUNCIL\""));
            // installed_on and execution_time are when and how long, and differ between any two runs.
            assertThat(history(direct)).isEqualTo(history(flyways)).hasSize(14)
                    .contains("1|1|councils|SQL|V1__councils.sql|" + checksum("V1__councils.sql") + "|IRWATCH|TRUE")
                    .contains("9|10|partnerships|SQL|V10__partnerships.sql|" + checksum("V10__partnerships.sql")
                            + "|IRWATCH|TRUE");
        }
    }

    @Test
    void flywayConfiguredAsDatabaseValidatesTheFolderAndAppliesNothing() throws Exception {
        try (Connection connection = FolderDatabase.in(made).getConnection()) {
            assertThat(FreshSchema.createIn(connection)).isTrue();
        }

        FolderDatabase.flyway(made).validate();
        assertThat(FolderDatabase.flyway(made).migrate().migrationsExecuted).isZero();
    }

    @Test
    void aNewFolderOpensAtThisBuildsSchemaWithTheCouncilsFlywayInserts() throws Exception {
        try (Database database = Database.open(made)) {
            assertThat(database.schemaVersion()).isEqualTo("14");
        }
        FolderDatabase.flyway(byFlyway).migrate();

        try (Connection direct = FolderDatabase.in(made).getConnection();
             Connection flyways = FolderDatabase.in(byFlyway).getConnection()) {
            assertThat(AppliedMigrations.areThisBuilds(direct)).isTrue();
            for (String table : List.of("REGION", "COUNCIL", "COUNCIL_NAME_VARIANT")) {
                assertThat(count(direct, table)).as(table).isEqualTo(count(flyways, table)).isPositive();
            }
            assertThat(count(direct, "COUNCIL")).isEqualTo(153);
        }
    }

    @Test
    void aScriptFailingHalfWayLeavesTheDatabaseNewForFlyway() throws Exception {
        List<Script> scripts = new ArrayList<>(AppliedMigrations.scripts());
        Script events = scripts.stream().filter(script -> script.name().equals("V4__events.sql")).findFirst()
                .orElseThrow();
        scripts.set(scripts.indexOf(events), new Script(events.name(), events.text() + "\nCREATE TABLE half (;"));

        try (Connection connection = FolderDatabase.in(made).getConnection();
             Connection untouched = FolderDatabase.in(byFlyway).getConnection()) {
            assertThat(FreshSchema.createIn(connection, scripts)).isFalse();
            assertThat(script(connection)).as("nothing left of the attempt").isEqualTo(script(untouched));
        }
        assertThat(FolderDatabase.flyway(made).migrate().migrationsExecuted).isEqualTo(scripts.size());
    }

    @Test
    void aDatabaseHoldingATableOrAHistoryIsLeftToFlywayUntouched() throws Exception {
        try (Connection connection = FolderDatabase.in(made).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes (text VARCHAR(100))");
            assertThat(FreshSchema.createIn(connection)).as("a table").isFalse();
            assertThat(tables(connection)).containsExactly("NOTES");

            statement.execute("DROP TABLE notes");
            statement.execute("CREATE TABLE \"flyway_schema_history\" (\"installed_rank\" INT)");
            assertThat(FreshSchema.createIn(connection)).as("a history").isFalse();
            assertThat(tables(connection)).containsExactly("flyway_schema_history");

            statement.execute("DROP TABLE \"flyway_schema_history\"");
            statement.execute("CREATE SEQUENCE numbers");
            assertThat(FreshSchema.createIn(connection)).as("any other object").isFalse();
            assertThat(tables(connection)).isEmpty();
        }
    }

    @Test
    void scriptsFlywayWouldReadOtherwiseAreLeftToIt() throws Exception {
        try (Connection connection = FolderDatabase.in(made).getConnection()) {
            String table = "CREATE TABLE t (x INT);";
            assertThat(FreshSchema.createIn(connection, List.of(new Script("V1__a.sql", "CREATE TABLE ${t} (x INT);"))))
                    .as("a placeholder").isFalse();
            assertThat(FreshSchema.createIn(connection, List.of(new Script("V1_1__a.sql", table))))
                    .as("a dotted version").isFalse();
            assertThat(FreshSchema.createIn(connection, List.of(new Script("V01__a.sql", table))))
                    .as("a leading zero").isFalse();
            assertThat(FreshSchema.createIn(connection,
                    List.of(new Script("V1__a.sql", table), new Script("V1__b.sql", "CREATE TABLE u (x INT);"))))
                    .as("two scripts of one version").isFalse();
            assertThat(tables(connection)).isEmpty();
            assertThat(FreshSchema.createIn(connection, List.of(new Script("V1__a.sql", table)))).as("plain").isTrue();
        }
    }

    /** The database as H2 writes it out, without its user's random salt and hash and without the history's rows. */
    private static List<String> script(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet script = statement.executeQuery("SCRIPT")) {
            while (script.next()) {
                String line = script.getString(1);
                if (!line.startsWith(USER_LINE) && !line.startsWith(HISTORY_ROWS)) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /** The history's rows without installed_on and execution_time. */
    private static List<String> history(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet history = statement.executeQuery("SELECT \"installed_rank\", \"version\", \"description\","
                     + " \"type\", \"script\", \"checksum\", \"installed_by\", \"success\""
                     + " FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")) {
            while (history.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= 8; column++) {
                    values.add(history.getString(column));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet names = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        }
        return tables;
    }

    private static int count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            count.next();
            return count.getInt(1);
        }
    }

    private static int checksum(String script) {
        return AppliedMigrations.checksums().get(script);
    }
}
