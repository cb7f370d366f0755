package org.irwatch.data.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.irwatch.core.activities.ActivityField;
import org.irwatch.core.activities.ActivityImport;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Partnerships;
import org.irwatch.core.council.Scope;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EventDraft;
import org.irwatch.core.events.EventService;
import org.irwatch.core.market.AreaActions;
import org.irwatch.core.market.MarketFigure;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.ReportPeriod;
import org.irwatch.core.market.ScopedMarket;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.SheetTable;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.core.quarterly.QuarterlyReturn;
import org.irwatch.core.quarterly.QuarterlyReturnService;
import org.irwatch.core.quarterly.ReturnMeasure;
import org.irwatch.core.quarterly.ReturnTemplate;
import org.irwatch.core.quarterly.WorkerFigures;
import org.irwatch.data.SharedData;
import org.irwatch.data.activities.JooqActivityRepository;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.council.JooqPartnershipRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.narrative.JooqNarrativeRepository;
import org.irwatch.data.events.JooqEventRepository;
import org.irwatch.data.events.JooqSponsorLookup;
import org.irwatch.data.imports.FileImporter;
import org.irwatch.data.market.JooqMarketRepository;
import org.irwatch.data.market.JooqMarketRows;
import org.irwatch.data.matching.JooqMatchInputs;
import org.irwatch.data.matching.JooqMatchRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The return of the partnership of Coventry and Warwickshire on real files (the registers of 30 September and
 * 2 November 2021, the CQC care homes export of 31 May 2024) with licence actions recorded on two of its real
 * sponsors in 2021/22 Q3: its figures are the Market screen's for the same area and period.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealFilesReturnTest {

    private static final String EARLIER = "uk-sponsor-register-csv-tbij/2021-09-30_-_Worker_and_Temporary_Worker.csv";
    private static final String LATER = "uk-sponsor-register-csv-tbij/2021-11-02_-_Worker_and_Temporary_Worker.csv";
    private static final String CARE_HOMES = "cqc-search-export-care-homes-archived-tbij/downloaded-2024-05-31/"
            + "care-homes-archived.csv";
    private static final FinancialQuarter Q3 = FinancialQuarter.parse("2021-22-Q3");

    private final Database database = Database.inMemory();
    private final CouncilDirectory councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
    private final MarketService market = new MarketService(councils, new JooqMarketRepository(database.dsl()),
            JooqMarketRows.assemblerOver(database.dsl()));
    private final JooqActivityRepository activities = new JooqActivityRepository(database.dsl());
    private Scope partnership;
    private List<MarketProvider> sponsors;

    @TempDir
    static Path folder;

    @BeforeAll
    void importMatchAndRecordActions() {
        FileImporter importer = new FileImporter(database.dsl(), councils, Clock.systemUTC());
        importer.importFile(SharedData.file(EARLIER), null, ProgressListener.NONE);
        importer.importFile(SharedData.file(LATER), null, ProgressListener.NONE);
        importer.importFile(SharedData.file(CARE_HOMES), LocalDate.of(2024, 5, 31), ProgressListener.NONE);
        new MatchingService(new JooqMatchInputs(database.dsl()), new JooqMatchRepository(database.dsl()),
                Clock.systemUTC()).matchLatest(ProgressListener.NONE);
        partnership = new Scope.PartnershipScope(new Partnerships(new JooqPartnershipRepository(database.dsl(),
                councils), councils).add("Coventry and Warwickshire", List.of("Coventry", "Warwickshire")));
        sponsors = market.market(partnership).providersBehind(MarketFigure.SPONSORS).stream().limit(2).toList();
        assertThat(sponsors).as("the partnership has sure sponsors in the real files").hasSize(2);
        EventService events = new EventService(new JooqEventRepository(database.dsl()),
                new JooqSponsorLookup(database.dsl()), Clock.systemUTC(), "officer");
        record(events, sponsors.get(0), EnforcementAction.SUSPENDED, LocalDate.of(2021, 10, 5), 12, null);
        record(events, sponsors.get(0), EnforcementAction.REVOKED, LocalDate.of(2021, 11, 20), 15, null);
        Set<String> three = Set.of(code("Coventry"), code("Warwickshire"), code("Solihull"));
        record(events, sponsors.get(1), EnforcementAction.SUSPENDED, LocalDate.of(2021, 12, 1), 30, three);
        List<String> header = List.of("Date", "Council(s)", "Kind", "Providers reached", "People reached", "Amount (£)");
        SheetTable log = new SheetTable("activity log.xlsx", header, List.of(
                new SheetTable.Row(2, List.of("04/11/2021", "Coventry", "Webinar", "12", "30", "")),
                new SheetTable.Row(3, List.of("01/12/2021", "Coventry, Warwickshire", "Job fair", "8", "120", "1250.50")),
                new SheetTable.Row(4, List.of("15/06/2021", "Warwickshire", "Provider visit", "1", "", "")),
                new SheetTable.Row(5, List.of("15/11/2021", "Birmingham", "Webinar", "40", "90", ""))));
        new ActivityImport(activities, councils).run(log, ColumnMapping.guess(ActivityField.CATALOGUE, header));
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void theReturnsFiguresAreTheMarketScreensForTheSameAreaAndQuarter() throws Exception {
        QuarterlyReturn written = new QuarterlyReturnService(market, (councils, period) -> WorkerFigures.unavailable(
                "The displaced-worker register is empty."), activities::all, (councils, year) -> List.of(),
                new JooqNarrativeRepository(database.dsl()), key -> key).gather(partnership, Q3,
                ReturnTemplate.defaults(),
                new QuarterlyReturnService.Preparation(ZonedDateTime.of(2022, 1, 10, 9, 0, 0, 0,
                        ZoneId.of("Europe/London")), "officer", false, List.of()));
        ScopedMarket screen = market.market(partnership);
        ReportPeriod q3 = ReportPeriod.of(Q3);
        AreaActions actions = screen.actionsIn(q3.from(), q3.to());

        for (ReturnMeasure measure : ReturnMeasure.values()) {
            if (!measure.inPeriod()) {
                assertThat(written.areaFigures().atDataDates().get(measure)).as(measure.code())
                        .isEqualTo(screen.value(figureOf(measure)));
            }
        }
        assertThat(written.areaFigures().quarter().get(ReturnMeasure.SUSPENDED_SPONSORS)).isEqualTo(1)
                .isEqualTo(actions.suspended().size());
        assertThat(written.areaFigures().quarter().get(ReturnMeasure.REVOKED_SPONSORS)).isEqualTo(1);
        assertThat(written.areaFigures().quarter().get(ReturnMeasure.REVOKED_WORKERS)).as("15, not 12 + 15")
                .isEqualTo(15);
        assertThat(written.areaFigures().quarter().get(ReturnMeasure.SUSPENDED_WORKERS)).as("30 once, not thrice")
                .isEqualTo(30);
        assertThat(written.areaFigures().quarter().get(ReturnMeasure.WORKERS_TOTAL)).isEqualTo(45)
                .isEqualTo(actions.workersTotal());
        assertThat(written.areaFigures().quarter().get(ReturnMeasure.SUPERSEDED_ACTIONS)).isEqualTo(1);
        assertThat(written.councilNames()).containsExactly("Coventry", "Warwickshire");
        assertThat(written.interventionsInQuarter().all().activities()).as("Birmingham's is not the area's").isEqualTo(2);
        assertThat(written.interventionsInQuarter().all().amount()).isEqualByComparingTo("1250.50");
        assertThat(written.interventionsToDate().all().activities()).isEqualTo(3);

        Path file = folder.resolve("Coventry and Warwickshire 2021-22-Q3.xlsx");
        ReturnWorkbook.write(written, file);
        try (WorkbookReader read = new WorkbookReader(file)) {
            assertThat(read.sheetNames()).containsExactly("Cover", "Market and licence actions", "Displaced workers",
                    "Interventions and engagement", "Grant spend", "Narrative", "Sources");
            assertThat(read.charts("Market and licence actions")).isEqualTo(1);
            assertThat(read.text(read.sheet("Grant spend"))).contains("No grant initiative is recorded for Coventry and "
                    + "Warwickshire (partnership) in 2021/22.");
            assertThat(read.text(read.sheet("Narrative"))).contains("No narrative recorded for " + written.area()
                    + " in " + Q3.label() + ".");
        }
    }

    /** The Market screen figure a measure at the data dates is counted by: the one of the same label's rule. */
    private static MarketFigure figureOf(ReturnMeasure measure) {
        return switch (measure) {
            case PROVIDERS -> MarketFigure.PROVIDERS;
            case LOCATIONS -> MarketFigure.LOCATIONS;
            case CARE_HOMES -> MarketFigure.CARE_HOMES;
            case HOME_CARE -> MarketFigure.HOME_CARE;
            case SPONSORS -> MarketFigure.SPONSORS;
            case SPONSORS_OTHER_ROUTES -> MarketFigure.SPONSORS_OTHER_ROUTES;
            case SPONSOR_LOCATIONS -> MarketFigure.SPONSOR_LOCATIONS;
            case REGISTER_REMOVED -> MarketFigure.REMOVED_SINCE_LAST;
            case REGISTER_DOWNGRADED -> MarketFigure.DOWNGRADED_SINCE_LAST;
            default -> throw new AssertionError(measure + " is counted in a period");
        };
    }

    private String code(String council) {
        return councils.byName(council).map(Council::gssCode).orElseThrow();
    }

    private static void record(EventService events, MarketProvider provider, EnforcementAction action, LocalDate day,
                               int workers, Set<String> councils) {
        events.record(new EventDraft(provider.match().sponsor().name(), provider.match().sponsor().town(), action,
                day, day.plusDays(2), workers, "Home Office notice", "", councils));
    }
}
