package org.irwatch.core.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.common.FinancialYear;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilType;
import org.irwatch.core.council.Partnership;
import org.irwatch.core.council.Region;
import org.irwatch.core.council.Scope;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.imports.table.SheetTable;
import org.junit.jupiter.api.Test;

class GrantImportTest {

    private static final Region WEST_MIDLANDS = new Region("E12000005", "West Midlands", "West Midlands");
    private static final Council COVENTRY = new Council("E08000026", "Coventry", "Coventry City Council",
            CouncilType.METROPOLITAN_DISTRICT, WEST_MIDLANDS, List.of());
    private static final Council WARWICKSHIRE = new Council("E10000031", "Warwickshire",
            "Warwickshire County Council", CouncilType.COUNTY, WEST_MIDLANDS, List.of());
    private static final Scope PARTNERSHIP = new Scope.PartnershipScope(new Partnership("Coventry and Warwickshire",
            List.of(COVENTRY, WARWICKSHIRE)));
    private static final Scope COVENTRY_AREA = new Scope.CouncilScope(COVENTRY);
    private static final FinancialYear YEAR = FinancialYear.parse("2024-25");
    private static final List<String> HEADER = List.of("Initiative", "Council", "Financial year", "Quarter",
            "Budget (£)", "Spend (£)");

    private final MemoryGrants repository = new MemoryGrants();
    private final Grants grants = new Grants(repository, key -> Optional.of(Set.of()));
    private final GrantImport importer = new GrantImport(grants, name -> switch (name.strip()) {
        case "Coventry" -> COVENTRY_AREA;
        case "Coventry and Warwickshire" -> PARTNERSHIP;
        default -> throw new UserFacingException("No council, region or partnership is called \"" + name.strip()
                + "\".");
    });

