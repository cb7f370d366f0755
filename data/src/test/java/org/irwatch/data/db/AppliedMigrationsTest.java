package org.irwatch.data.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening skips Flyway only for a schema that is exactly this build's (ADR 0041). */
class AppliedMigrationsTest {

    @TempDir
    Path folder;

    @Test
    void checksumsAreFlywaysOwnForEveryMigrationOfThisBuild() throws Exception {
        FolderDatabase.flyway(folder).migrate();

        try (Connection connection = connect()) {
            assertThat(AppliedMigrations.checksums()).isEqualTo(flywaysChecksums(connection)).isNotEmpty();
        }
    }

    @Test
    void aSchemaMigratedByThisBuildIsThisBuilds() throws Exception {
        FolderDatabase.flyway(folder).migrate();

        try (Connection connection = connect()) {
            assertThat(AppliedMigrations.areThisBuilds(connection)).isTrue();
        }
    }

    @Test
    void aNewDatabaseIsNot() throws Exception {
        try (Connection connection = connect()) {
            assertThat(AppliedMigrations.areThisBuilds(connection)).isFalse();
        }
    }

    @Test
    void aSchemaMissingAMigrationIsNot() throws Exception {
        Database.open(folder).close();

        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '1'");
            assertThat(AppliedMigrations.areThisBuilds(connection)).isFalse();
        }
    }

    @Test
    void aSchemaWithAnotherChecksumOrAFailedOrUnknownMigrationIsNot() throws Exception {
        Database.open(folder).close();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '2'");
            assertThat(AppliedMigrations.areThisBuilds(connection)).as("another checksum").isFalse();
            statement.execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = " + AppliedMigrations.checksums()
                    .get("V2__market_data.sql") + ", \"success\" = FALSE WHERE \"version\" = '2'");
            assertThat(AppliedMigrations.areThisBuilds(connection)).as("a failed migration").isFalse();
            statement.execute("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '2'");
            assertThat(AppliedMigrations.areThisBuilds(connection)).as("put back").isTrue();
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'newer', 'SQL', 'V99__newer.sql', 1, 'irwatch', 1, TRUE)");
            assertThat(AppliedMigrations.areThisBuilds(connection)).as("a newer build's migration").isFalse();
        }
    }

    private Connection connect() throws SQLException {
        return FolderDatabase.in(folder).getConnection();
    }

    private static Map<String, Integer> flywaysChecksums(Connection connection) throws SQLException {
        Map<String, Integer> checksums = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"script\", \"checksum\" FROM \"flyway_schema_history\""
                     + " WHERE \"type\" = 'SQL'")) {
            while (rows.next()) {
                checksums.put(rows.getString(1), rows.getInt(2));
            }
        }
        return checksums;
    }
}
