package org.irwatch.data.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.irwatch.core.settings.SettingsRepository;
import org.irwatch.data.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsRepositoryTest {

    private final Database database = Database.inMemory();
    private final JooqSettingsRepository settings = new JooqSettingsRepository(database.dsl());

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void settingNeverWrittenIsAbsent() {
        assertThat(settings.get(SettingsRepository.SCOPE)).isEmpty();
    }

    @Test
    void writtenSettingIsReadBack() {
        settings.put(SettingsRepository.SCOPE, "council:E08000025");

        assertThat(settings.get(SettingsRepository.SCOPE)).contains("council:E08000025");
    }

    @Test
    void writingAgainReplacesTheValueAndLeavesOtherSettingsAlone() {
        settings.put(SettingsRepository.SCOPE, "council:E08000025");
        settings.put("demo.declined", "true");

        settings.put(SettingsRepository.SCOPE, "region:E12000005");

        assertThat(settings.get(SettingsRepository.SCOPE)).contains("region:E12000005");
        assertThat(settings.get("demo.declined")).contains("true");
    }
}
