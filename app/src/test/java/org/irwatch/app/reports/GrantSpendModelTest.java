package org.irwatch.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.irwatch.app.common.OpenDataFolder;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.common.FinancialYear;
import org.irwatch.core.council.Scope;
import org.irwatch.core.grants.GrantInitiative;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Grant spend…" entry without the toolkit: money typed checked, saved, removed after asking, a sheet imported. */
class GrantSpendModelTest {

    private static final Clock NOVEMBER_2024 = Clock.fixed(LocalDate.of(2024, 11, 15).atStartOfDay(ZoneId.of(
            "Europe/London")).toInstant(), ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private OpenDataFolder data;
    private GrantSpendModel model;
    private Scope coventry;

    @BeforeEach
    void open() {
        data = OpenDataFolder.empty(folder);
        AppServices services = data.services();
        model = new GrantSpendModel(new GrantPorts(() -> Scope.all(services.councils(),
                services.partnerships().all()), services.grants(), services.formats().readSheet(),
                services.grantMappings(), services.grantImport()), data.tasks(), data.dialogs(), NOVEMBER_2024);
        coventry = services.area("Coventry");
        model.open(coventry);
    }

    @AfterEach
    void close() {
        data.close();
    }

    private List<GrantInitiative> saved(String name, String budget, String... quarters) {
        List<GrantInitiative> stored = new ArrayList<>();
        model.save(null, name, budget, List.of(quarters), stored::add);
        return stored;
    }

    @Test
    void itOpensOnTheWindowsAreaAndTheCurrentFinancialYearOfferingTheOthers() {
        assertThat(model.areaProperty().get()).isEqualTo(coventry);
        assertThat(model.yearProperty().get()).isEqualTo(FinancialYear.parse("2024-25"));
        assertThat(model.years()).extracting(FinancialYear::label)
                .containsExactly("2025/26", "2024/25", "2023/24", "2022/23", "2021/22");
        assertThat(model.areas()).first().isEqualTo(Scope.england());
        assertThat(model.areas()).contains(coventry);
        assertThat(model.initiatives()).isEmpty();
    }

    @Test
    void moneyIsTakenAsPeopleTypeItAndAnEmptyQuarterIsNotRecorded() {
        assertThat(saved("Retention payments", "£10,000", "£1,234.50", "1234.5", "", "0")).hasSize(1);

        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.initiatives()).singleElement().satisfies(row -> {
            assertThat(row.budget()).isEqualTo("£10,000.00");
            assertThat(List.of(row.spendIn(1), row.spendIn(2), row.spendIn(3), row.spendIn(4)))
                    .containsExactly("£1,234.50", "£1,234.50", "not recorded", "£0.00");
            assertThat(row.spent()).isEqualTo("£2,469.00");
            assertThat(row.remaining()).isEqualTo("£7,531.00");
            assertThat(row.shareSpent()).isEqualTo("24.7%");
        });
        assertThat(data.tasks().announced())
                .contains("Saved the initiative Retention payments for Coventry, 2024/25");
    }

    @Test
    void textANegativeAmountOrAMissingNameIsRefusedWithAClearSentenceAndNothingSaved() {
        assertThat(saved("Training", "lots", "-£5", "", "", "")).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo("Budget: \"lots\" is not an amount in pounds: write it "
                + "like £1,234.50 or 1234.5. Q1 spend: \"-£5\" is below nothing: write the amount spent or budgeted, "
                + "0 or more; a refund is taken off the quarter's spend.");

        assertThat(saved(" ", "100", "", "", "", "")).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo("An initiative needs a name, e.g. \"Retention payments\".");
        assertThat(saved("Training", "", "", "", "", "")).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo("Give \"Training\" its budget for the year, e.g. £25,000.");
        assertThat(model.initiatives()).isEmpty();
    }

    @Test
    void anOverspendIsShownAndAnEditKeepsTheInitiative() {
        GrantInitiative stored = saved("Legal advice", "4000", "3000", "", "", "").getFirst();

        model.save(stored, "Legal advice", "4000", List.of("3000", "1500", "", ""), edited -> { });

        assertThat(model.initiatives()).singleElement().satisfies(row -> {
            assertThat(row.initiative().id()).isEqualTo(stored.id());
            assertThat(row.remaining()).isEqualTo("-£500.00");
            assertThat(row.shareSpent()).isEqualTo("112.5% overspent");
        });
    }

    @Test
    void removingAsksFirstAndANoKeepsIt() {
        GrantInitiative stored = saved("Job fairs", "3000", "", "", "", "").getFirst();
        List<String> removed = new ArrayList<>();

        data.dialogs().confirming(false);
        model.remove(stored, () -> removed.add("no"));
        assertThat(model.initiatives()).hasSize(1);

        data.dialogs().confirming(true);
        model.remove(stored, () -> removed.add("yes"));
        assertThat(model.initiatives()).isEmpty();
        assertThat(removed).containsExactly("yes");
    }

    @Test
    void anotherAreaOrYearShowsItsOwnInitiatives() {
        saved("Retention payments", "100", "", "", "", "");

        model.yearProperty().set(FinancialYear.parse("2023-24"));
        assertThat(model.initiatives()).isEmpty();
        model.yearProperty().set(FinancialYear.parse("2024-25"));
        assertThat(model.initiatives()).hasSize(1);
        model.areaProperty().set(data.services().area("Warwickshire"));
        assertThat(model.initiatives()).isEmpty();
    }

    @Test
    void aSheetIsImportedForTheChosenAreaThroughTheMappingAndABadOneRefusedWhole() throws Exception {
        Path sheet = files.resolve("grants.csv");
        Files.writeString(sheet, """
                Initiative,Financial year,Quarter,Budget (£),Spend (£)
                Retention payments,2024-25,Q1,"£10,000",2500.50
                """);
        List<String> mappedColumns = new ArrayList<>();

        model.importSheet(sheet, (table, offered, remembered, chosen) -> {
            mappedColumns.addAll(offered.columns().values());
            chosen.accept(offered);
        });

        assertThat(mappedColumns).containsExactlyInAnyOrder("Initiative", "Financial year", "Quarter", "Budget (£)",
                "Spend (£)");
        assertThat(data.dialogs().information()).containsExactly("Grant spend imported: Imported 1 initiative "
                + "(1 new) with 1 quarter of spend (£2,500.50) from grants.csv.");
        assertThat(model.initiatives()).singleElement().satisfies(row -> assertThat(row.spendIn(1))
                .isEqualTo("£2,500.50"));

        Path bad = files.resolve("bad.csv");
        Files.writeString(bad, """
                Initiative,Financial year,Quarter,Budget (£),Spend (£)
                Training,2024-25,Q1,100,ten pounds
                """);
        model.importSheet(bad, (table, offered, remembered, chosen) -> chosen.accept(offered));
        assertThat(data.dialogs().errors()).singleElement().asString()
                .startsWith("Grant spend not imported: bad.csv was not imported: 1 problem")
                .contains("row 2, Spend (£) 'ten pounds'");
        assertThat(model.initiatives()).hasSize(1);
    }
}
