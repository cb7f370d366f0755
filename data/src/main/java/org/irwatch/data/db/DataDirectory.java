package org.irwatch.data.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where IR Watch keeps its database: the user's data folder for this operating system, unless the user names
 * another with {@code --data-dir} or {@code IRWATCH_DATA_DIR}.
 */
public final class DataDirectory {

    public static final String ENVIRONMENT_VARIABLE = "IRWATCH_DATA_DIR";

    private DataDirectory() {
    }

    /** @param commandLineChoice the {@code --data-dir} value, or null */
    public static Path resolve(String commandLineChoice) {
        return resolve(commandLineChoice, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static Path resolve(String commandLineChoice, Map<String, String> environment, String osName, String userHome) {
        if (commandLineChoice != null && !commandLineChoice.isBlank()) {
            return Path.of(commandLineChoice).toAbsolutePath();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String localAppData = environment.get("LOCALAPPDATA");
            Path base = localAppData != null && !localAppData.isBlank() ? Path.of(localAppData) : Path.of(userHome, "AppData", "Local");
            return base.resolve("IR Watch");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "IR Watch");
        }
        String xdgDataHome = environment.get("XDG_DATA_HOME");
        Path base = xdgDataHome != null && !xdgDataHome.isBlank() ? Path.of(xdgDataHome) : Path.of(userHome, ".local", "share");
        return base.resolve("irwatch");
    }
}
