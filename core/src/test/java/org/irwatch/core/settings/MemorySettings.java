package org.irwatch.core.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Settings held in a map, for tests. */
public final class MemorySettings implements SettingsRepository {

    private final Map<String, String> values = new HashMap<>();

    @Override
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    @Override
    public void put(String name, String value) {
        values.put(name, value);
    }
}
