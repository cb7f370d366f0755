package org.irwatch.app.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One demo data folder for every test of a class that only reads it (loading the demo takes seconds): opened before
 * the first test, closed and deleted after the last. Register it as a static {@code @RegisterExtension} field.
 */
public final class SharedDemoFolder implements BeforeAllCallback, AfterAllCallback {

    private Path folder;
    private OpenDataFolder open;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("irwatch-demo");
        open = OpenDataFolder.withDemo(folder);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        open.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    public OpenDataFolder get() {
        return open;
    }
}
