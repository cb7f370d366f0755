package org.irwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.geo.PostcodeDistrict;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.workers.Role;
import org.irwatch.core.workers.Worker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irwatch postcodes|cos|employers import} and {@code irwatch placements} on the demo data. */
class PlacementsCommandTest {

    private static final String HEADER = "rank,cqc_location_id,location_name,cqc_provider_id,provider_name,council,"
            + "distance_miles,licence_rating,cqc_rating,spare_cos,vacancies,score,reasons";

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private MarketProvider sponsor;
    private String district;
    private Path passphrase;

    @BeforeEach
    void matchedDemoWithItsDistrictsPlaced() throws IOException {
        passphrase = Files.writeString(files.resolve("passphrase.txt"), "correct horse battery staple\n");
        assertThat(TerminalRun.of(dataDir, "demo", "--passphrase-file", passphrase.toString()).exitCode()).isZero();
        assertThat(TerminalRun.of(dataDir, "match", "--out", files.resolve("matches.csv").toString()).exitCode())
                .isZero();
        Set<String> districts = new TreeSet<>();
        try (AppServices services = AppServices.open(dataDir)) {
            services.market().data().providers().forEach(p -> p.locations().forEach(l ->
                    PostcodeDistrict.of(l.postcode()).ifPresent(d -> districts.add(d.code()))));
            sponsor = services.market().data().providers().stream()
                    .filter(p -> p.isSponsor() && p.registerEntry() != null && p.events().isEmpty()
                            && p.registerChanges().isEmpty() && "A".equals(p.registerEntry().ratings()))
                    .findFirst().orElseThrow();
        }
        district = PostcodeDistrict.of(sponsor.locations().getFirst().postcode()).orElseThrow().code();
        List<String> table = new ArrayList<>(List.of("postcode,latitude,longitude"));
        // The demo is invented: its districts are set close together around Birmingham.
        districts.forEach(d -> table.add(d + ",52.48,-1.90"));
        TerminalRun imported = TerminalRun.of(dataDir, "postcodes", "import",
                Files.write(files.resolve("districts.csv"), table).toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Postcode centre table: " + districts.size() + " postcode district "
                + "centres and 0 full postcodes imported.");
    }

    @Test
    void placementsListsTheLocationsWithTheIssuesColumnsAndSaysWhatWasLeftOut() {
        TerminalRun run = TerminalRun.of(dataDir, "placements", "--district", district, "--role", "care-worker",
                "--miles", "30");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo(HEADER);
        assertThat(lines).anyMatch(l -> l.contains("," + sponsor.providerId() + ","));
        assertThat(lines.get(1)).startsWith("1,").contains("straight-line miles");
    }

    @Test
    void aRoleTheFinderDoesNotPlaceIsOneClearLine() {
        TerminalRun run = TerminalRun.of(dataDir, "placements", "--district", district, "--role", "cleaner");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("irwatch: 'cleaner' is not a role IR Watch places. Use one of: "
                + "care-worker, senior-care-worker, nurse.");
    }

    @Test
    void aDistrictWithoutTheRoleIsAUsageError() {
        assertThat(TerminalRun.of(dataDir, "placements", "--district", district).exitCode()).isEqualTo(2);
    }

