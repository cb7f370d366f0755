package org.irwatch.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The real public files in {@code ../shared/data}, found through the {@code irwatch.sharedData} system property
 * that surefire sets. A test that needs a missing file is skipped, saying which file and why.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The file, or the calling test is skipped when it (or the whole shared data folder) is absent. */
    public static Path file(String relativePath) {
        String folder = System.getProperty("irwatch.sharedData");
        assumeTrue(folder != null, "System property irwatch.sharedData is not set (run the tests through Maven)");
        Path file = Path.of(folder).resolve(relativePath);
        assumeTrue(Files.isRegularFile(file), "Real data file " + file + " is absent; this test needs ../shared/data");
        return file;
    }

    /** All rows of a UTF-8 CSV file with a header row, read by column name. */
    public static List<CSVRecord> csv(Path file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
