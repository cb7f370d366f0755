package org.irwatch.app.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.irwatch.app.common.OpenDataFolder;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.placements.EmployerLicence;
import org.irwatch.core.placements.PlacementRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ethical employers' form and sheet import on the demo, without the toolkit. */
class EmployersViewModelTest {

    @TempDir
    Path folder;

    private OpenDataFolder data;
    private EmployersViewModel model;
    private MarketProvider provider;

    @BeforeEach
    void open() {
        data = OpenDataFolder.withDemo(folder.resolve("data"));
        AppServices services = data.services();
        model = new EmployersViewModel(services.placements(), new EmployersViewModel.EmployerSheets(
                services.formats().readSheet(), services.employerMappings(), services.employerImport(),
                services.formats().rowProblems()),
                data.context());
        provider = services.market().data().providers().iterator().next();
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void aFormWithAnAppliedLicenceNeedsItsDateAndIsSavedOnceGiven() {
        model.provider().set(new EmployersViewModel.ProviderChoice(provider.providerId(), provider.name()));
        model.licence().set(EmployerLicence.Status.APPLIED);
        model.posts(PlacementRole.NURSE).set("2");

        model.save();
        assertThat(model.problem().get()).isEqualTo("Give the date the licence was applied for (dd/mm/yyyy).");
        assertThat(model.employers()).isEmpty();

        model.appliedOn().set("05/10/2026");
        model.save();
        assertThat(model.problem().get()).isEmpty();
        assertThat(model.employers()).singleElement().satisfies(e -> {
            assertThat(e.licence().describe()).isEqualTo("Licence applied for on 5 October 2026");
            assertThat(EmployersViewModel.postsOf(e)).isEqualTo("2 nurse posts");
        });
        assertThat(data.dataChanges()).isEqualTo(1);
    }

    @Test
    void aSheetIsImportedThroughTheMappingAndABadOneIsRefusedWithItsCells() throws IOException {
        Path good = Files.writeString(folder.resolve("good.csv"), "CQC Provider ID,Contact,Care worker vacancies\n"
                + provider.providerId() + ",Asha Patel,3\n");
        Path bad = Files.writeString(folder.resolve("bad.csv"), "CQC Provider ID,Care worker vacancies\n"
                + "1-NOSUCH,three\n");
        List<RowsRejectedException> refusals = new ArrayList<>();

        model.importSheet(good, (table, offered, remembered, chosen) -> chosen.accept(offered), refusals::add);
        model.importSheet(bad, (table, offered, remembered, chosen) -> chosen.accept(offered), refusals::add);

        assertThat(data.dialogs().information()).singleElement().asString()
                .isEqualTo("Employers imported: 1 ethical employer imported from good.csv.");
        assertThat(model.employers()).extracting(e -> e.providerId()).containsExactly(provider.providerId());
        assertThat(data.dialogs().errors()).as("a refusal goes to the problems dialog, not an error").isEmpty();
        assertThat(refusals).singleElement().satisfies(refused -> assertThat(refused.problems())
                .extracting(RowProblem::row, RowProblem::column, RowProblem::value)
                .contains(tuple(2L, "CQC Provider ID", "1-NOSUCH"), tuple(2L, "Care worker vacancies", "three")));
    }

    @Test
    void aRefusedSheetsProblemsAreSavedAsCsvNamedAfterIt() throws IOException {
        Path bad = Files.writeString(folder.resolve("signed up.csv"), "CQC Provider ID,Care worker vacancies\n"
                + "1-NOSUCH,=1+2\n");
        List<RowsRejectedException> refusals = new ArrayList<>();
        model.importSheet(bad, (table, offered, remembered, chosen) -> chosen.accept(offered), refusals::add);
        List<String> suggested = new ArrayList<>();
        data.dialogs().answeringFiles(config -> {
            suggested.add(config.initialFileName());
            return Optional.of(folder.resolve(config.initialFileName()));
        });

        model.chooseFileAndSaveProblems(bad.getFileName().toString(), refusals.getFirst().problems());

        assertThat(suggested).containsExactly("signed up - problems.csv");
        assertThat(Files.readString(folder.resolve("signed up - problems.csv"))).startsWith("row,column,value,problem")
                .contains("2,CQC Provider ID,1-NOSUCH,").contains("'=1+2");
    }
}
