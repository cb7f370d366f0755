package org.irwatch.data.settings;

import static org.irwatch.data.jooq.Tables.APP_SETTING;

import java.util.Optional;
import org.irwatch.core.settings.SettingsRepository;
import org.jooq.DSLContext;

/** Settings as rows of APP_SETTING. */
public final class JooqSettingsRepository implements SettingsRepository {

    private final DSLContext dsl;

    public JooqSettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<String> get(String name) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.SETTING_NAME.eq(name))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    @Override
    public void put(String name, String value) {
        dsl.mergeInto(APP_SETTING)
                .using(dsl.selectOne())
                .on(APP_SETTING.SETTING_NAME.eq(name))
                .whenMatchedThenUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(APP_SETTING.SETTING_NAME, APP_SETTING.SETTING_VALUE).values(name, value)
                .execute();
    }
}
