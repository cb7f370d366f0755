package org.irwatch.data.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.market.CouncilReport;
import org.irwatch.core.market.CqcColumn;
import org.irwatch.core.market.DataDates;
import org.irwatch.core.market.MarketCharts;
import org.irwatch.core.market.MarketData;
import org.irwatch.core.market.MarketLocation;
import org.irwatch.core.market.MarketSources;
import org.irwatch.core.market.ReportPeriod;
import org.irwatch.core.market.ScopedMarket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names from imported files that a spreadsheet would read as formulas stay the text they were. */
class FormulaSafeTextTest {

    private static final String WALSALL = "E08000030";
    private static final List<String> RISKY_NAMES = List.of("=HYPERLINK(\"http://example.org\",\"Click\")",
            "+44 care", "-", "@home", "=1+1");

    @TempDir
    Path folder;

    @Test
    void namesStartingWithAFormulaCharacterAreStringCellsWithTheQuotePrefixAndNoFormulaIsWritten() throws Exception {
        Path file = folder.resolve("risky.xlsx");
        CouncilWorkbook.write(reportOn(RISKY_NAMES), file);

        try (WorkbookReader workbook = new WorkbookReader(file)) {
            assertThat(workbook.formulaCells()).isZero();
            assertTextCells(workbook.sheet("Providers"), workbook.header("Providers").indexOf("Provider"));
            assertTextCells(workbook.sheet("Locations"), workbook.header("Locations").indexOf("Provider"));
            assertTextCells(workbook.sheet("Events in period"),
                    workbook.header("Events in period").indexOf("Sponsor (as on the register)"));
        }
    }

    @Test
    void ordinaryNamesGetNoQuotePrefix() throws Exception {
        Path file = folder.resolve("plain.xlsx");
        CouncilWorkbook.write(reportOn(List.of("Acorn Care Ltd")), file);

        try (WorkbookReader workbook = new WorkbookReader(file)) {
            Cell name = workbook.sheet("Providers").getRow(1).getCell(1);
            assertThat(name.getStringCellValue()).isEqualTo("Acorn Care Ltd");
            assertThat(name.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    private static void assertTextCells(XSSFSheet sheet, int column) {
        List<String> written = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Cell cell = sheet.getRow(r).getCell(column);
            assertThat(cell.getCellType()).as(sheet.getSheetName() + " row " + r).isEqualTo(CellType.STRING);
            assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
            written.add(cell.getStringCellValue());
        }
        assertThat(written).as(sheet.getSheetName()).containsExactlyInAnyOrderElementsOf(RISKY_NAMES);
    }

    /** One care home in Walsall per name, and a suspension recorded against a sponsor of that name. */
    private static CouncilReport reportOn(List<String> names) {
        Map<String, String> providerNames = new LinkedHashMap<>();
        List<MarketLocation> locations = new ArrayList<>();
        List<EnforcementEvent> events = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String id = "1-" + (100 + i);
            providerNames.put(id, names.get(i));
            locations.add(new MarketLocation("1-" + (200 + i), id, names.get(i), "Walsall", "WS1 1AA", WALSALL,
                    true, false, 20, OverallRating.GOOD));
            events.add(new EnforcementEvent((long) i + 1, names.get(i), "Walsall", null, id,
                    EnforcementAction.SUSPENDED, LocalDate.of(2026, 10, 1), null, 4, "Home Office notice", "",
                    Set.of(WALSALL), "officer", Instant.parse("2026-10-02T09:00:00Z")));
        }
        MarketData data = MarketData.of(new MarketSources(new DataDates(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 27), null, null), EnumSet.allOf(CqcColumn.class), locations, providerNames,
                List.of(), Map.of(), List.of(), List.of(), events));
        ScopedMarket market = new ScopedMarket(data, Set.of(WALSALL), "Walsall");
        return new CouncilReport(market, new MarketCharts(market, code -> "Walsall"),
                ReportPeriod.threeMonthsTo(LocalDate.of(2026, 10, 27)),
                ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneId.of("Europe/London")), false, code -> "Walsall", List.of(), List.of());
    }
}
