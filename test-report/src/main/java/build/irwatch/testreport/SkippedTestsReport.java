package build.irwatch.testreport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints, at the end of the build, the tests of every module that did not run and why, from the files
 * {@link SkippedTestsListener} wrote. Arguments: the module folders, in build order.
 */
public final class SkippedTestsReport {

    private SkippedTestsReport() {
    }

    public static void main(String[] moduleFolders) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String folder : moduleFolders) {
            Path file = Path.of(folder).resolve(SkippedTestsListener.FILE);
            if (Files.isRegularFile(file)) {
                String module = Path.of(folder).getFileName().toString();
                Files.readAllLines(file, StandardCharsets.UTF_8).forEach(line -> lines.add(module + ": " + line));
            }
        }
        System.out.println(lines.isEmpty() ? "Skipped tests: none, every test ran."
                : "Skipped tests (" + lines.size() + "), not checked by this build:");
        lines.forEach(line -> System.out.println("  " + line));
    }
}
