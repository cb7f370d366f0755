package org.irwatch.data.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Whether a database's schema is exactly this build's: every migration of this build applied, with the checksum
 * Flyway gave it, and nothing else. Then opening it needs no Flyway, whose set-up alone took about a third of a cold
 * {@code irwatch info} (docs/decisions/0041-flyway-only-when-the-schema-differs.md); any other state is left to
 * Flyway, which migrates it or refuses it as before.
 */
final class AppliedMigrations {

    private static final String LOCATION = "db/migration";

    private AppliedMigrations() {
    }

    /** Whether the history in this database lists exactly this build's migrations, all applied successfully. */
    static boolean areThisBuilds(Connection connection) throws SQLException {
        Map<String, Integer> applied = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet history = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
                if (!history.next() || history.getInt(1) == 0) {
                    return false; // a new database
                }
            }
            try (ResultSet history = statement.executeQuery("SELECT \"type\", \"script\", \"checksum\", \"success\""
                    + " FROM \"flyway_schema_history\" WHERE \"installed_rank\" > 0")) {
                while (history.next()) {
                    int checksum = history.getInt(3);
                    boolean known = !history.wasNull();
                    if (!"SQL".equals(history.getString(1)) || !history.getBoolean(4) || !known
                            || applied.put(history.getString(2), checksum) != null) {
                        return false;
                    }
                }
            }
        }
        return applied.equals(checksums());
    }

    /** This build's migration scripts by file name, each with Flyway's checksum of it. */
    static Map<String, Integer> checksums() {
        return scripts().stream().collect(Collectors.toMap(Script::name, Script::checksum));
    }

    /** This build's versioned migration scripts, in no particular order. */
    static List<Script> scripts() {
        URL folder = AppliedMigrations.class.getClassLoader().getResource(LOCATION);
        if (folder == null) {
            throw new IllegalStateException("The database migrations are missing from " + LOCATION);
        }
        try {
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return scripts(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return scripts(jar.getPath(LOCATION));
            } catch (FileSystemAlreadyExistsException e) {
                return scripts(FileSystems.getFileSystem(uri).getPath(LOCATION)); // another's: left open
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Script> scripts(Path folder) throws IOException {
        List<Script> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("V") && name.endsWith(".sql")) {
                    scripts.add(new Script(name, Script.withoutByteOrderMark(Files.readString(file))));
                }
            }
        }
        return scripts;
    }

    /** One migration script: its file name and its text as Flyway reads it (UTF-8, without a leading BOM). */
    record Script(String name, String text) {

        private static String withoutByteOrderMark(String text) {
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        /** Flyway's checksum of a script: CRC-32 of its lines in UTF-8, without line endings. */
        int checksum() {
            CRC32 crc = new CRC32();
            text.lines().forEach(line -> crc.update(line.getBytes(StandardCharsets.UTF_8)));
            return (int) crc.getValue();
        }
    }
}
