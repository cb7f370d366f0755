package org.irwatch.core.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Settings held in a map, for tests of rules that read or keep a setting. */
public final class InMemorySettings implements SettingsRepository {

    private final Map<String, String> stored = new HashMap<>();

    @Override
    public Optional<String> get(String name) {
        return Optional.ofNullable(stored.get(name));
    }

    @Override
    public void put(String name, String value) {
        stored.put(name, value);
    }

    /** The names of the settings kept so far. */
    public Set<String> names() {
        return stored.keySet();
    }
}
