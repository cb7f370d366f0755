package org.irwatch.data.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.data.settings.JooqSettingsRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseLockTest {

    @TempDir
    Path folder;

    @Test
    void secondOpenOfTheSameFolderIsRefusedWithASentence() {
        try (Database first = Database.open(folder)) {
            assertThatThrownBy(() -> Database.open(folder))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageStartingWith("IR Watch is already open on the data folder " + folder + ".")
                    .hasMessageContaining("--data-dir");
            assertThat(first.schemaVersion()).isEqualTo("14");
        }
    }

    @Test
    void folderOpensAgainAfterCloseWithItsData() {
        try (Database first = Database.open(folder)) {
            new JooqSettingsRepository(first.dsl()).put("ui.scope", "council:E08000025");
            assertThatThrownBy(() -> Database.open(folder)).isInstanceOf(UserFacingException.class);
        }

        try (Database again = Database.open(folder)) {
            assertThat(new JooqSettingsRepository(again.dsl()).get("ui.scope")).contains("council:E08000025");
        }
    }
}
