package org.irwatch.data.imports;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irwatch.core.common.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trackers saved the way Excel offers besides CSV UTF-8 are refused saying how to save them instead. */
class SheetTableReaderTest {

    private static final String TRACKER = "Organisation Name;Action;Date\nACME CARE LTD;Revoked;01/10/2026\n";

    @TempDir
    Path folder;

    @Test
    void semicolonsBetweenColumnsAreNamed() throws Exception {
        Path file = Files.writeString(folder.resolve("tracker.csv"), TRACKER);

        assertThatThrownBy(() -> new SheetTableReader().read(file)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("separates its columns with semicolons")
                .hasMessageContaining("CSV UTF-8 (comma delimited)");
    }

    @Test
    void unicodeTextIsNamed() throws Exception {
        Path file = Files.write(folder.resolve("tracker.csv"), TRACKER.replace(';', ',').getBytes(StandardCharsets.UTF_16));

        assertThatThrownBy(() -> new SheetTableReader().read(file)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("saved as UTF-16");
    }
}