    @SafeVarargs
    private static SheetTable sheet(List<String>... rows) {
        List<SheetTable.Row> lines = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            lines.add(new SheetTable.Row(i + 2, rows[i]));
        }
        return new SheetTable("grants.xlsx", HEADER, lines);
    }

    private GrantImport.Result run(SheetTable sheet) {
        return importer.run(sheet, ColumnMapping.guess(GrantField.CATALOGUE, HEADER), PARTNERSHIP);
    }

    @Test
    void theColumnsAreGuessedFromTheirHeaders() {
        ColumnMapping<GrantField> guessed = ColumnMapping.guess(GrantField.CATALOGUE, HEADER);

        assertThat(guessed.columns()).containsExactlyInAnyOrderEntriesOf(Map.of(GrantField.INITIATIVE, "Initiative",
                GrantField.AREA, "Council", GrantField.YEAR, "Financial year", GrantField.QUARTER, "Quarter",
                GrantField.BUDGET, "Budget (£)", GrantField.SPEND, "Spend (£)"));
    }

    @Test
    void rowsOfAnInitiativeMakeOneWithItsQuartersAndAnEmptyAreaIsTheChosenOne() {
        GrantImport.Result result = run(sheet(
                List.of("Retention payments", "", "2024/25", "Q1", "£10,000", "£2,500.50"),
                List.of("retention payments ", "", "2024-25", "2", "10000", "1200"),
                List.of("Legal advice", "Coventry", "2024-25", "2024/25 Q3", "4,000", "4500"),
                List.of("Job fairs", "", "2024-25", "", "3000", "")));

        assertThat(result).isEqualTo(new GrantImport.Result(3, 3, 3, new BigDecimal("8200.50")));
        assertThat(repository.inYear(YEAR)).extracting(GrantInitiative::areaKey, GrantInitiative::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("council:E08000026", "Legal advice"),
                        org.assertj.core.groups.Tuple.tuple(PARTNERSHIP.key(), "Job fairs"),
                        org.assertj.core.groups.Tuple.tuple(PARTNERSHIP.key(), "Retention payments"));
        GrantInitiative retention = repository.inYear(YEAR).get(2);
        assertThat(retention.spendByQuarter()).containsOnlyKeys(1, 2);
        assertThat(retention.spendIn(1)).contains(new BigDecimal("2500.50"));
        assertThat(repository.inYear(YEAR).get(1).spendByQuarter()).as("a budget alone: no spend recorded").isEmpty();
    }

    @Test
    void importingAgainReplacesTheQuartersGivenAndKeepsTheOthers() {
        run(sheet(List.of("Retention payments", "", "2024-25", "Q1", "10000", "2500"),
                List.of("Retention payments", "", "2024-25", "Q2", "10000", "1000")));
        long id = repository.inYear(YEAR).getFirst().id();

        GrantImport.Result again = run(sheet(List.of("Retention payments", "", "2024-25", "Q2", "12000", "1500")));

        assertThat(again.added()).isZero();
        assertThat(repository.inYear(YEAR)).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(id);
            assertThat(i.budget()).isEqualByComparingTo("12000");
            assertThat(i.spendIn(1)).contains(new BigDecimal("2500.00"));
            assertThat(i.spendIn(2)).contains(new BigDecimal("1500.00"));
        });
    }

    @Test
    void badCellsRefuseTheWholeSheetNamingEachRowAndColumn() {
        SheetTable bad = sheet(
                List.of("Retention payments", "", "2024-25", "Q1", "10000", "2500"),
                List.of("Retention payments", "", "2024-25", "Q1", "9000", "lots"),
                List.of("", "Atlantis", "2024-26", "Q5", "-5", "-£20"),
                List.of("Legal advice", "", "2024-25", "2023/24 Q4", "100", ""),
                List.of("Training", "", "2024-25", "", "100", "50"));

        assertThatThrownBy(() -> run(bad)).isInstanceOf(RowsRejectedException.class)
                .satisfies(e -> assertThat(((RowsRejectedException) e).problems())
                        .extracting(RowProblem::row, RowProblem::column).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(3L, "Spend (£)"),
                                org.assertj.core.groups.Tuple.tuple(3L, "Budget (£)"),
                                org.assertj.core.groups.Tuple.tuple(4L, "Initiative"),
                                org.assertj.core.groups.Tuple.tuple(4L, "Council"),
                                org.assertj.core.groups.Tuple.tuple(4L, "Financial year"),
                                org.assertj.core.groups.Tuple.tuple(4L, "Quarter"),
                                org.assertj.core.groups.Tuple.tuple(4L, "Budget (£)"),
                                org.assertj.core.groups.Tuple.tuple(4L, "Spend (£)"),
                                org.assertj.core.groups.Tuple.tuple(5L, "Quarter"),
                                org.assertj.core.groups.Tuple.tuple(6L, "Quarter")))
                .hasMessageContaining("No council, region or partnership is called \"Atlantis\"")
                .hasMessageContaining("row 2 gives \"Retention payments\" a budget of £10,000.00")
                .hasMessageContaining("2023/24 Q4 is not in the row's financial year 2024/25")
                .hasMessageContaining("Say which quarter the spend of £50.00 is for");
        assertThat(repository.kept).as("all or nothing").isEmpty();
    }

    @Test
    void aQuarterGivenTwiceIsRefused() {
        assertThatThrownBy(() -> run(sheet(List.of("Training", "", "2024-25", "Q1", "100", "10"),
                List.of("Training", "", "2024-25", "q1", "100", "20"))))
                .hasMessageContaining("row 3, Quarter 'q1': row 2 already gives \"Training\"'s spend for Q1");
        assertThat(repository.kept).isEmpty();
    }

    @Test
    void aNameThatLooksLikeAFormulaIsKeptAsText() {
        run(sheet(List.of("=HYPERLINK(\"http://x\",\"Click\")", "", "2024-25", "Q1", "100", "10")));

        assertThat(repository.kept).singleElement().extracting(GrantInitiative::name)
                .isEqualTo("=HYPERLINK(\"http://x\",\"Click\")");
    }

    @Test
    void withNoAreaChosenAnEmptyAreaCellIsRefused() {
        SheetTable sheet = sheet(List.of("Training", "", "2024-25", "Q1", "100", "10"));

        assertThatThrownBy(() -> importer.run(sheet, ColumnMapping.guess(GrantField.CATALOGUE, HEADER), null))
                .hasMessageContaining("row 2, Council: Name the area or council the grant belongs to");
    }
}
