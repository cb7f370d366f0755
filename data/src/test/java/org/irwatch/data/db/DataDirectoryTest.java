package org.irwatch.data.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static final String HOME = Path.of("/home/ann").toAbsolutePath().toString();
    private static final Map<String, String> NO_ENVIRONMENT = Map.of();

    @Test
    void commandLineChoiceWinsOverEnvironment() {
        Path resolved = DataDirectory.resolve("/srv/irwatch", Map.of("IRWATCH_DATA_DIR", "/data/other"), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of("/srv/irwatch").toAbsolutePath());
    }

    @Test
    void relativeCommandLineChoiceIsMadeAbsolute() {
        assertThat(DataDirectory.resolve("my-data", NO_ENVIRONMENT, "Linux", HOME))
                .isAbsolute().isEqualTo(Path.of("my-data").toAbsolutePath());
    }

    @Test
    void environmentVariableWinsOverTheSystemFolder() {
        Map<String, String> environment = Map.of("IRWATCH_DATA_DIR", "/data/irwatch", "XDG_DATA_HOME", "/xdg");

        assertThat(DataDirectory.resolve(null, environment, "Linux", HOME))
                .isEqualTo(Path.of("/data/irwatch").toAbsolutePath());
        assertThat(DataDirectory.resolve(" ", environment, "Linux", HOME))
                .isEqualTo(Path.of("/data/irwatch").toAbsolutePath());
    }

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/xdg", "irwatch"));
    }

    @Test
    void linuxWithoutXdgDataHomeUsesLocalShare() {
        Path localShare = Path.of(HOME, ".local", "share", "irwatch");

        assertThat(DataDirectory.resolve(null, NO_ENVIRONMENT, "Linux", HOME)).isEqualTo(localShare);
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", " "), "Linux", HOME)).isEqualTo(localShare);
    }

    @Test
    void windowsUsesLocalAppData() {
        assertThat(DataDirectory.resolve(null, Map.of("LOCALAPPDATA", "/users/ann/local"), "Windows 11", HOME))
                .isEqualTo(Path.of("/users/ann/local", "IR Watch"));
        assertThat(DataDirectory.resolve(null, NO_ENVIRONMENT, "Windows 11", HOME))
                .isEqualTo(Path.of(HOME, "AppData", "Local", "IR Watch"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirectory.resolve(null, NO_ENVIRONMENT, "Mac OS X", HOME))
                .isEqualTo(Path.of(HOME, "Library", "Application Support", "IR Watch"));
    }
}
