package org.irwatch.core.settings;

import java.util.Optional;

/** Small named settings kept with the data folder (the chosen council, window choices). */
public interface SettingsRepository {

    String SCOPE = "ui.scope";

    Optional<String> get(String name);

    void put(String name, String value);
}
