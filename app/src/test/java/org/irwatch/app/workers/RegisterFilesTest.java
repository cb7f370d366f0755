package org.irwatch.app.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;
import static org.irwatch.app.workers.SampleWorkers.CORNWALL;
import static org.irwatch.app.workers.SampleWorkers.COVENTRY;
import static org.irwatch.app.workers.SampleWorkers.worker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.irwatch.app.common.OpenDataFolder;
import org.irwatch.app.wiring.WorkerFiles;
import org.irwatch.core.council.Scope;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.workers.IdleLock;
import org.irwatch.core.workers.Reason;
import org.irwatch.core.workers.Role;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.WorkerAudit;
import org.irwatch.core.workers.WorkerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screen's files without a window: the personal-data export asks first and is audited, the summary of the area
 * hides small numbers and names nobody, a hub's list goes through the column mapping into the register.
 */
class RegisterFilesTest {

    private static final String PASSPHRASE = "correct horse battery staple";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"),
            ZoneId.of("Europe/London"));
    private final LocalDate today = LocalDate.of(2026, 12, 1);
    private OpenDataFolder folder;
    private WorkerService service;
    private WorkersViewModel lists;
    private RegisterFiles files;
    @TempDir
    Path out;

    @BeforeEach
    void open(@TempDir Path dir) {
        folder = OpenDataFolder.empty(dir);
        service = folder.services().workers();
        WorkersAccessModel access = new WorkersAccessModel(service, folder.context(),
                new IdleLock(clock, Duration.ofMinutes(10)));
        lists = new WorkersViewModel(access, service, folder.services().market(), folder.services().councils(),
                folder.context(), clock);
        lists.load(Scope.england());
        access.setUp(PASSPHRASE, PASSPHRASE);
        access.recoveryKeyKept();
        service.save(worker("Amara Okafor", "07700 900001", COVENTRY, Stage.REGISTERED, Role.CARE_WORKER,
                Reason.LICENCE_REVOKED, today, today.plusDays(30)));
        service.save(worker("Joseph Mensah", "07700 900002", COVENTRY, Stage.CONTACTED, Role.NURSE,
                Reason.NOT_ENOUGH_WORK, today, null));
        service.save(worker("Grace Adeyemi", "07700 900003", CORNWALL, Stage.REGISTERED, Role.CARE_WORKER,
                Reason.LICENCE_REVOKED, today, null));
        lists.load();
        WorkerFiles formats = folder.services().workerFiles();
        files = new RegisterFiles(lists, service, folder.services().market(), new WorkerPorts(formats.sheets(),
                formats.mappings(), folder.services().workerImport(), formats.list(), formats.summary(),
                folder.services().formats().rowProblems()),
                folder.context());
    }

    @AfterEach
    void close() {
        folder.close();
    }

    @Test
    void thePersonalDataExportAsksFirstWritesTheListedWorkersAndIsAudited() throws Exception {
        Path file = out.resolve("personal.csv");
        lists.councilProperty().set(folder.services().councils().byGssCode(COVENTRY).orElseThrow());
        folder.dialogs().confirming(false).answeringFiles(config -> Optional.of(file));

        files.exportPersonalData();
        assertThat(file).doesNotExist();

        folder.dialogs().confirming(true);
        files.exportPersonalData();

        assertThat(Files.readString(file)).contains("Amara Okafor", "Joseph Mensah").doesNotContain("Grace Adeyemi");
        assertThat(service.auditAll()).filteredOn(a -> a.kind() == WorkerAudit.Kind.EXPORTED).singleElement()
                .satisfies(a -> assertThat(a.detail()).contains("2 records").contains("personal.csv"));
        assertThat(RegisterFiles.personalDataWarning(2)).contains("2 workers", "names", "phone numbers",
                "not encrypted", "audit trail");
        assertThat(folder.tasks().failed()).isEmpty();
    }

    @Test
    void theSummaryOfTheAreaNamesNobodyAndHidesSmallNumbers() throws Exception {
        Path file = out.resolve("summary.csv");
        folder.dialogs().answeringFiles(config -> Optional.of(file));
        lists.load(new Scope.CouncilScope(folder.services().councils().byGssCode(COVENTRY).orElseThrow()));

        files.exportSummary();

        String csv = Files.readString(file);
        assertThat(csv).contains("Coventry", "fewer than 5").doesNotContain("Cornwall", "Amara", "07700");
        assertThat(service.auditAll()).noneMatch(a -> a.kind() == WorkerAudit.Kind.EXPORTED);
    }

    @Test
    void aHubsListIsImportedThroughTheColumnMapping() throws Exception {
        Path list = Files.writeString(out.resolve("hub list.csv"),
                "Name,Phone,Consent\nRuth Banda,07700 900200,yes\n");

        files.importList(list, (table, offered, remembered, chosen) -> chosen.accept(offered),
                refused -> fail("refused: " + refused.getMessage()));

        assertThat(service.workers()).extracting(w -> w.person().name()).contains("Ruth Banda");
        assertThat(lists.shown()).extracting(WorkerRow::name).contains("Ruth Banda");
        assertThat(folder.dialogs().information()).singleElement().asString().contains("1 person added");
    }

    @Test
    void aRefusedListGoesToTheProblemsDialogByRowAndColumnWithoutItsPersonalValues() throws Exception {
        Path list = Files.writeString(out.resolve("hub list.csv"),
                "Name,Phone,Consent,Council\nRuth Banda,07700 900200,yes,Atlantis\nRuth Banda,07700 900200,yes,\n");
        List<RowsRejectedException> refusals = new ArrayList<>();

        files.importList(list, (table, offered, remembered, chosen) -> chosen.accept(offered), refusals::add);

        assertThat(folder.dialogs().errors()).isEmpty();
        assertThat(service.workers()).extracting(w -> w.person().name()).doesNotContain("Ruth Banda");
        List<RowProblem> problems = refusals.getFirst().problems();
        assertThat(problems).extracting(RowProblem::row, RowProblem::column, RowProblem::value)
                .contains(tuple(2L, "Council", "Atlantis"), tuple(3L, "Name", ""));
        assertThat(problems).noneMatch(p -> p.value().contains("Ruth") || p.value().contains("07700"));
    }
}
