package org.irwatch.app.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irwatch.app.common.OpenDataFolder;
import org.irwatch.core.geo.PostcodeDistrict;
import org.irwatch.core.market.MarketLocation;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.placements.PlacementLine;
import org.irwatch.core.placements.PlacementRole;
import org.irwatch.core.workers.Role;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Placements finder's logic on the matched demo, without the toolkit. */
class PlacementsViewModelTest {

    @TempDir
    Path folder;

    private OpenDataFolder data;
    private PlacementsViewModel model;
    private MarketProvider sponsor;

    @BeforeEach
    void openTheDemoWithItsDistrictsPlaced() throws IOException {
        data = OpenDataFolder.withDemo(folder.resolve("data"));
        Set<String> districts = new TreeSet<>();
        data.services().market().data().providers().forEach(p -> p.locations().forEach(l ->
                PostcodeDistrict.of(l.postcode()).ifPresent(d -> districts.add(d.code()))));
        List<String> table = new ArrayList<>(List.of("postcode,latitude,longitude"));
        // The demo is invented: its districts are set close together around Birmingham.
        districts.forEach(d -> table.add(d + ",52.48,-1.90"));
        Path centres = Files.write(folder.resolve("districts.csv"), table);
        data.dialogs().answeringFiles(config -> Optional.of(centres));
        model = new PlacementsViewModel(data.services().placements(),
                data.services().placementFormats().shortlist(), data.services().postcodes(),
                data.services().workers(), data.services().introductions(), data.context(), data.services().clock());
        model.importPostcodes();
        sponsor = data.services().market().data().providers().stream()
                .filter(p -> p.isSponsor() && p.registerEntry() != null && p.events().isEmpty()
                        && p.registerChanges().isEmpty() && "A".equals(p.registerEntry().ratings()))
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void importingPostcodeCentresSaysWhatItHeld() {
        assertThat(data.dialogs().information()).singleElement().asString()
                .startsWith("Postcode centres imported: Postcode centre table:");
    }

    @Test
    void findingListsTheLocationsWithinReachWithTheirReasons() {
        findNear(sponsor);

        assertThat(model.problem().get()).isEmpty();
        assertThat(model.lines()).isNotEmpty().anyMatch(l -> l.providerId().equals(sponsor.providerId()));
        assertThat(model.summary().get()).matches("[\\d,]+ locations? within 20 straight-line miles of .+ for a "
                + "care worker\\.");
        assertThat(model.selected().get()).isEqualTo(model.lines().getFirst());
        assertThat(model.reasonsOf(model.selected().get())).contains("Licence: ").contains("straight-line miles");
        assertThat(model.lines()).noneMatch(PlacementLine::restricted);
    }

    @Test
    void aDistrictThatIsNoPostcodeSaysHowToWriteOne() {
        model.district().set("Coventry");
        model.find();

        assertThat(model.problem().get()).isEqualTo("Type a postcode district (CV1) or a postcode (CV1 2AB) for "
                + "where the worker is.");
        assertThat(model.lines()).isEmpty();
    }

    @Test
    void excludingAProviderNeedsAReasonAndKeepsItApartUntilTakenBack() {
        findNear(sponsor);
        model.selected().set(model.lines().stream().filter(l -> l.providerId().equals(sponsor.providerId()))
                .findFirst().orElseThrow());

        model.excludeSelected();
        assertThat(model.problem().get()).startsWith("Type why " + sponsor.name() + " is excluded");

        model.exclusionReason().set("Charged workers a recruitment fee");
        model.excludeSelected();
        assertThat(model.lines()).noneMatch(l -> l.providerId().equals(sponsor.providerId()));
        assertThat(model.excluded()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.exclusion().reason()).isEqualTo("Charged workers a recruitment fee"));

        model.include(model.excluded().getFirst());
        assertThat(model.lines()).anyMatch(l -> l.providerId().equals(sponsor.providerId()));
        assertThat(model.excluded()).isEmpty();
    }

    @Test
    void theShortlistIsAWorkbookAnEmployerCanReadWithNoWorkerData() throws IOException {
        findNear(sponsor);
        Path file = folder.resolve("shortlist.xlsx");
        data.dialogs().answeringFiles(config -> Optional.of(file));

        model.exportShortlist();

        assertThat(data.dialogs().offeredToOpen()).containsExactly(file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row header = workbook.getSheet("Shortlist").getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("Rank", "Provider", "Location", "Postcode",
                    "Distance (straight-line miles)", "Contact", "Vacancies", "Posts", "CQC rating", "Licence");
            assertThat(workbook.getSheet("Shortlist").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo(model.lines().getFirst().providerName());
            List<String> about = new ArrayList<>();
            workbook.getSheet("About").forEach(row -> about.add(row.getCell(0).getStringCellValue()));
            assertThat(about.getFirst()).startsWith("Care worker within 20 straight-line miles of ");
            assertThat(about).noneMatch(line -> line.startsWith("Worker"));
        }
    }

    @Test
    void aLockedRegisterOffersNoWorkerAndSaysWhereToUnlockIt() {
        model.loadWorkers();

        assertThat(model.workers()).isEmpty();
        assertThat(model.workersHint().get()).isEqualTo("To search for a worker on the register, unlock it on the "
                + "Displaced workers screen (Ctrl+6).");
    }

    @Test
    void aWorkerIsSearchedForIntroducedAndShortlistedWithTheirDetailsOnlyWhenTicked() throws IOException {
        WorkerService register = data.services().workers();
        register.setUp("correct horse battery staple".toCharArray());
        model.loadWorkers();
        Worker worker = register.workers().stream()
                .filter(w -> w.work().roles().contains(Role.CARE_WORKER) && !w.stage().isClosed()
                        && w.stage().allowedMoves().contains(Stage.INTERVIEW_ARRANGED))
                .filter(w -> !w.situation().formerProviderId().isEmpty())
                .findFirst().orElseThrow();
        model.worker().set(model.workers().stream().filter(c -> c.id() == worker.id()).findFirst().orElseThrow());
        model.miles().set("1");

        model.find();
        assertThat(model.problem().get()).isEmpty();
        assertThat(model.summary().get()).contains(" of " + PostcodeDistrict.of(worker.place().postcode())
                .orElseThrow().code());
        assertThat(model.lines()).isNotEmpty()
                .noneMatch(l -> l.providerId().equals(worker.situation().formerProviderId()));

        model.introduceWorker();
        assertThat(register.find(worker.id()).stage()).isEqualTo(Stage.INTERVIEW_ARRANGED);

        Path plain = folder.resolve("plain.xlsx");
        Path withWorker = folder.resolve("with-worker.xlsx");
        data.dialogs().answeringFiles(config -> Optional.of(plain));
        model.exportShortlist();
        model.includeWorker().set(true);
        data.dialogs().answeringFiles(config -> Optional.of(withWorker));
        model.exportShortlist();
        assertThat(aboutSheet(plain)).noneMatch(line -> line.contains(worker.person().name()));
        assertThat(aboutSheet(withWorker)).contains("Worker (included at the user's choice):",
                "Name: " + worker.person().name());
    }

    private static List<String> aboutSheet(Path file) throws IOException {
        List<String> about = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.getSheet("About").forEach(row -> about.add(row.getCell(0).getStringCellValue()));
        }
        return about;
    }

    private void findNear(MarketProvider provider) {
        MarketLocation home = provider.locations().getFirst();
        model.role().set(PlacementRole.CARE_WORKER);
        model.district().set(PostcodeDistrict.of(home.postcode()).orElseThrow().code());
        model.miles().set("20");
        model.find();
    }
}
