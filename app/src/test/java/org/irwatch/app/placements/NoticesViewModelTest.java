package org.irwatch.app.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.irwatch.app.common.OpenDataFolder;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.council.Scope;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.SheetTable;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.placements.EmployerField;
import org.irwatch.core.placements.PlacementService;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerFacets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notices dialog's logic on the demo, its workers stored under a passphrase and the register locked again, without
 * the toolkit.
 */
class NoticesViewModelTest {

    @TempDir
    Path folder;

    private OpenDataFolder data;
    private AppServices services;
    private final List<String> clipboard = new ArrayList<>();
    private NoticesViewModel model;
    private Scope.CouncilScope busiest;
    private List<String> names;

    @BeforeEach
    void openTheDemoWithItsWorkersLocked() {
        data = OpenDataFolder.withDemo(folder.resolve("data"));
        services = data.services();
        services.workers().setUp("correct horse battery staple".toCharArray());
        names = services.workers().workers().stream().map(Worker::person).flatMap(p -> List.of(p.name(),
                p.name().split(" ")[1]).stream()).toList();
        services.workers().lock();
        String gss = services.workers().facets().stream().filter(f -> !f.stage().isClosed())
                .collect(Collectors.groupingBy(WorkerFacets::councilGss, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        busiest = new Scope.CouncilScope(services.councils().byGssCode(gss).orElseThrow());
        model = newModel();
    }

    private NoticesViewModel newModel() {
        return new NoticesViewModel(services.placements(), services.workers(), services.councils(),
                services.partnerships(), services.placementFormats().mailingList(), clipboard::add, data.context(),
                services.clock().getZone());
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void theWindowsCouncilGetsTheCoresAnonymisedNoticeWhileTheRegisterIsLocked() {
        model.open(busiest);

        assertThat(services.workers().isUnlocked()).isFalse();
        assertThat(model.area().get()).isEqualTo(busiest);
        assertThat(model.problem().get()).isEmpty();
        assertThat(model.text().get())
                .isEqualTo(services.placements().notice(busiest, services.workers().facets()).text())
                .matches("(About \\d+|A few) workers \\(.+\\) looking for work around " + busiest.council().name()
                        + "\\. If you can offer work or sponsorship, reply to this message\\.");
        assertThat(names).noneMatch(name -> model.text().get().contains(name));
        assertThat(model.ready().get()).isTrue();
        assertThat(model.lastSent().get()).isEqualTo("No notice has been recorded as sent for "
                + busiest.council().name() + " yet.");

        model.copyText();
        assertThat(clipboard).containsExactly(model.text().get());
    }

    @Test
    void withNoEmployerOptedInItSaysSoAndOffersNoMailingList() {
        model.open(busiest);

        assertThat(model.addressed().get()).isFalse();
        assertThat(model.recipients().get()).startsWith("No ethical employer has asked for these notices yet");
        model.saveMailingList();
        assertThat(model.problem().get()).isEqualTo("There is no mailing list to save: no ethical employer has "
                + "asked for these notices yet.");
    }

    @Test
    void theMailingListGoesToTheEmployersWhoOptedInFormulaSafeAndSendingIsRecorded() throws IOException {
        MarketProvider optedIn = services.market().data().providers().stream().filter(p -> p.isSponsor())
                .findFirst().orElseThrow();
        MarketProvider declined = services.market().data().providers().stream().filter(p -> p.isSponsor())
                .skip(1).findFirst().orElseThrow();
        signUp(List.of(optedIn.providerId(), "=HYPERLINK(\"http://x\")", "asha@example.org", "yes"),
                List.of(declined.providerId(), "Ben Okoro", "ben@example.org", "no"));
        Path saved = folder.resolve("list.csv");
        List<String> suggested = new ArrayList<>();
        data.dialogs().answeringFiles(config -> {
            suggested.add(config.initialFileName());
            return Optional.of(saved);
        });
        model.open(busiest);

        assertThat(model.recipients().get()).isEqualTo("To 1 employer who asked for notices: " + optedIn.name()
                + ".");
        model.saveMailingList();
        assertThat(suggested).containsExactly("Notice mailing list " + busiest.council().name() + ".csv");
        assertThat(Files.readAllLines(saved)).first().isEqualTo("provider_name,contact_name,email,phone");
        assertThat(Files.readString(saved)).contains("'=HYPERLINK").contains("asha@example.org")
                .doesNotContain("Ben Okoro");

        model.recordSent();
        String sent = "Last sent for " + busiest.council().name() + " on ";
        assertThat(model.lastSent().get()).startsWith(sent).endsWith(" by " + services.placements().user()
                + ", to 1 employer.");
        NoticesViewModel reopened = newModel();
        reopened.open(busiest);
        assertThat(reopened.lastSent().get()).isEqualTo(model.lastSent().get());
        model.open(Scope.england());
        assertThat(model.area().get()).as("the area chosen before stays").isEqualTo(busiest);
        assertThat(model.lastSent().get()).isEqualTo(reopened.lastSent().get());
    }

    @Test
    void aRegionAsTheWindowsAreaLeavesTheChoiceOfACouncilOrPartnership() {
        model.open(Scope.england());

        assertThat(model.area().get()).isNull();
        assertThat(model.problem().get()).isEqualTo("Choose a council or a partnership: the notice names a general "
                + "area.");
        assertThat(model.areas()).isNotEmpty().allMatch(a -> a instanceof Scope.CouncilScope
                || a instanceof Scope.PartnershipScope).contains(busiest);
        assertThat(model.ready().get()).isFalse();
    }

    @Test
    void anAreaWithNoWorkerLookingSaysThereIsNothingToTell() {
        Function<Scope, Boolean> hasWorkers = area -> services.workers().facets().stream()
                .anyMatch(f -> services.market().councilCodes(area).contains(f.councilGss()));
        model.open(busiest);
        Scope quiet = model.areas().stream().filter(a -> !hasWorkers.apply(a)).findFirst().orElseThrow();

        model.area().set(quiet);

        assertThat(model.problem().get()).isEqualTo("No worker on the register is looking for work around "
                + PlacementService.areaName(quiet) + ": there is nothing to tell employers.");
        assertThat(model.text().get()).isEmpty();
        assertThat(model.ready().get()).isFalse();
    }

    @SafeVarargs
    private void signUp(List<String>... rows) {
        List<String> header = List.of("CQC Provider ID", "Contact", "Email", "Notices");
        List<SheetTable.Row> sheetRows = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            sheetRows.add(new SheetTable.Row(i + 2, rows[i]));
        }
        SheetTable sheet = new SheetTable("employers.csv", header, sheetRows);
        services.employerImport().run(sheet, ColumnMapping.guess(EmployerField.CATALOGUE, header));
    }
}