    @Test
    void certificatesAreRestrictedUnlessAskedForAndDoubtfulSponsorsWaitForReview() throws IOException {
        Path cos = Files.writeString(files.resolve("cos.csv"), String.join("\n",
                "Organisation Name,Town/City,Period From,Period To,CoS Allocated,CoS Used",
                "\"" + sponsor.registerEntry().name() + "\"," + sponsor.registerEntry().town()
                        + ",01/07/2026,30/09/2026,40,28",
                "Zyxwv Qwerty Holdings,Nowhere,01/07/2026,30/09/2026,5,1", ""));

        TerminalRun imported = TerminalRun.of(dataDir, "cos", "import", cos.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 rows of certificates of sponsorship imported (restricted data): 1 "
                + "linked surely to a sponsor on the register, 1 to review.")
                .contains("to review: row 3 'Zyxwv Qwerty Holdings'");
        CSVRecord shared = row(TerminalRun.of(dataDir, "placements", "--district", district, "--role",
                "care-worker", "--miles", "30").out());
        CSVRecord restricted = row(TerminalRun.of(dataDir, "placements", "--district", district, "--role",
                "care-worker", "--miles", "30", "--include-restricted").out());
        assertThat(shared.get("spare_cos")).isEmpty();
        assertThat(shared.get("reasons")).doesNotContain("certificates");
        assertThat(restricted.get("spare_cos")).isEqualTo("12");
        assertThat(restricted.get("reasons")).contains("12 spare certificates of sponsorship");

        String waiting = TerminalRun.of(dataDir, "cos", "review").out();
        String id = waiting.lines().findFirst().orElseThrow().split(" ")[0];
        TerminalRun rejected = TerminalRun.of(dataDir, "cos", "review", "--reject", id);
        assertThat(rejected.out()).startsWith("Rejected: 'Zyxwv Qwerty Holdings' (Nowhere)");
        assertThat(TerminalRun.of(dataDir, "cos", "review").out().strip())
                .isEqualTo("No certificates row waits for review.");
    }

    @Test
    void employersImportedFromASheetShowTheirVacanciesInTheList() throws IOException {
        Path sheet = Files.writeString(files.resolve("employers.csv"), "CQC Provider ID,Contact,Care worker "
                + "vacancies,Pay\n" + sponsor.providerId() + ",Asha Patel,3,£12.60 an hour\n");

        TerminalRun imported = TerminalRun.of(dataDir, "employers", "import", sheet.toString());
        TerminalRun listed = TerminalRun.of(dataDir, "placements", "--district", district, "--role", "care-worker",
                "--miles", "30");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("'CQC Provider ID' → provider_id").contains("1 ethical employer imported.");
        assertThat(row(listed.out()).get("vacancies")).isEqualTo("3");
        assertThat(row(listed.out()).get("reasons")).contains("3 care worker posts (£12.60 an hour)");
    }

    @Test
    void aWorkerOnTheRegisterIsSearchedFromTheirDistrictAndNeverOfferedTheirFormerSponsor() {
        Worker worker;
        try (AppServices services = AppServices.open(dataDir)) {
            services.workers().unlock("correct horse battery staple".toCharArray());
            worker = services.workers().workers().stream()
                    .filter(w -> w.work() != null && w.work().roles().contains(Role.CARE_WORKER))
                    .filter(w -> PostcodeDistrict.of(w.place().postcode()).isPresent())
                    .filter(w -> !w.situation().formerProviderId().isEmpty())
                    .findFirst().orElseThrow();
        }

        TerminalRun run = TerminalRun.of(dataDir, "placements", "--worker", String.valueOf(worker.id()),
                "--passphrase-file", passphrase.toString());
        TerminalRun locked = TerminalRun.of(dataDir, "placements", "--worker", String.valueOf(worker.id()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().findFirst()).contains(HEADER);
        assertThat(run.out()).doesNotContain("," + worker.situation().formerProviderId() + ",");
        assertThat(locked.exitCode()).isEqualTo(1);
        assertThat(locked.err()).contains("The displaced workers register is locked");
    }

    @Test
    void aNoticeCountsTheWorkersLookingAroundAnAreaAndListsTheEmployersWhoOptedIn() throws IOException {
        Path sheet = Files.writeString(files.resolve("employers.csv"), "CQC Provider ID,Contact,Email,Notices\n"
                + sponsor.providerId() + ",Asha Patel,asha@example.org,yes\n");
        TerminalRun.of(dataDir, "employers", "import", sheet.toString());

        TerminalRun run = TerminalRun.of(dataDir, "notices", "--area", "West Midlands");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).matches("(About \\d+|A few) workers \\(.+\\) looking for work around West "
                + "Midlands\\. If you can offer work or sponsorship, reply to this message\\.");
        assertThat(lines).contains("provider_name,contact_name,email,phone")
                .anyMatch(l -> l.endsWith(",Asha Patel,asha@example.org,"));
    }

    /** The sponsor's first row of a placements CSV. */
    private CSVRecord row(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                    .getRecords().stream().filter(r -> r.get("cqc_provider_id").equals(sponsor.providerId()))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
