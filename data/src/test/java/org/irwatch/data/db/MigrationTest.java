package org.irwatch.data.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.irwatch.data.jooq.DefaultSchema;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Flyway scripts are the one source of the schema; the generated jOOQ classes must match what they build. */
class MigrationTest {

    private final Database database = Database.inMemory();

    /** A column as both sides can describe it. */
    private record Column(String name, String type, boolean nullable) {
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void freshDatabaseIsAtTheNewestSchemaVersion() {
        assertThat(database.schemaVersion()).isEqualTo("14");
    }

    @Test
    void migratedDatabaseHasExactlyTheGeneratedTables() {
        List<String> live = liveTables().keySet().stream().sorted().toList();

        assertThat(live).containsExactlyInAnyOrderElementsOf(
                DefaultSchema.DEFAULT_SCHEMA.getTables().stream().map(Table::getName).toList());
    }

    @Test
    void everyGeneratedTableHasTheColumnsOfTheMigratedTable() {
        Map<String, Table<?>> live = liveTables();

        for (Table<?> generated : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            assertThat(columns(live.get(generated.getName())))
                    .as("columns of %s", generated.getName())
                    .containsExactlyElementsOf(columns(generated));
        }
    }

    private Map<String, Table<?>> liveTables() {
        return database.dsl().meta().getTables().stream()
                .filter(table -> table.getSchema() != null && table.getSchema().getName().equals("PUBLIC"))
                .filter(table -> !table.getName().equals("flyway_schema_history"))
                .collect(Collectors.toMap(Table::getName, Function.identity()));
    }

    private static List<Column> columns(Table<?> table) {
        return Arrays.stream(table.fields()).map(MigrationTest::column).toList();
    }

    private static Column column(Field<?> field) {
        return new Column(field.getName(), field.getDataType().getSQLDataType().getTypeName(),
                field.getDataType().nullable());
    }
}
