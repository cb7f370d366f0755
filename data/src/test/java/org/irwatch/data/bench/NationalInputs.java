package org.irwatch.data.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * National-size inputs for the benchmarks, built from the real public files: a register of about 120,000 rows
 * (the real 2026 Skilled Worker names, each given a real 2021 row's town, rating and route) and its successor a
 * month later (1% removed, 1% added, 0.3% re-rated B); a CQC directory of about 90,000 locations in the real
 * layout (real 2024 care home rows as templates, with other sectors mixed in as in the national file).
 */
final class NationalInputs {

    private static final CSVFormat MINIMAL_QUOTES = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private NationalInputs() {
    }

    record Registers(Path earlier, Path later, int rows) {
    }

    /** The two national registers and the national CQC directory, written to the benchmark's work folder. */
    record National(Registers registers, Path cqc, Path work) {
    }

    /** @param args the benchmark's arguments: the work folder, target/bench by default */
    static National build(String[] args) throws IOException {
        Path sharedData = Path.of(System.getProperty("irwatch.sharedData"));
        Path work = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
        return new National(registers(sharedData, work), cqcDirectory(sharedData, work, 90_000), work);
    }

    static Registers registers(Path sharedData, Path folder) throws IOException {
        List<String> names = JsonStrings.read(sharedData.resolve("uk-sponsors-skilled-worker-json/2026-06-25/skilled_worker.json"));
        List<CSVRecord> templates = csv(sharedData.resolve("uk-sponsor-register-csv-tbij/2021-11-02_-_Worker_and_Temporary_Worker.csv"));
        List<String> spare = JsonStrings.read(sharedData.resolve("uk-sponsors-skilled-worker-json/2024-04-25/skilled_worker.json"));
        Random random = new Random(7);
        Path earlier = folder.resolve("2026-05-26_-_Worker_and_Temporary_Worker.csv");
        Path later = folder.resolve("2026-06-26_-_Worker_and_Temporary_Worker.csv");
        int rows = 0;
        try (CSVPrinter a = printer(earlier); CSVPrinter b = printer(later)) {
            List<String> header = List.of("Organisation Name", "Town/City", "County", "Type & Rating", "Route");
            a.printRecord(header);
            b.printRecord(header);
            for (int i = 0; i < names.size(); i++) {
                CSVRecord template = templates.get(i % templates.size());
                List<String> row = List.of(names.get(i), template.get(1), template.get(2), template.get(3), template.get(4));
                int roll = random.nextInt(1000);
                a.printRecord(row);
                rows++;
                if (roll < 10) {
                    continue; // removed from the later register
                }
                if (roll < 13) {
                    b.printRecord(row.get(0), row.get(1), row.get(2), "Worker (B rating)", row.get(4));
                } else {
                    b.printRecord(row);
                }
            }
            for (int i = 0; i < names.size() / 100; i++) {
                CSVRecord template = templates.get(random.nextInt(templates.size()));
                b.printRecord(spare.get(random.nextInt(spare.size())) + " (new)", template.get(1), template.get(2),
                        template.get(3), template.get(4));
            }
        }
        return new Registers(earlier, later, rows);
    }

    static Path cqcDirectory(Path sharedData, Path folder, int locations) throws IOException {
        List<CSVRecord> homes = csv(sharedData.resolve(
                "cqc-search-export-care-homes-archived-tbij/downloaded-2024-05-31/care-homes-archived.csv"));
        String[] otherSectors = {"Dentist", "GP Practices", "Homecare agencies", "Homecare agencies, Supported living",
            "Hospital", "Doctors/GPs", "Community services - Healthcare"};
        Path file = folder.resolve("16_September_2026_CQC_directory.csv");
        Random random = new Random(11);
        int providers = locations * 33 / 90;
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(writer, MINIMAL_QUOTES)) {
            writer.write("CQC Locations data,,,,,,,,,,,,,,\n,,,,,,,,,,,,,,\n"
                    + "This data was produced on 16 September 2026,,,,,,,,,,,,,,\n,,,,,,,,,,,,,,\n");
            out.printRecord("Name", "Also known as", "Address", "Postcode", "Phone number",
                    "Service's website (if available)", "Service types", "Date of latest check", "Specialisms/services",
                    "Provider name", "Local authority", "Region", "Location URL",
                    "CQC Location ID (for office use only)", "CQC Provider ID (for office use only)");
            for (int i = 0; i < locations; i++) {
                CSVRecord home = homes.get(i % homes.size());
                String serviceTypes = random.nextInt(100) < 40 ? home.get("Service types")
                        : otherSectors[random.nextInt(otherSectors.length)];
                String locationId = "1-" + (300_000_000L + i);
                int provider = random.nextInt(providers);
                out.printRecord(home.get("Name"), "", home.get("Address 1") + "," + home.get("Town/City"),
                        home.get("Postcode"), home.get("Phone number"), "", serviceTypes, "09/Jan/2024 - 00:00",
                        home.get("Specialisms/services"), home.get("Provider name") + " " + provider,
                        home.get("Local authority"), home.get("Region"), "https://www.cqc.org.uk/location/" + locationId,
                        locationId, "1-" + (500_000_000L + provider));
            }
        }
        return file;
    }

    private static CSVPrinter printer(Path file) throws IOException {
        return new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), MINIMAL_QUOTES);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords());
        }
    }
}
