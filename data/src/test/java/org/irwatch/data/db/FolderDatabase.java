package org.irwatch.data.db;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** The H2 database of a data folder as tests reach it directly, around Database. */
final class FolderDatabase {

    private FolderDatabase() {
    }

    static JdbcDataSource in(Path folder) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + folder.resolve("irwatch"));
        dataSource.setUser("irwatch");
        dataSource.setPassword("");
        return dataSource;
    }

    /** Flyway, configured as Database configures it, on the folder's database. */
    static Flyway flyway(Path folder) {
        return Database.flyway(in(folder));
    }
}
