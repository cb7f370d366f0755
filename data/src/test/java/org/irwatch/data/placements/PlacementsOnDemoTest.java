package org.irwatch.data.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Scope;
import org.irwatch.core.demo.DemoDataGenerator;
import org.irwatch.core.geo.PostcodeDistrict;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.imports.table.SheetTable;
import org.irwatch.core.market.MarketLocation;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.RegisterEntry;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.core.placements.CosField;
import org.irwatch.core.placements.CosImport;
import org.irwatch.core.placements.CosLink;
import org.irwatch.core.placements.EmployerField;
import org.irwatch.core.placements.EmployerImport;
import org.irwatch.core.placements.EthicalEmployer;
import org.irwatch.core.placements.PlacementQuery;
import org.irwatch.core.placements.PlacementResult;
import org.irwatch.core.placements.PlacementRole;
import org.irwatch.core.placements.PlacementService;
import org.irwatch.core.placements.SpareCertificates;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.demo.JooqDemoDataRepository;
import org.irwatch.data.geo.PostcodeFileImporter;
import org.irwatch.data.market.JooqMarketRepository;
import org.irwatch.data.market.JooqMarketRows;
import org.irwatch.data.matching.JooqMatchInputs;
import org.irwatch.data.matching.JooqMatchRepository;
import org.irwatch.data.workbook.CouncilWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Certificates, employers and the finder over the stored, matched demo market: what the imports keep and refuse, what
 * counts as a sponsor's spare certificates, and that none of it reaches the council workbook.
 */
class PlacementsOnDemoTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    /** A figure no other cell of a workbook holds: if it appears, certificates leaked. */
    private static final int ALLOCATED = 7_919;
    private static final int USED = 1_234;

    private final Database database = Database.inMemory();
    private final CouncilDirectory councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
    private final MarketService market = new MarketService(councils, new JooqMarketRepository(database.dsl()),
            JooqMarketRows.assemblerOver(database.dsl()));
    private final JooqCosRepository certificates = new JooqCosRepository(database.dsl());
    private final JooqPlacementRows rows = new JooqPlacementRows(database.dsl());
    private final PlacementService placements = new PlacementService(market, rows,
            new JooqPlacementStore(database.dsl()), CLOCK, "officer");
    private final CosImport cosImport = new CosImport(certificates, certificates, CLOCK);

    @TempDir
    Path folder;

    @BeforeEach
    void loadTheMatchedDemoWithItsDistrictsPlaced() throws IOException {
        new JooqDemoDataRepository(database.dsl()).load(new DemoDataGenerator(councils).generate(),
                ProgressListener.NONE);
        new MatchingService(new JooqMatchInputs(database.dsl()), new JooqMatchRepository(database.dsl()), CLOCK)
                .matchLatest(ProgressListener.NONE);
        // The demo is invented: its districts are set a little apart around Birmingham.
        Set<String> districts = new TreeSet<>();
        rows.locationSites().forEach(s -> PostcodeDistrict.of(s.postcode()).ifPresent(d -> districts.add(d.code())));
        StringBuilder table = new StringBuilder("postcode,latitude,longitude\n");
        int n = 0;
        for (String district : districts) {
            table.append(district).append(',').append(52.48 + 0.01 * (n % 10)).append(',')
                    .append(-1.90 + 0.01 * (n++ / 10)).append('\n');
        }
        new PostcodeFileImporter(database.dsl()).importFile(Files.writeString(folder.resolve("districts.csv"), table),
                ProgressListener.NONE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void certificatesOfASponsorNamedAsOnTheRegisterCountAndUnknownSponsorsWaitForReview() {
        RegisterEntry sponsor = sureSponsor().registerEntry();
        SheetTable sheet = cosSheet(
                List.of(sponsor.name(), sponsor.town(), "01/07/2026", "30/09/2026", String.valueOf(ALLOCATED),
                        String.valueOf(USED)),
                List.of("Zyxwv Qwerty Holdings", "Nowhere", "01/07/2026", "30/09/2026", "5", "1"),
                List.of("=HYPERLINK(\"http://x\")", "", "01/07/2026", "30/09/2026", "3", "0"));

        CosImport.Result result = cosImport.run(sheet, mapping(sheet), ProgressListener.NONE);

        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.sure()).isEqualTo(1);
        assertThat(certificates.toReview()).extracting(r -> r.sponsorName())
                .containsExactlyInAnyOrder("Zyxwv Qwerty Holdings", "=HYPERLINK(\"http://x\")");
        assertThat(rows.spareCertificates()).containsOnlyKeys(sponsor.key());
        assertThat(rows.spareCertificates().get(sponsor.key()).spare()).isEqualTo(ALLOCATED - USED);
    }

    @Test
    void aRowConfirmedOnReviewCountsAndTheLatestPeriodIsTheSponsorsCapacity() {
        RegisterEntry sponsor = sureSponsor().registerEntry();
        SheetTable sheet = cosSheet(
                List.of(sponsor.name(), sponsor.town(), "01/04/2026", "30/06/2026", "10", "10"),
                List.of(sponsor.name(), sponsor.town(), "01/07/2026", "30/09/2026", "10", "4"));
        cosImport.run(sheet, mapping(sheet), ProgressListener.NONE);
        SpareCertificates latest = rows.spareCertificates().get(sponsor.key());
        assertThat(latest.to()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(latest.spare()).isEqualTo(6);

        SheetTable unknown = cosSheet(List.of("Zyxwv Qwerty Holdings", "", "01/10/2026", "31/12/2026", "9", "1"));
        cosImport.run(unknown, mapping(unknown), ProgressListener.NONE);
        long id = certificates.toReview().getFirst().id();
        certificates.decide(id, CosLink.Band.REJECTED);
        assertThat(certificates.toReview()).isEmpty();
        assertThat(rows.spareCertificates().get(sponsor.key()).to()).as("a rejected row counts for no one")
                .isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void badRowsRefuseTheWholeSheetByRowAndColumnAndKeepWhatWasHeld() {
        RegisterEntry sponsor = sureSponsor().registerEntry();
        SheetTable good = cosSheet(List.of(sponsor.name(), sponsor.town(), "01/07/2026", "30/09/2026", "10", "4"));
        cosImport.run(good, mapping(good), ProgressListener.NONE);
        SheetTable bad = cosSheet(
                List.of(sponsor.name(), sponsor.town(), "01/10/2026", "31/12/2026", "fifty", "4"),
                List.of("Other Care", "", "31/13/2026", "31/12/2026", "10", "4"),
                List.of("Third Care", "", "01/10/2026", "31/12/2026", "3", "5"));

        assertThatThrownBy(() -> cosImport.run(bad, mapping(bad), ProgressListener.NONE))
                .isInstanceOf(RowsRejectedException.class)
                .hasMessageContaining("row 2, CoS Allocated 'fifty': 'fifty' is not a whole number of certificates")
                .hasMessageContaining("row 3, Period From '31/13/2026'")
                .hasMessageContaining("row 4, CoS Used '5': more certificates used (5) than allocated (3)")
                .hasMessageContaining("nothing was imported");
        assertThat(certificates.count()).isEqualTo(1);
    }

    @Test
    void theCouncilWorkbookHoldsNoCertificateFigure() throws IOException {
        MarketProvider provider = sureSponsor();
        RegisterEntry sponsor = provider.registerEntry();
        SheetTable sheet = cosSheet(List.of(sponsor.name(), sponsor.town(), "01/07/2026", "30/09/2026",
                String.valueOf(ALLOCATED), String.valueOf(USED)));
        cosImport.run(sheet, mapping(sheet), ProgressListener.NONE);
        Scope council = new Scope.CouncilScope(councils.byGssCode(provider.homeCouncil().orElseThrow()).orElseThrow());
        ZonedDateTime now = ZonedDateTime.now(CLOCK.withZone(ZoneId.of("Europe/London")));
        Path file = folder.resolve("council.xlsx");

        CouncilWorkbook.write(market.report(council, market.defaultPeriod(now.toLocalDate()), now, true), file);

        List<String> cells = cellsOf(file);
        assertThat(cells).as("the sponsor is in the workbook").anyMatch(c -> c.contains(provider.name()));
        assertThat(cells).noneMatch(c -> c.contains(String.valueOf(ALLOCATED)) || c.contains(String.valueOf(USED))
                || c.contains(String.valueOf(ALLOCATED - USED)) || c.toLowerCase().contains("certificate"));
    }

    @Test
    void employersAreImportedByProviderIdOrNameAndTheirPostsShowInTheFinder() {
        MarketProvider byId = sureSponsor();
        SheetTable sheet = new SheetTable("employers.csv", List.of("CQC Provider ID", "Provider", "Contact",
                "Care worker vacancies", "Hours", "Pay", "Licence", "Housing"), List.of(
                new SheetTable.Row(2, List.of(byId.providerId(), "", "Asha Patel", "3", "37.5 a week",
                        "£12.60 an hour", "held", "yes"))));
        ColumnMapping<EmployerField> mapping = ColumnMapping.guess(EmployerField.CATALOGUE, sheet.header());

        List<EthicalEmployer> saved = new EmployerImport(placements).run(sheet, mapping);

        assertThat(saved).singleElement().satisfies(e -> {
            assertThat(e.vacanciesFor(PlacementRole.CARE_WORKER)).isEqualTo(3);
            assertThat(e.offersHousing()).isTrue();
        });
        MarketLocation home = byId.locations().getFirst();
        PlacementResult result = placements.find(new PlacementQuery(PlacementRole.CARE_WORKER,
                PostcodeDistrict.of(home.postcode()).orElseThrow(), 50, null));
        assertThat(result.matches()).filteredOn(m -> m.provider().providerId().equals(byId.providerId()))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.reasons(false)).contains("3 care worker posts (37.5 a week, "
                        + "£12.60 an hour)").contains("offers housing"));
    }

    @Test
    void anEmployerRowNamingNoProviderHeldIsRefusedByRowAndColumn() {
        SheetTable sheet = new SheetTable("employers.csv", List.of("Provider", "Care worker vacancies"), List.of(
                new SheetTable.Row(2, List.of("No Such Care Ltd", "two"))));

        assertThatThrownBy(() -> new EmployerImport(placements).run(sheet,
                ColumnMapping.guess(EmployerField.CATALOGUE, sheet.header())))
                .isInstanceOf(RowsRejectedException.class)
                .hasMessageContaining("row 2, Provider 'No Such Care Ltd': no adult social care provider")
                .hasMessageContaining("row 2, Care worker vacancies 'two': 'two' is not a whole number of posts");
        assertThat(placements.employers()).isEmpty();
    }

    @Test
    void anExclusionIsRememberedWithItsReasonUntilTakenBack() {
        MarketProvider provider = sureSponsor();
        PlacementQuery query = new PlacementQuery(PlacementRole.CARE_WORKER,
                PostcodeDistrict.of(provider.locations().getFirst().postcode()).orElseThrow(), 50, null);
        assertThat(placements.find(query).matches()).anyMatch(m -> m.provider().equals(provider));

        placements.exclude(provider.providerId(), "Asked workers to pay a recruitment fee");
        PlacementResult excluded = placements.find(query);
        assertThat(excluded.matches()).noneMatch(m -> m.provider().providerId().equals(provider.providerId()));
        assertThat(excluded.excluded()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.exclusion().reason()).isEqualTo("Asked workers to pay a recruitment fee");
            assertThat(e.exclusion().excludedBy()).isEqualTo("officer");
        });

        placements.include(provider.providerId());
        assertThat(placements.find(query).matches()).anyMatch(m -> m.provider().providerId()
                .equals(provider.providerId()));
    }

    /** A surely matched, A-rated Skilled Worker sponsor of the demo that the finder offers. */
    private MarketProvider sureSponsor() {
        return market.data().providers().stream()
                .filter(p -> p.isSponsor() && p.registerEntry() != null && p.events().isEmpty()
                        && p.registerChanges().isEmpty() && p.registerEntry().ratings().equals("A")
                        && p.registerEntry().routes().contains("Skilled Worker")
                        && p.locations().stream().anyMatch(l -> l.rating() != org.irwatch.core.cqc.OverallRating.INADEQUATE))
                .findFirst().orElseThrow();
    }

    @SafeVarargs
    private static SheetTable cosSheet(List<String>... rows) {
        List<SheetTable.Row> table = new ArrayList<>();
        for (List<String> row : rows) {
            table.add(new SheetTable.Row(table.size() + 2, row));
        }
        return new SheetTable("cos.csv", List.of("Organisation Name", "Town/City", "Period From", "Period To",
                "CoS Allocated", "CoS Used"), table);
    }

    private static ColumnMapping<CosField> mapping(SheetTable sheet) {
        return ColumnMapping.guess(CosField.CATALOGUE, sheet.header());
    }

    private static List<String> cellsOf(Path file) throws IOException {
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(cell.getCellType() == CellType.NUMERIC
                                ? String.valueOf((long) cell.getNumericCellValue()) : cell.toString());
                    }
                }
            }
        }
        return cells;
    }
}
