package org.irwatch.data.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.CouncilReport;
import org.irwatch.core.market.MarketFigure;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.ReportPeriod;
import org.irwatch.core.market.ScopedMarket;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.data.SharedData;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.imports.FileImporter;
import org.irwatch.data.market.JooqMarketRepository;
import org.irwatch.data.market.JooqMarketRows;
import org.irwatch.data.matching.JooqMatchInputs;
import org.irwatch.data.matching.JooqMatchRepository;
import org.irwatch.data.snapshot.RecentRegister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook of a real market: the registers of 30 September and 2 November 2021 and the CQC care homes export of
 * May 2024, as imported and matched by the app (skipped when ../shared/data is absent).
 */
class RealFilesWorkbookTest {

    @TempDir
    Path folder;

    @Test
    void birminghamsWorkbookOnRealFilesHasTheMarketsFiguresAndAllItsRows() throws Exception {
        Path earlier = SharedData.file("uk-sponsor-register-csv-tbij/2021-09-30_-_Worker_and_Temporary_Worker.csv");
        Path later = SharedData.file("uk-sponsor-register-csv-tbij/2021-11-02_-_Worker_and_Temporary_Worker.csv");
        Path careHomes = SharedData.file("cqc-search-export-care-homes-archived-tbij/downloaded-2024-05-31/"
                + "care-homes-archived.csv");
        try (Database database = Database.inMemory()) {
            CouncilDirectory councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
            RecentRegister recent = new RecentRegister();
            FileImporter importer = new FileImporter(database.dsl(), councils, Clock.systemUTC(), recent);
            importer.importFile(earlier, null, ProgressListener.NONE);
            importer.importFile(later, null, ProgressListener.NONE);
            importer.importFile(careHomes, LocalDate.of(2024, 5, 31), ProgressListener.NONE);
            new MatchingService(new JooqMatchInputs(database.dsl(), recent), new JooqMatchRepository(database.dsl()),
                    Clock.systemUTC()).matchLatest(ProgressListener.NONE);
            MarketService market = new MarketService(councils, new JooqMarketRepository(database.dsl()),
                    JooqMarketRows.assemblerOver(database.dsl()));
            Scope birmingham = new Scope.CouncilScope(councils.byName("Birmingham").orElseThrow());
            ReportPeriod period = market.defaultPeriod(LocalDate.of(2026, 11, 30));
            CouncilReport report = market.report(birmingham, period,
                    ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneId.of("Europe/London")), false);
            Path file = folder.resolve("Birmingham.xlsx");

            CouncilWorkbook.write(report, file);

            ScopedMarket screen = market.market(birmingham);
            assertThat(period.to()).isEqualTo(LocalDate.of(2024, 5, 31));
            assertThat(screen.value(MarketFigure.LOCATIONS)).isGreaterThan(50);
            assertThat(screen.value(MarketFigure.SPONSORS)).isPositive();
            try (WorkbookReader workbook = new WorkbookReader(file)) {
                XSSFSheet summary = workbook.sheet("Summary");
                int table = workbook.rowLabelled(summary, SummarySheet.FIGURES_HEADING, 0).orElseThrow().getRowNum();
                for (MarketFigure figure : MarketFigure.values()) {
                    Row row = workbook.rowLabelled(summary, figure.label(), table).orElseThrow();
                    if (screen.isMissing(figure)) {
                        assertThat(row.getCell(1).getStringCellValue()).as(figure.label())
                                .isEqualTo("not in this file — the HSCA Active Locations spreadsheet gives it");
                    } else {
                        assertThat(row.getCell(1).getNumericCellValue()).as(figure.label())
                                .isEqualTo(screen.value(figure));
                    }
                }
                assertThat(screen.isMissing(MarketFigure.CARE_HOME_BEDS)).as("the search export has no beds").isTrue();
                assertThat(workbook.text(summary)).contains("Warnings about the data")
                        .contains("The sponsor register (2 November 2021) and the CQC data (31 May 2024) are 941 "
                                + "days apart");
                XSSFSheet providers = workbook.sheet("Providers");
                assertThat(providers.getRow(1).getCell(workbook.header("Providers").indexOf("Care home beds here"))
                        .getStringCellValue()).isEqualTo("not in this file");
                XSSFSheet locations = workbook.sheet("Locations");
                assertThat(locations.getRow(1).getCell(workbook.header("Locations").indexOf("CQC rating"))
                        .getStringCellValue()).as("not 'Not rated'").isEqualTo("not in this file");
                assertThat(workbook.text(workbook.sheet("Charts"))).contains("CQC ratings are not in this file");
                assertThat(workbook.dataRows("Providers")).isEqualTo(screen.providers().size());
                assertThat(workbook.dataRows("Locations")).isEqualTo(screen.locations().size());
                assertThat(workbook.dataRows("Register changes")).isEqualTo(screen.registerChanges().size());
                assertThat(workbook.formulaCells()).isZero();
                assertThat(workbook.charts("Charts"))
                        .as("sponsor share only: no events recorded, and the search export has no ratings").isEqualTo(1);
            }
        }
    }
}
