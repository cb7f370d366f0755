package org.irwatch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.irwatch.app.cli.IrWatchCommand;

/**
 * The training run of the command line's AOT cache (docs/decisions/0036-aot-cache-for-commands.md): run once when
 * the distribution is built, under {@code -XX:AOTCacheOutput}, it runs the commands a user runs cold (import of a
 * register and of a CQC directory, match, info, the demo) in one JVM, so the cache holds the classes they load and
 * link and the profiles of their hot methods. Its inputs are small files it writes itself, in the public layouts.
 */
public final class CommandTraining {

    private static final String[] TOWNS = {"Birmingham", "Coventry", "Walsall", "Dudley", "Wolverhampton"};
    private static final String[] WORDS = {"Care", "Homes", "Healthcare", "Support", "Living", "Nursing", "Services"};
    private static final int PROVIDERS = 1_500;

    private CommandTraining() {
    }

    /** @param args the work folder, left behind for the build to clean */
    public static void main(String[] args) throws IOException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path work = Files.createDirectories(Path.of(args[0]));
        Path register = writeRegister(work.resolve("2026-05-26_-_Worker_and_Temporary_Worker.csv"));
        Path cqc = writeCqcDirectory(work.resolve("16_September_2026_CQC_directory.csv"));
        // New folders each time, so that every build trains on a first import and a first match (a folder left by
        // an earlier build would answer "imported before", or hold another build's schema).
        deleteTree(work.resolve("data"));
        deleteTree(work.resolve("demo-data"));
        String data = work.resolve("data").toString();
        run("--data-dir", data, "import", register.toString());
        run("--data-dir", data, "import", cqc.toString());
        run("--data-dir", data, "match", "--out", work.resolve("matches.csv").toString());
        run("--data-dir", data, "info");
        run("--data-dir", work.resolve("demo-data").toString(), "demo");
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void run(String... args) {
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        int exitCode = IrWatchCommand.commandLine(args).setOut(quiet).setErr(quiet).execute(args);
        if (exitCode != 0) {
            throw new IllegalStateException("Training command " + List.of(args) + " ended with " + exitCode);
        }
    }

    /** Sponsors named as care providers are, most of them the providers of the directory below. */
    private static Path writeRegister(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("Organisation Name,Town/City,County,Type & Rating,Route\n");
        for (int i = 0; i < PROVIDERS * 3; i++) {
            csv.append(name(i)).append(i % 7 == 0 ? " Ltd" : " Limited").append(',').append(TOWNS[i % TOWNS.length])
                    .append(",West Midlands,Worker (A rating),Skilled Worker\n");
        }
        return Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private static Path writeCqcDirectory(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("CQC Locations data,,,,,,,,,,,,,,\n,,,,,,,,,,,,,,\n"
                + "This data was produced on 16 September 2026,,,,,,,,,,,,,,\n,,,,,,,,,,,,,,\n"
                + "Name,Also known as,Address,Postcode,Phone number,Service's website (if available),Service types,"
                + "Date of latest check,Specialisms/services,Provider name,Local authority,Region,Location URL,"
                + "CQC Location ID (for office use only),CQC Provider ID (for office use only)\n");
        for (int i = 0; i < PROVIDERS * 2; i++) {
            int provider = i % PROVIDERS;
            String town = TOWNS[provider % TOWNS.length];
            String locationId = "1-" + (300_000_000L + i);
            csv.append(name(i)).append(" House,,\"1 High Street,").append(town).append("\",B1 1AA,0121 000 0000,,")
                    .append(i % 3 == 0 ? "Homecare agencies" : "Residential homes")
                    .append(",09/Jan/2024 - 00:00,Caring for adults over 65 yrs,").append(name(provider)).append(" Ltd,")
                    .append(town).append(",West Midlands,https://www.cqc.org.uk/location/").append(locationId).append(',')
                    .append(locationId).append(",1-").append(500_000_000L + provider).append('\n');
        }
        return Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    /** "Ashcroft Nursing Services 17": names that share words, as the register's do. */
    private static String name(int i) {
        return "Ash Oak Elm Birch Rowan Hazel Willow Maple Cedar Alder".split(" ")[i % 10] + " "
                + WORDS[i / 10 % WORDS.length] + " " + WORDS[i / 70 % WORDS.length] + " " + (i / 490);
    }
}
