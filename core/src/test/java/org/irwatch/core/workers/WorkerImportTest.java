package org.irwatch.core.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irwatch.core.workers.TestWorkers.TODAY;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.CouncilType;
import org.irwatch.core.council.Region;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.imports.table.SheetTable;
import org.irwatch.core.settings.InMemorySettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkerImportTest {

    private static final Council COVENTRY = new Council("E08000026", "Coventry", "Coventry City Council",
            CouncilType.METROPOLITAN_DISTRICT, new Region("E12000005", "West Midlands", "West Midlands"), List.of());
    private static final List<String> HEADER = List.of("Full name", "Mobile", "Date of birth", "Council", "Role",
            "Former sponsor", "Reason", "Visa expiry", "Consent", "Skills");

    private final MemoryWorkerVault vault = new MemoryWorkerVault();
    private WorkerService service;
    private WorkerImport importer;

    @BeforeEach
    void unlocked() {
        service = new WorkerService(vault, new InMemorySettings(),
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), "hub");
        service.setUp("a long enough passphrase".toCharArray());
        importer = new WorkerImport(service, new CouncilDirectory(List.of(COVENTRY)));
    }

    private static SheetTable sheet(String... rows) {
        List<SheetTable.Row> parsed = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            parsed.add(new SheetTable.Row(i + 2, Arrays.asList(rows[i].split("\\|", -1))));
        }
        return new SheetTable("hub-list.xlsx", HEADER, parsed);
    }

    private WorkerImportResult run(SheetTable table) {
        return importer.run(table, ColumnMapping.guess(WorkerField.IMPORT, table.header()), ProgressListener.NONE);
    }

    @Test
    void headersThatSayWhatTheyAreAreRecognisedWithoutAMapping() {
        ColumnMapping<WorkerField> guessed = ColumnMapping.guess(WorkerField.IMPORT, HEADER);
        assertThat(HEADER).extracting(h -> guessed.fieldOf(h).orElseThrow()).containsExactly(WorkerField.NAME,
                WorkerField.PHONE, WorkerField.DATE_OF_BIRTH, WorkerField.COUNCIL, WorkerField.ROLES,
                WorkerField.FORMER_SPONSOR, WorkerField.REASON, WorkerField.VISA_EXPIRY, WorkerField.CONSENT,
                WorkerField.SKILLS);
    }

    @Test
    void goodRowsAreImportedWithTheirValuesRead() {
        WorkerImportResult result = run(sheet(
                "Amara Okafor|07700 900123|02/04/1990|Coventry|Senior carer, nurse|Thornfield Care|revoked|"
                        + "01/06/2027|yes|Care Certificate; NVQ level 3",
                "=HYPERLINK(\"x\")|07700 900124|||||||Y|"));

        assertThat(result.summary()).isEqualTo("hub-list.xlsx: 2 rows; 2 people added, 0 already held (same phone, "
                + "or same name and date of birth).");
        Worker amara = service.list(WorkerFilter.ALL).stream().filter(w -> w.person().name().startsWith("Amara"))
                .findFirst().orElseThrow();
        assertThat(amara.place().councilGss()).isEqualTo("E08000026");
        assertThat(amara.work().roles()).containsExactlyInAnyOrder(Role.SENIOR_CARE_WORKER, Role.NURSE);
        assertThat(amara.work().skills()).containsExactly(Skill.CARE_CERTIFICATE);
        assertThat(amara.work().otherSkills()).isEqualTo("NVQ level 3");
        assertThat(amara.situation().reason()).isEqualTo(Reason.LICENCE_REVOKED);
        assertThat(amara.stage()).isEqualTo(Stage.REGISTERED);
        assertThat(amara.registeredOn()).isEqualTo(TODAY);
        assertThat(service.workers()).extracting(w -> w.person().name()).as("formula-looking text stays text")
                .contains("=HYPERLINK(\"x\")");
        assertThat(vault.audits).extracting(WorkerAudit::kind, WorkerAudit::detail).containsOnly(
                org.assertj.core.groups.Tuple.tuple(WorkerAudit.Kind.IMPORTED, "From hub-list.xlsx"));
    }

    @Test
    void everyBadRowIsReportedByRowAndColumnAndNothingIsImported() {
        assertThatThrownBy(() -> run(sheet(
                "Amara Okafor|07700 900123|31/02/1990|Coventry|carer||revoked||yes|",
                "Joy Mensah|07700 900125||Atlantis|astronaut||bored||no|",
                "A. Okafor|+44 7700 900123|||||||yes|")))
                .isInstanceOfSatisfying(RowsRejectedException.class, e -> assertThat(e.problems())
                        .extracting(RowProblem::row, RowProblem::column).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(2L, "Date of birth"),
                                org.assertj.core.groups.Tuple.tuple(3L, "Council"),
                                org.assertj.core.groups.Tuple.tuple(3L, "Role"),
                                org.assertj.core.groups.Tuple.tuple(3L, "Reason"),
                                org.assertj.core.groups.Tuple.tuple(3L, "Consent"),
                                org.assertj.core.groups.Tuple.tuple(4L, "Full name")))
                .hasMessageContaining("row 3, Role 'astronaut'").hasMessageContaining("same person as row 2")
                .hasMessageContaining("row 2, Date of birth: ").as("no personal value is quoted")
                .hasMessageNotContaining("31/02/1990").hasMessageNotContaining("Okafor");
        assertThat(service.workers()).isEmpty();
    }

    @Test
    void peopleAlreadyHeldAreCountedNotAddedAgain() {
        service.save(TestWorkers.worker("Amara Okafor", "+44 7700 900123"));
        WorkerImportResult result = run(sheet("A Okafor|07700 900123|||||||yes|"));
        assertThat(result.added()).isZero();
        assertThat(result.alreadyHeld()).isEqualTo(1);
        assertThat(service.workers()).hasSize(1);
    }

    @Test
    void aSheetWithoutAConsentColumnIsRefusedSayingWhichColumnIsMissing() {
        SheetTable table = new SheetTable("list.csv", List.of("Name", "Phone"),
                List.of(new SheetTable.Row(2, List.of("Amara", "07700 900123"))));
        assertThatThrownBy(() -> run(table)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("no column is chosen for Consent").hasMessageContaining("Nothing was imported");
    }
}
