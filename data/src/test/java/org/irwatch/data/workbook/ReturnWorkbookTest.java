package org.irwatch.data.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.common.FinancialYear;
import org.irwatch.core.grants.GrantInitiative;
import org.irwatch.core.grants.Grants;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Partnership;
import org.irwatch.core.council.Scope;
import org.irwatch.core.demo.DemoDataGenerator;
import org.irwatch.core.market.AreaActions;
import org.irwatch.core.market.MarketFigure;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.ReportPeriod;
import org.irwatch.core.market.ScopedEvent;
import org.irwatch.core.market.ScopedMarket;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.core.quarterly.Narrative;
import org.irwatch.core.quarterly.NarrativeSection;
import org.irwatch.core.quarterly.QuarterlyReturn;
import org.irwatch.core.quarterly.QuarterlyReturnService;
import org.irwatch.core.quarterly.ReturnMeasure;
import org.irwatch.core.quarterly.ReturnTemplate;
import org.irwatch.core.quarterly.WorkerFigures;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.grants.JooqGrantRepository;
import org.irwatch.data.demo.JooqDemoDataRepository;
import org.irwatch.data.market.JooqMarketRepository;
import org.irwatch.data.market.JooqMarketRows;
import org.irwatch.data.matching.JooqMatchInputs;
import org.irwatch.data.matching.JooqMatchRepository;
import org.irwatch.data.narrative.JooqNarrativeRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The DHSC return of a partnership on the matched demo, read back and set against the market it came from. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnWorkbookTest {

    private static final ZonedDateTime PREPARED = ZonedDateTime.of(2026, 11, 30, 9, 30, 0, 0,
            ZoneId.of("Europe/London"));
    private static final FinancialQuarter Q2 = FinancialQuarter.parse("2026-27-Q2");
    private static final String NO_WORKERS = "The register of displaced workers is locked: unlock it to count them.";

    private final Database database = Database.inMemory();
    private final CouncilDirectory councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
    private final MarketService market = new MarketService(councils, new JooqMarketRepository(database.dsl()),
            JooqMarketRows.assemblerOver(database.dsl()));
    private final Grants grants = new Grants(new JooqGrantRepository(database.dsl()),
            key -> area(key).map(market::councilCodes));
    private final JooqNarrativeRepository narratives = new JooqNarrativeRepository(database.dsl());
    private final QuarterlyReturnService returns = new QuarterlyReturnService(market,
            (councils, period) -> WorkerFigures.unavailable(NO_WORKERS), List::of, grants::within, narratives,
            key -> area(key).map(Scope::label).orElse(key));

    @TempDir
    static Path folder;

    private Scope partnership;

    @BeforeAll
    void matchTheDemoAndMakeAPartnershipOfTheCouncilsOfItsEventsInTheQuarter() {
        new JooqDemoDataRepository(database.dsl()).load(new DemoDataGenerator(councils).generate(),
                ProgressListener.NONE);
        new MatchingService(new JooqMatchInputs(database.dsl()), new JooqMatchRepository(database.dsl()),
                Clock.systemUTC()).matchLatest(ProgressListener.NONE);
        ReportPeriod q2 = ReportPeriod.of(Q2);
        List<Council> touched = market.market(Scope.england()).events(q2.from(), q2.to()).stream()
                .filter(e -> e.event().putsWorkersAtRisk()).flatMap(e -> e.councilGssCodes().stream())
                .distinct().sorted().limit(3).map(code -> councils.byGssCode(code).orElseThrow()).toList();
        assertThat(touched).as("the demo has licence actions in 2026/27 Q2").isNotEmpty();
        partnership = new Scope.PartnershipScope(new Partnership("Demo partnership", touched));
        narratives.save(new Narrative(partnership.key(), Q2, Map.of(
                NarrativeSection.PROGRESS, "Two webinars held.\n\nA helpline opened in August.",
                NarrativeSection.RISKS_AND_ISSUES, "Three sponsors of the area are under review."),
                "officer", PREPARED.toInstant()));
        recordGrants(touched.getFirst());
    }

    /** The partnership's initiatives, one of a council within it, and one of a council outside it. */
    private void recordGrants(Council within) {
        Council outside = councils.councils().stream().filter(c -> !market.councilCodes(partnership)
                .contains(c.gssCode())).findFirst().orElseThrow();
        FinancialYear year = Q2.year();
        grants.save(new GrantInitiative(null, partnership.key(), year, "Retention payments", pounds("10000"),
                Map.of(1, pounds("2500.50"), 2, pounds("1200"))), partnership.label());
        grants.save(new GrantInitiative(null, partnership.key(), year, "Legal advice", pounds("4000"),
                Map.of(1, pounds("3000"), 2, pounds("1500"))), partnership.label());
        grants.save(new GrantInitiative(null, partnership.key(), year, "Job fairs", pounds("3000"), Map.of(3,
                pounds("999"))), partnership.label());
        grants.save(new GrantInitiative(null, "council:" + within.gssCode(), year, "=HYPERLINK(\"http://x\")",
                pounds("500"), Map.of(2, pounds("0"))), within.name());
        grants.save(new GrantInitiative(null, "council:" + outside.gssCode(), year, "Elsewhere", pounds("1"),
                Map.of()), outside.name());
    }

    private Optional<Scope> area(String key) {
        return key.equals(partnership.key()) ? Optional.of(partnership)
                : Scope.fromKey(key, councils, List.of());
    }

    private static BigDecimal pounds(String amount) {
        return new BigDecimal(amount);
    }

    @AfterAll
    void close() {
        database.close();
    }

    private QuarterlyReturn gather(Scope area) {
        return returns.gather(area, Q2, ReturnTemplate.defaults(),
                new QuarterlyReturnService.Preparation(PREPARED, "officer", true, List.of()));
    }

    @Test
    void theAreasFiguresAreTheMarketScreensForTheSameAreaAndPeriod() {
        QuarterlyReturn written = gather(partnership);
        ScopedMarket screen = market.market(partnership);
        ReportPeriod q2 = ReportPeriod.of(Q2);
        AreaActions quarter = screen.actionsIn(q2.from(), q2.to());
        AreaActions year = screen.actionsIn(q2.yearToDate().from(), q2.yearToDate().to());

        assertThat(written.areaFigures().atDataDates().get(ReturnMeasure.PROVIDERS))
                .isEqualTo(screen.value(MarketFigure.PROVIDERS));
        assertThat(written.areaFigures().atDataDates().get(ReturnMeasure.SPONSORS))
                .isEqualTo(screen.value(MarketFigure.SPONSORS));
        assertThat(written.areaFigures().quarter().get(ReturnMeasure.SUSPENDED_SPONSORS))
                .isEqualTo(quarter.suspended().size());
        assertThat(written.areaFigures().quarter().get(ReturnMeasure.REVOKED_WORKERS))
                .isEqualTo(quarter.workersRevoked());
        assertThat(written.areaFigures().yearToDate().get(ReturnMeasure.WORKERS_TOTAL))
                .isEqualTo(year.workersTotal()).isGreaterThanOrEqualTo(quarter.workersTotal());
        assertThat(written.councils()).extracting(QuarterlyReturn.AreaFigures::name)
                .containsExactlyElementsOf(written.councilNames());
        int sumOfCouncils = written.councils().stream()
                .mapToInt(c -> c.quarter().get(ReturnMeasure.SUSPENDED_SPONSORS)).sum();
        assertThat(sumOfCouncils).as("councils' rows may count a sponsor in each; the area's once")
                .isGreaterThanOrEqualTo(written.areaFigures().quarter().get(ReturnMeasure.SUSPENDED_SPONSORS));
        assertThat(written.actionsByMonth()).hasSize(6);
        assertThat(written.sources()).filteredOn(s -> s.when().equals("2026/27 Q2")
                && s.measureLabel().equals(ReturnMeasure.SUSPENDED_SPONSORS.defaultLabel())).singleElement()
                .satisfies(s -> assertThat(s.ids()).containsExactlyInAnyOrderElementsOf(quarter.suspended().stream()
                        .map(ScopedEvent::event).map(e -> "event " + e.id()).toList()));
    }

    @Test
    void theWorkbookHoldsItsSheetsPrintsOnA4LandscapeAndSaysWhyWorkersAreMissing() throws Exception {
        Path file = folder.resolve("return.xlsx");
        ReturnWorkbook.write(gather(partnership), file);

        try (WorkbookReader read = new WorkbookReader(file)) {
            assertThat(read.sheetNames()).containsExactly("Cover", "Market and licence actions",
                    "Displaced workers", "Interventions and engagement", "Grant spend", "Narrative", "Sources");
            assertThat(read.text(read.sheet("Cover"))).contains("DHSC quarterly return: Demo partnership (partnership)",
                    "2026/27 Q2: 1 July 2026 to 30 September 2026", "1 April 2026 to 30 September 2026",
                    "A suspension is the early warning", "Open Government Licence");
            assertThat(read.text(read.sheet("Displaced workers"))).contains(NO_WORKERS);
            assertThat(numbers(read.sheet("Displaced workers"))).as("a sentence, never zeros").isEmpty();
            assertThat(read.charts("Market and licence actions")).isEqualTo(1);
            read.workbook.forEach(sheet -> {
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            });
        }
    }

    @Test
    void theGrantSpendSheetHoldsEachInitiativeWithinTheAreaItsTotalsAndSaysWhatIsNotRecorded() throws Exception {
        Path file = folder.resolve("grants.xlsx");
        QuarterlyReturn written = gather(partnership);
        ReturnWorkbook.write(written, file);

        try (WorkbookReader read = new WorkbookReader(file)) {
            Sheet sheet = read.sheet("Grant spend");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Grant spend: Demo partnership (partnership), 2026/27 Q2");
            Row header = read.rowLabelled(sheet, "Initiative", 0).orElseThrow();
            assertThat(texts(header)).containsExactly("Initiative", "Area", "Budget for the year (£)",
                    "Spend in the quarter (£)", "Spend year to date (£)", "Remaining (£)", "Budget spent (%)");
            assertThat(shown(read.rowLabelled(sheet, "Retention payments", 0).orElseThrow())).containsExactly(
                    "Retention payments", "Demo partnership (partnership)", "£10,000.00", "£1,200.00", "£3,700.50",
                    "£6,299.50", "37.0%");
            assertThat(shown(read.rowLabelled(sheet, "Legal advice", 0).orElseThrow())).as("overspent")
                    .containsExactly("Legal advice", "Demo partnership (partnership)", "£4,000.00", "£1,500.00",
                            "£4,500.00", "-£500.00", "112.5%");
            assertThat(shown(read.rowLabelled(sheet, "Job fairs", 0).orElseThrow())).as("Q3 is after the quarter")
                    .containsExactly("Job fairs", "Demo partnership (partnership)", "£3,000.00", "not recorded",
                            "not recorded", "not recorded", "not recorded");
            Row formula = read.rowLabelled(sheet, "=HYPERLINK(\"http://x\")", 0).orElseThrow();
            assertThat(formula.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(shown(formula).subList(2, 7)).containsExactly("£500.00", "£0.00", "£0.00", "£500.00", "0.0%");
            assertThat(shown(read.rowLabelled(sheet, "All initiatives", 0).orElseThrow())).containsExactly(
                    "All initiatives", "", "£17,500.00", "£2,700.00", "£8,200.50", "£9,299.50", "46.9%");
            assertThat(read.text(sheet)).doesNotContain("Elsewhere").contains(
                    "Job fairs: no spend recorded for Q1, Q2.",
                    "Legal advice is overspent by £500.00 (112.5% of its budget).");
            assertThat(read.rowLabelled(sheet, "Legal advice", 0).orElseThrow().getCell(5).getCellStyle()
                    .getDataFormatString()).isEqualTo("£#,##0.00;[Red]-£#,##0.00");
        }
        assertThat(written.sources()).filteredOn(s -> s.measureLabel().equals("Grant spend (initiatives)"))
                .singleElement().satisfies(s -> assertThat(s.ids()).hasSize(4)
                        .allMatch(id -> id.startsWith("initiative ")).anyMatch(id -> id.endsWith("(Job fairs)")));
    }

    @Test
    void anAreaWithNoGrantRecordedGetsASentenceNotZeros() throws Exception {
        Council elsewhere = councils.councils().stream().filter(c -> !market.councilCodes(partnership)
                .contains(c.gssCode())).skip(1).findFirst().orElseThrow();
        Path file = folder.resolve("no-grants.xlsx");
        ReturnWorkbook.write(gather(new Scope.CouncilScope(elsewhere)), file);

        try (WorkbookReader read = new WorkbookReader(file)) {
            Sheet sheet = read.sheet("Grant spend");
            assertThat(read.text(sheet)).contains("No grant initiative is recorded for " + elsewhere.name()
                    + " in 2026/27. Add them on the Reports screen (Grant spend…) or with irwatch grants import");
            assertThat(numbers(sheet)).isEmpty();
        }
    }

    @Test
    void theSameInputsGiveTheSameCells() throws Exception {
        Path first = folder.resolve("first.xlsx");
        Path second = folder.resolve("second.xlsx");
        ReturnWorkbook.write(gather(partnership), first);
        ReturnWorkbook.write(gather(partnership), second);

        try (WorkbookReader a = new WorkbookReader(first); WorkbookReader b = new WorkbookReader(second)) {
            assertThat(cells(a)).isNotEmpty().isEqualTo(cells(b))
                    .anyMatch(cell -> cell.startsWith("Grant spend!") && cell.contains("£8,200.50"))
                    .anySatisfy(cell -> assertThat(cell).startsWith("Narrative!").contains("Two webinars held."));
        }
    }

    @Test
    void anAreaNamedLikeAFormulaStaysText() throws Exception {
        Scope formula = new Scope.PartnershipScope(new Partnership("=HYPERLINK(\"http://x\")", List.of(
                councils.byName("Coventry").orElseThrow())));
        narratives.save(new Narrative(formula.key(), Q2, Map.of(NarrativeSection.LEARNING,
                "=HYPERLINK(\"http://x\",\"click\")\n+44 helpline"), "officer", PREPARED.toInstant()));
        Path file = folder.resolve("formula.xlsx");
        ReturnWorkbook.write(gather(formula), file);

        try (WorkbookReader read = new WorkbookReader(file)) {
            read.workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA))));
            Cell area = read.rowLabelled(read.sheet("Cover"), "Area", 0).orElseThrow().getCell(1);
            assertThat(area.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(area.getCellStyle().getQuotePrefixed()).isTrue();
            Cell learning = read.rowLabelled(read.sheet("Narrative"), "=HYPERLINK(\"http://x\",\"click\")", 0)
                    .orElseThrow().getCell(0);
            assertThat(learning.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(learning.getCellStyle().getWrapText()).as("still wrapped").isTrue();
            assertThat(read.text(read.sheet("Narrative"))).contains("+44 helpline");
        }
    }

    @Test
    void aTemplateDecidesTheMeasuresAndTheirOrder() throws Exception {
        ReturnTemplate ours = ReturnTemplate.parse("[market]\ntitle = Market\nrevoked_workers = Revoked: workers\n"
                + "providers = Providers\n", "ours");
        Path file = folder.resolve("ours.xlsx");
        ReturnWorkbook.write(returns.gather(partnership, Q2, ours, new QuarterlyReturnService.Preparation(PREPARED,
                "officer", false, List.of())), file);

        try (WorkbookReader read = new WorkbookReader(file)) {
            assertThat(read.sheetNames()).containsExactly("Cover", "Market", "Sources");
            String market = read.text(read.sheet("Market"));
            assertThat(market).contains("Revoked: workers", "Providers").doesNotContain("Care homes");
        }
    }

    @Test
    void theNarrativeSheetPrintsEachHeadingWithItsTextOrNoneWritten() throws Exception {
        Path file = folder.resolve("narrative.xlsx");
        ReturnWorkbook.write(gather(partnership), file);

        try (WorkbookReader read = new WorkbookReader(file)) {
            Sheet sheet = read.sheet("Narrative");
            assertThat(lines(sheet)).containsSubsequence("Narrative: Demo partnership (partnership), 2026/27 Q2",
                    "Last edited by officer on 30 November 2026", "Progress", "Two webinars held.", "",
                    "A helpline opened in August.", "Learning", "None written.", "Risks and issues",
                    "Three sponsors of the area are under review.", "Next quarter", "None written.");
            Cell progress = read.rowLabelled(sheet, "Two webinars held.", 0).orElseThrow().getCell(0);
            assertThat(progress.getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void anAreaWithoutANarrativeSaysSoInASentence() throws Exception {
        Scope coventry = new Scope.CouncilScope(councils.byName("Coventry").orElseThrow());
        Path file = folder.resolve("none.xlsx");
        ReturnWorkbook.write(gather(coventry), file);

        try (WorkbookReader read = new WorkbookReader(file)) {
            assertThat(read.text(read.sheet("Narrative"))).contains("No narrative recorded for Coventry in 2026/27 Q2.")
                    .doesNotContain("Progress");
        }
    }

    @Test
    void aTemplateRelabelsReordersAndRemovesTheNarrativeHeadings() throws Exception {
        ReturnTemplate ours = ReturnTemplate.parse("[narrative]\ntitle = Commentary\nrisks_issues = Risks\n"
                + "progress = What we did\n", "ours");
        Path file = folder.resolve("commentary.xlsx");
        ReturnWorkbook.write(returns.gather(partnership, Q2, ours, new QuarterlyReturnService.Preparation(PREPARED,
                "officer", false, List.of())), file);

        try (WorkbookReader read = new WorkbookReader(file)) {
            assertThat(read.sheetNames()).containsExactly("Cover", "Commentary", "Sources");
            assertThat(lines(read.sheet("Commentary"))).containsSubsequence("Risks",
                    "Three sponsors of the area are under review.", "What we did", "Two webinars held.")
                    .doesNotContain("Learning", "Next quarter", "Progress");
        }
    }

    @Test
    void aLongParagraphGoesOnOverRowsAPageCanHold() {
        String words = "The partnership met every provider in the area. ".repeat(200).strip();

        List<String> parts = NarrativeSheet.parts(words);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length())
                .isLessThanOrEqualTo(NarrativeSheet.CHARS_PER_ROW));
        assertThat(String.join(" ", parts)).isEqualTo(words);
    }

    /** Each row's first cell, as shown; an empty row is "". */
    private static List<String> lines(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<String> lines = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            lines.add(row == null || row.getCell(0) == null ? "" : format.formatCellValue(row.getCell(0)));
        }
        return lines;
    }

    private static List<String> cells(WorkbookReader read) {
        DataFormatter format = new DataFormatter();
        List<String> all = new ArrayList<>();
        read.workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> all.add(sheet.getSheetName() + "!"
                + cell.getAddress() + "=" + format.formatCellValue(cell) + "|" + cell.getCellStyle().getDataFormatString()))));
        return all;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    /** The cells of a row as a spreadsheet shows them, an empty one as "". */
    private static List<String> shown(Row row) {
        DataFormatter format = new DataFormatter(java.util.Locale.UK);
        List<String> shown = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            shown.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
        }
        return shown;
    }

    private static List<Double> numbers(Sheet sheet) {
        List<Double> numbers = new ArrayList<>();
        for (Row row : sheet) {
            row.forEach(cell -> {
                if (cell.getCellType() == CellType.NUMERIC) {
                    numbers.add(cell.getNumericCellValue());
                }
            });
        }
        return numbers;
    }
}
