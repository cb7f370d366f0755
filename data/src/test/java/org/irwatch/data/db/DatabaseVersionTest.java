package org.irwatch.data.db;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.irwatch.core.common.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseVersionTest {

    @TempDir
    Path folder;

    @Test
    void folderMadeByAnotherVersionIsRefusedWithASentenceNotATrace() throws Exception {
        Database.open(folder).close();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("irwatch"),
                "irwatch", "");
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '2'");
        }

        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("was made by a different version of IR Watch")
                .hasMessageContaining("Nothing was changed");
        // The refusal released the folder: opening it again gives the same sentence, not "already open".
        assertThatThrownBy(() -> Database.open(folder)).hasMessageContaining("different version");
    }
}
