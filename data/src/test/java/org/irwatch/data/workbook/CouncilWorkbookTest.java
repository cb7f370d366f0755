package org.irwatch.data.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Scope;
import org.irwatch.core.demo.DemoDataGenerator;
import org.irwatch.core.market.AreaShare;
import org.irwatch.core.market.CouncilReport;
import org.irwatch.core.market.FigureShare;
import org.irwatch.core.market.MarketFigure;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.ReportPeriod;
import org.irwatch.core.market.ScopedMarket;
import org.irwatch.core.market.WatchListEntry;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.demo.JooqDemoDataRepository;
import org.irwatch.data.market.JooqMarketRepository;
import org.irwatch.data.market.JooqMarketRows;
import org.irwatch.data.matching.JooqMatchInputs;
import org.irwatch.data.matching.JooqMatchRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The council workbook of the demo's Birmingham, read back with POI and compared with the market it came from. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilWorkbookTest {

    private static final ZonedDateTime GENERATED = ZonedDateTime.of(2026, 11, 30, 9, 30, 0, 0,
            ZoneId.of("Europe/London"));

    private final Database database = Database.inMemory();
    private final CouncilDirectory councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
    private final MarketService market = new MarketService(councils, new JooqMarketRepository(database.dsl()),
            JooqMarketRows.assemblerOver(database.dsl()));
    private final Scope birmingham = new Scope.CouncilScope(councils.byGssCode("E08000025").orElseThrow());

    @TempDir
    static Path folder;

    private CouncilReport report;
    private Path file;

    @BeforeAll
    void writeBirminghamsWorkbookOnTheMatchedDemo() {
        new JooqDemoDataRepository(database.dsl()).load(new DemoDataGenerator(councils).generate(),
                ProgressListener.NONE);
        new MatchingService(new JooqMatchInputs(database.dsl()), new JooqMatchRepository(database.dsl()),
                Clock.systemUTC()).matchLatest(ProgressListener.NONE);
        report = market.report(birmingham, market.defaultPeriod(GENERATED.toLocalDate()), GENERATED, true);
        file = folder.resolve("Birmingham.xlsx");
        CouncilWorkbook.write(report, file);
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void sheetsComeInTheOrderACouncilOfficerReadsThem() throws Exception {
        try (WorkbookReader workbook = new WorkbookReader(file)) {
            assertThat(workbook.sheetNames()).containsExactly("Summary", "Providers", "Locations", "Events in period",
                    "Register changes", "Charts");
            assertThat(workbook.workbook.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void summaryFiguresAreTheMarketScreensValuesForTheSameArea() throws Exception {
        ScopedMarket screen = market.market(birmingham);
        try (WorkbookReader workbook = new WorkbookReader(file)) {
            XSSFSheet summary = workbook.sheet("Summary");
            int tableStart = workbook.rowLabelled(summary, SummarySheet.FIGURES_HEADING, 0).orElseThrow().getRowNum();
            for (MarketFigure figure : MarketFigure.values()) {
                Row row = workbook.rowLabelled(summary, figure.label(), tableStart).orElseThrow(
                        () -> new AssertionError("No row for " + figure.label()));
                assertThat(row.getCell(1).getNumericCellValue()).as(figure.label()).isEqualTo(screen.value(figure));
                FigureShare.wholeOf(figure).ifPresentOrElse(
                        whole -> assertThat(row.getCell(2).getNumericCellValue()).as(figure.label())
                                .isCloseTo(screen.share(figure, whole), within(1e-9)),
                        () -> assertThat(row.getCell(2)).as(figure.label()).isNull());
            }
            assertThat(screen.value(MarketFigure.SPONSORS)).as("the demo's Birmingham has sponsors").isPositive();
            assertThat(screen.value(MarketFigure.WORKERS_AT_RISK)).isPositive();
        }
    }

    @Test
    void titleBlockNamesAreaPeriodDatesSourcesWithTheLicenceAndSaysItIsDemoData() throws Exception {
        try (WorkbookReader workbook = new WorkbookReader(file)) {
            XSSFSheet summary = workbook.sheet("Summary");
            String text = workbook.text(summary);
            assertThat(summary.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Council market report: Birmingham");
            assertThat(text).contains(report.period().label()).contains(SummarySheet.OGL)
                    .contains("Invented data for trying IR Watch").contains("No personal data");
            Row cqc = workbook.rowLabelled(summary, "CQC directory of care providers and locations", 0).orElseThrow();
            assertThat(DateUtil.isCellDateFormatted(cqc.getCell(1))).isTrue();
            assertThat(cqc.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(DemoDataGenerator.CQC_DATE);
            Row generated = workbook.rowLabelled(summary, "Generated", 0).orElseThrow();
            assertThat(generated.getCell(1).getLocalDateTimeCellValue()).isEqualTo(GENERATED.toLocalDateTime());
        }
    }

    @Test
    void eachListSheetHasOneRowPerItemUnderAFrozenFilteredHeader() throws Exception {
        try (WorkbookReader workbook = new WorkbookReader(file)) {
            assertThat(workbook.dataRows("Providers")).isEqualTo(report.providers().size()).isPositive();
            assertThat(workbook.dataRows("Locations")).isEqualTo(report.locations().size()).isPositive();
            assertThat(workbook.dataRows("Events in period")).isEqualTo(report.events().size()).isPositive();
            assertThat(workbook.dataRows("Register changes")).isEqualTo(report.registerChanges().size()).isPositive();
            Map<String, String> nameColumns = Map.of("Providers", "Provider", "Locations", "Location",
                    "Events in period", "Sponsor (as on the register)",
                    "Register changes", "Organisation (as on the register)");
            for (String list : nameColumns.keySet()) {
                XSSFSheet sheet = workbook.sheet(list);
                assertThat(sheet.getPaneInformation()).as(list).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).as(list).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(list).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(list).isTrue();
                assertThat(sheet.getColumnWidth(workbook.header(list).indexOf(nameColumns.get(list))))
                        .as(list + ": names are not cut short").isGreaterThan(20 * 256);
            }
            assertThat(workbook.header("Providers")).contains("Risk score", "Risk factors");
        }
    }

    @Test
    void providersOnTheWatchListCarryTheirScoreAndFactors() throws Exception {
        try (WorkbookReader workbook = new WorkbookReader(file)) {
            XSSFSheet providers = workbook.sheet("Providers");
            int scoreColumn = workbook.header("Providers").indexOf("Risk score");
            int scored = 0;
            for (int r = 1; r <= providers.getLastRowNum(); r++) {
                CouncilReport.ProviderLine line = report.providers().get(r - 1);
                Row row = providers.getRow(r);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(line.provider().providerId());
                if (line.risk() != null) {
                    scored++;
                    assertThat(row.getCell(scoreColumn).getNumericCellValue()).isEqualTo(line.risk().total());
                    assertThat(row.getCell(scoreColumn + 1).getStringCellValue()).isEqualTo(line.risk().summary());
                }
            }
            assertThat(scored).isPositive();
        }
    }

    @Test
    void providersAreSortedByRiskSureSponsorsFirstThenPossibleOnesThenTheRestByName() throws Exception {
        List<WatchListEntry> watchList = market.watchList(birmingham);
        try (WorkbookReader workbook = new WorkbookReader(file)) {
            XSSFSheet providers = workbook.sheet("Providers");
            int matchColumn = workbook.header("Providers").indexOf("Match");
            for (int r = 1; r <= watchList.size(); r++) {
                WatchListEntry entry = watchList.get(r - 1);
                assertThat(providers.getRow(r).getCell(0).getStringCellValue())
                        .isEqualTo(entry.provider().providerId());
                assertThat(providers.getRow(r).getCell(matchColumn).getStringCellValue())
                        .as("a possible sponsor says so").endsWith(entry.toReview() ? "possible sponsor, to review"
                                : entry.provider().band() == null ? "" : entry.provider().band().label());
            }
            List<String> rest = new ArrayList<>();
            for (int r = watchList.size() + 1; r <= providers.getLastRowNum(); r++) {
                rest.add(providers.getRow(r).getCell(1).getStringCellValue().toLowerCase(Locale.ROOT));
            }
            assertThat(rest).isNotEmpty().isSorted();
        }
        assertThat(watchList).extracting(WatchListEntry::toReview).contains(false);
    }

    @Test
    void aCouncilsSponsorShareChartHasItsRegionAndEnglandBesideIt() throws Exception {
        try (WorkbookReader workbook = new WorkbookReader(file)) {
            String charts = workbook.text(workbook.sheet("Charts"));
            assertThat(charts).contains("Birmingham").contains("West Midlands").contains("England");
        }
        assertThat(report.sponsorShareComparators()).extracting(AreaShare::area)
                .containsExactly("West Midlands", "England");
        assertThat(report.sponsorShareComparators().get(1).share()).isEqualTo(market.market(Scope.england())
                .share(MarketFigure.SPONSOR_LOCATIONS, MarketFigure.LOCATIONS));
    }

    @Test
    void listsPrintLandscapeOnA4OneColumnWideWithLongListsWrapped() throws Exception {
        try (WorkbookReader workbook = new WorkbookReader(file)) {
            XSSFSheet providers = workbook.sheet("Providers");
            assertThat(providers.getPrintSetup().getLandscape()).isTrue();
            assertThat(providers.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(providers.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            int councils = workbook.header("Providers").indexOf("Councils");
            assertThat(providers.getRow(1).getCell(councils).getCellStyle().getWrapText()).isTrue();
            int totalChars = 0;
            for (int c = 0; c < workbook.header("Providers").size(); c++) {
                totalChars += providers.getColumnWidth(c) / 256;
            }
            assertThat(totalChars).as("narrow enough to print at a readable size").isLessThan(240);
        }
    }

    @Test
    void eventDatesAreDatesAndTheChartsSheetHasItsFiveNativeCharts() throws Exception {
        try (WorkbookReader workbook = new WorkbookReader(file)) {
            Row first = workbook.sheet("Events in period").getRow(1);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(0))).isTrue();
            assertThat(first.getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(report.events().getFirst().event().actionDate());
            assertThat(first.getCell(0).getCellStyle().getDataFormatString()).as("the long UK date")
                    .isEqualTo("d mmmm yyyy");
            assertThat(workbook.charts("Charts")).isEqualTo(ChartsSheet.TITLES.size());
            assertThat(workbook.formulaCells()).isZero();
        }
    }

    @Test
    void anAreaWithNoEventsInThePeriodSaysSoInsteadOfDrawingEmptyCharts() throws Exception {
        CouncilReport quiet = market.report(birmingham, new ReportPeriod(LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 3, 31)), GENERATED, true);
        Path quietFile = folder.resolve("quiet.xlsx");
        CouncilWorkbook.write(quiet, quietFile);

        try (WorkbookReader workbook = new WorkbookReader(quietFile)) {
            assertThat(quiet.events()).isEmpty();
            assertThat(workbook.dataRows("Events in period")).as("the sentence, no event").isEqualTo(1);
            assertThat(workbook.sheet("Events in period").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("None recorded in this period");
            assertThat(workbook.charts("Charts")).isEqualTo(2);
            assertThat(workbook.text(workbook.sheet("Charts")))
                    .contains("No suspensions or revocations recorded in this period.");
            assertThat(workbook.sheet("Events in period").getRow(0).getCell(0).getCellType()).isEqualTo(CellType.STRING);
        }
    }
}
