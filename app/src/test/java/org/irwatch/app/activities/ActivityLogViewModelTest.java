package org.irwatch.app.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.irwatch.app.common.OpenDataFolder;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.activities.Activity;
import org.irwatch.core.activities.ActivityKind;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Scope;
import org.irwatch.core.imports.table.RowProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The activity log window's state, without the toolkit: the form, the filters, delete and import. */
class ActivityLogViewModelTest {

    private static final Clock DECEMBER_2024 = Clock.fixed(Instant.parse("2024-12-20T10:00:00Z"),
            ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    private OpenDataFolder data;
    private ActivityLogViewModel model;
    private Scope coventry;
    private String coventryCode;
    private String warwickshireCode;

    @BeforeEach
    void open() {
        data = OpenDataFolder.empty(folder.resolve("data"));
        AppServices services = data.services();
        model = new ActivityLogViewModel(services.activities(), new ActivityLogViewModel.ActivitySheets(
                services.formats().readSheet(), services.activityMappings(), services.activityImport()),
                services.market()::councilCodes, services.market()::councilName, data.context(), DECEMBER_2024);
        CouncilDirectory councils = services.councils();
        coventry = new Scope.CouncilScope(councils.byName("Coventry").orElseThrow());
        coventryCode = councils.byName("Coventry").orElseThrow().gssCode();
        warwickshireCode = councils.byName("Warwickshire").orElseThrow().gssCode();
        model.open(coventry);
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void aNewActivityStartsWithTheAreasCouncilsAndEachBadFieldIsNamedBeforeAnythingIsSaved() {
        assertThat(model.councils()).containsExactly(coventryCode);

        model.save();
        assertThat(model.problem().get()).isEqualTo("Date: A date is needed, e.g. 01/10/2024.");

        model.date().set("04/11/2024");
        model.people().set("thirty");
        model.save();
        assertThat(model.problem().get()).isEqualTo("People reached: \"thirty\" is not a whole number.");

        model.people().set("30");
        model.amount().set("£1,250.50");
        model.kind().set(ActivityKind.JOB_FAIR);
        model.councils().add(warwickshireCode);
        model.save();

        assertThat(model.problem().get()).isEmpty();
        assertThat(model.shown()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ActivityKind.JOB_FAIR);
            assertThat(a.peopleReached()).isEqualTo(30);
            assertThat(a.amount()).isEqualByComparingTo("1250.50");
            assertThat(model.councilsOf(a)).isEqualTo("Coventry, Warwickshire");
        });
        assertThat(data.dataChanges()).isEqualTo(1);
        assertThat(model.date().get()).as("the form is ready for the next").isEmpty();
    }

    @Test
    void anEditedActivityIsChangedInPlaceAndADeleteAsksFirst() {
        add("04/11/2024", ActivityKind.WEBINAR, coventryCode);
        Activity webinar = model.shown().getFirst();

        model.edit(webinar);
        assertThat(model.editing()).isTrue();
        assertThat(model.date().get()).isEqualTo("04/11/2024");
        model.notes().set("Sponsor duties");
        model.save();
        assertThat(model.shown()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(webinar.id());
            assertThat(a.notes()).isEqualTo("Sponsor duties");
        });

        data.dialogs().confirming(false);
        model.delete(model.shown().getFirst());
        assertThat(model.shown()).hasSize(1);

        data.dialogs().confirming(true);
        model.delete(model.shown().getFirst());
        assertThat(model.shown()).isEmpty();
        assertThat(data.services().activities().all()).isEmpty();
    }

    @Test
    void theListIsFilteredByTheAreaAndByAQuarterOrAYear() {
        add("04/11/2024", ActivityKind.WEBINAR, coventryCode);
        add("10/05/2024", ActivityKind.TRAINING, coventryCode);
        add("05/11/2024", ActivityKind.LEGAL_ADVICE, warwickshireCode);

        assertThat(model.shown()).extracting(Activity::kind).as("the area's, newest first")
                .containsExactly(ActivityKind.WEBINAR, ActivityKind.TRAINING);
        model.period().set(model.periods().stream().filter(c -> c.label().equals("2024/25 Q3")).findFirst()
                .orElseThrow());
        assertThat(model.shown()).extracting(Activity::kind).containsExactly(ActivityKind.WEBINAR);
        model.onlyArea().set(false);
        assertThat(model.shown()).extracting(Activity::kind)
                .containsExactly(ActivityKind.LEGAL_ADVICE, ActivityKind.WEBINAR);
        model.period().set(model.periods().stream().filter(c -> c.label().equals("2024/25 (whole year)"))
                .findFirst().orElseThrow());
        assertThat(model.shown()).hasSize(3);
        model.period().set(ActivityLogViewModel.ALL_DATES);
        assertThat(model.shown()).hasSize(3);
    }

    @Test
    void aSheetWithABadCellIsRefusedWholeWithItsProblemsByRowAndColumnAndAGoodOneImported() throws Exception {
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, """
                Date,Council(s),Kind,People reached
                04/11/2024,Coventry,Webinar,30
                05/11/2024,Atlantis,Webinar,ten
                """);

        model.importSheet(bad, (table, offered, remembered, chosen) -> chosen.accept(offered));

        assertThat(model.rejected()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "Council(s)"),
                org.assertj.core.groups.Tuple.tuple(3L, "People reached"));
        assertThat(model.rejectedFile().get()).startsWith("bad.csv was not imported: 2 problems below.");
        assertThat(data.services().activities().all()).as("all or nothing").isEmpty();

        Path good = folder.resolve("good.csv");
        Files.writeString(good, """
                Date,Council(s),Kind,People reached
                04/11/2024,Coventry,Webinar,30
                """);
        model.importSheet(good, (table, offered, remembered, chosen) -> chosen.accept(offered));

        assertThat(model.rejected()).isEmpty();
        assertThat(model.shown()).singleElement().extracting(Activity::peopleReached).isEqualTo(30);
        assertThat(data.dialogs().information()).anySatisfy(i -> assertThat(i).contains("1 activity imported from "
                + "good.csv."));
    }

    private void add(String date, ActivityKind kind, String council) {
        model.startNew();
        model.councils().clear();
        model.councils().add(council);
        model.date().set(date);
        model.kind().set(kind);
        model.save();
        assertThat(model.problem().get()).isEmpty();
    }
}
