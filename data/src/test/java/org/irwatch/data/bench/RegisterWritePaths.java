package org.irwatch.data.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.register.OrganisationAssembler;
import org.irwatch.core.register.RegisterRow;
import org.irwatch.core.register.SponsorOrganisation;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.data.db.Database;
import org.irwatch.data.snapshot.LicenceCodec;
import org.irwatch.data.snapshot.SnapshotRows;
import org.irwatch.data.snapshot.SnapshotWriter;
import org.jooq.impl.DSL;

/**
 * The two H2 write paths for a national register's organisations, each inside one transaction (all or nothing),
 * into fresh file databases, alternating: JDBC batches of prepared inserts (what the importer does) and a CSV
 * written to a temporary file then {@code INSERT ... SELECT FROM CSVREAD}. The first run of each (cold code) and
 * the median of the later ones are reported (docs/decisions/0035-import-write-path.md). Run:
 * {@code ./mvnw -q -Pbench -pl data -am verify -DskipTests -Dbench.main=org.irwatch.data.bench.RegisterWritePaths}.
 */
public final class RegisterWritePaths {

    private static final int ROUNDS = 6;

    public static void main(String[] args) throws Exception {
        Path sharedData = Path.of(System.getProperty("irwatch.sharedData"));
        Path work = java.nio.file.Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
        List<SponsorOrganisation> organisations = organisations(NationalInputs.registers(sharedData, work).earlier());
        List<Long> batches = new ArrayList<>();
        List<Long> csvRead = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            // The CSVREAD path goes first in even rounds, so neither always warms the other's code.
            if (round % 2 == 0) {
                csvRead.add(timed(work, "csvread-" + round, organisations, true));
                batches.add(timed(work, "batch-" + round, organisations, false));
            } else {
                batches.add(timed(work, "batch-" + round, organisations, false));
                csvRead.add(timed(work, "csvread-" + round, organisations, true));
            }
        }
        System.out.printf("%,d organisations%n", organisations.size());
        report("JDBC batches of prepared inserts", batches);
        report("temporary CSV + INSERT ... SELECT FROM CSVREAD", csvRead);
    }

    private static void report(String what, List<Long> nanos) {
        System.out.printf("%-50s first %5d ms; later: ", what, nanos.getFirst() / 1_000_000);
        BenchRuns.report("", nanos.subList(1, nanos.size()));
    }

    private static long timed(Path work, String name, List<SponsorOrganisation> organisations, boolean viaCsv)
            throws IOException {
        Path folder = BenchRuns.emptyFolder(work, "write-" + name);
        try (Database db = Database.open(folder)) {
            long start = System.nanoTime();
            db.dsl().transaction(configuration -> {
                SnapshotWriter writer = new SnapshotWriter(DSL.using(configuration));
                SnapshotWriter.Header header = new SnapshotWriter.Header(SnapshotKind.REGISTER, name, name,
                        LocalDate.of(2026, 5, 26), Instant.now(), false);
                if (!viaCsv) {
                    writer.writeRegister(header, organisations, ProgressListener.NONE);
                    return;
                }
                long snapshot = writer.writeRegister(header, List.of(), ProgressListener.NONE);
                Path csv = Files.createTempFile(folder, "sponsors", ".csv");
                writeCsv(csv, snapshot, organisations);
                DSL.using(configuration).connection(connection -> {
                    // CSVREAD takes its file name as a literal: H2 reads the file's columns when it parses. It reads
                    // an empty cell as NULL, where the register has empty text (no county).
                    try (Statement insert = connection.createStatement()) {
                        insert.executeUpdate("INSERT INTO sponsor (id, snapshot_id, name, town, county, org_key, "
                                + "ratings, routes, licences) SELECT CAST(id AS BIGINT), CAST(snapshot_id AS BIGINT), "
                                + "COALESCE(name, ''), COALESCE(town, ''), COALESCE(county, ''), COALESCE(org_key, ''), "
                                + "COALESCE(ratings, ''), COALESCE(routes, ''), COALESCE(licences, '') FROM CSVREAD('"
                                + csv.toString().replace("'", "''") + "', NULL, 'charset=UTF-8 null=\\N')");
                    }
                });
                Files.delete(csv);
            });
            return System.nanoTime() - start;
        }
    }

    private static void writeCsv(Path csv, long snapshot, List<SponsorOrganisation> organisations) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setNullString("\\N").get())) {
            printer.printRecord("ID", "SNAPSHOT_ID", "NAME", "TOWN", "COUNTY", "ORG_KEY", "RATINGS", "ROUTES", "LICENCES");
            int seq = 0;
            for (SponsorOrganisation organisation : organisations) {
                printer.printRecord(SnapshotRows.id(snapshot, seq++), snapshot, organisation.name(), organisation.town(),
                        organisation.county(), organisation.key(), organisation.ratingSummary(),
                        organisation.routeSummary(), LicenceCodec.encode(organisation.licences()));
            }
        }
    }

    private static List<SponsorOrganisation> organisations(Path register) throws IOException {
        OrganisationAssembler assembler = new OrganisationAssembler();
        try (var reader = Files.newBufferedReader(register, StandardCharsets.UTF_8)) {
            long line = 1;
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                assembler.add(new RegisterRow(++line, row.get(0), row.get(1), row.get(2), row.get(3), row.get(4)));
            }
        }
        return assembler.organisations();
    }
}
