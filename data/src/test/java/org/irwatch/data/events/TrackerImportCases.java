package org.irwatch.data.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.events.EventField;
import org.irwatch.core.events.EventService;
import org.irwatch.core.events.TrackerImport;
import org.irwatch.core.events.TrackerImportResult;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.imports.table.SheetTable;
import org.irwatch.core.register.OrganisationKey;
import org.irwatch.data.SharedData;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.imports.FileImporter;
import org.irwatch.data.imports.SheetTableReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tracker imports against two registers (2021-09-30 and 2021-11-02): names taken from the register files, a tracker
 * written by the test as CSV or XLSX, all or nothing, duplicates counted, old snapshots searched too. The registers
 * come from the subclass: generated ({@link TrackerImportTest}) or the real ones ({@link TrackerImportOnRealFilesTest}).
 */
abstract class TrackerImportCases {

    static final String HEADER = "Organisation Name,Town,Action/Status,Date of action,No. of workers,Notes\n";

    private final Database db = Database.inMemory();
    private final JooqEventRepository events = new JooqEventRepository(db.dsl());
    private final EventService service = new EventService(events, new JooqSponsorLookup(db.dsl()),
            Clock.systemDefaultZone(), "tester");
    private final TrackerImport trackerImport = new TrackerImport(service, events);

    @TempDir
    Path temp;

    private CSVRecord onBoth;
    private CSVRecord onlyOnOlder;
    private Path newer;

    /** The register of 2021-09-30. */
    abstract Path olderRegister() throws IOException;

    /** The register of 2021-11-02, without some of the older one's organisations. */
    abstract Path newerRegister() throws IOException;

    @BeforeEach
    void importTwoRegisters() throws IOException {
        Path older = olderRegister();
        newer = newerRegister();
        FileImporter importer = new FileImporter(db.dsl(), new JooqCouncilRepository(db.dsl()).loadDirectory(),
                Clock.systemUTC());
        importer.importFile(older, null, ProgressListener.NONE);
        importer.importFile(newer, null, ProgressListener.NONE);
        List<CSVRecord> olderRows = SharedData.csv(older);
        java.util.Set<String> newerNames = new java.util.HashSet<>();
        SharedData.csv(newer).forEach(r -> newerNames.add(OrganisationKey.fold(r.get(0))));
        onBoth = olderRows.stream().filter(r -> newerNames.contains(OrganisationKey.fold(r.get(0)))
                && unique(olderRows, r)).findFirst().orElseThrow();
        onlyOnOlder = olderRows.stream().filter(r -> !newerNames.contains(OrganisationKey.fold(r.get(0)))
                && unique(olderRows, r)).findFirst().orElseThrow();
    }

    /** A name in one town only, so no town is needed to tell which organisation it is. */
    private static boolean unique(List<CSVRecord> rows, CSVRecord row) {
        String name = OrganisationKey.fold(row.get(0));
        return rows.stream().filter(r -> OrganisationKey.fold(r.get(0)).equals(name))
                .map(r -> OrganisationKey.fold(r.get(1))).distinct().count() == 1;
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TrackerImportResult importCsv(String text) throws IOException {
        Path file = Files.writeString(temp.resolve("tracker.csv"), text, StandardCharsets.UTF_8);
        SheetTable table = new SheetTableReader().read(file);
        return trackerImport.run(table, ColumnMapping.guess(EventField.TRACKER, table.header()), ProgressListener.NONE);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    @Test
    void sponsorsAreFoundOnTheNewestRegisterAndOnOlderOnesAndDuplicatesAreCounted() throws IOException {
        String text = HEADER
                + quoted(onBoth.get(0).strip()) + ",," + "Suspended,05/10/2021,12,\"=HYPERLINK(\"\"x\"\")\"\n"
                + quoted(onlyOnOlder.get(0).toLowerCase()) + ",,Licence revoked,1 Oct 2021,3,\n";

        TrackerImportResult first = importCsv(text);
        TrackerImportResult again = importCsv(text);

        assertThat(first.added()).isEqualTo(2);
        assertThat(again.added()).isZero();
        assertThat(again.alreadyRecorded()).isEqualTo(2);
        assertThat(again.summary()).contains("0 events added, 2 already recorded");
        List<EnforcementEvent> stored = events.listAll();
        assertThat(stored).hasSize(2);
        EnforcementEvent revoked = stored.stream().filter(e -> e.action() == EnforcementAction.REVOKED).findFirst()
                .orElseThrow();
        assertThat(revoked.sponsorName()).as("as the register writes it").isEqualTo(onlyOnOlder.get(0).strip());
        assertThat(revoked.actionDate()).isEqualTo(LocalDate.of(2021, 10, 1));
        EnforcementEvent suspended = stored.stream().filter(e -> e.action() == EnforcementAction.SUSPENDED)
                .findFirst().orElseThrow();
        assertThat(suspended.notes()).as("formula text kept as text").isEqualTo("=HYPERLINK(\"x\")");
        assertThat(events.audit(suspended.id())).singleElement().satisfies(a -> assertThat(a.by()).isEqualTo("tester"));
    }

    @Test
    void badRowsRefuseTheWholeFileWithARowByRowReport() {
        String text = HEADER
                + quoted(onBoth.get(0)) + ",,Suspended,05/10/2021,12,\n"
                + "No Such Sponsor Anywhere Ltd,,Revoked,01/10/2021,3,\n"
                + quoted(onBoth.get(0)) + ",,Revoked,2021-13-40,-5,\n"
                + quoted(onBoth.get(0)) + ",,Fined,,many,\n";

        assertThatThrownBy(() -> importCsv(text)).isInstanceOfSatisfying(RowsRejectedException.class, e -> {
            assertThat(e.problems()).extracting(RowProblem::row).containsExactly(3L, 4L, 4L, 5L, 5L, 5L);
            assertThat(e.getMessage()).contains("row 3, Organisation Name 'No Such Sponsor Anywhere Ltd': "
                    + "'No Such Sponsor Anywhere Ltd' is not on any register snapshot held")
                    .contains("row 4, No. of workers '-5': '-5' is negative")
                    .contains("row 5, Action/Status 'Fined'")
                    .contains("nothing was imported");
        });
        assertThat(events.listAll()).as("nothing imported half-way").isEmpty();
    }

    @Test
    void anXlsxTrackerWithExcelDateCellsImports() throws IOException {
        Path file = temp.resolve("tracker.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Revocations");
            Row header = sheet.createRow(0);
            String[] names = {"Sponsor", "Date of revocation", "Action", "Number of workers affected"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14); // Excel's built-in short date, shown m/d/yy by POI
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(onBoth.get(0));
            row.createCell(1).setCellValue(LocalDate.of(2021, 10, 7));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue("Revoked");
            row.createCell(3).setCellValue(44);
            workbook.write(out);
        }
        SheetTable table = new SheetTableReader().read(file);

        TrackerImportResult result = trackerImport.run(table, ColumnMapping.guess(EventField.TRACKER, table.header()),
                ProgressListener.NONE);

        assertThat(result.added()).isEqualTo(1);
        assertThat(events.listAll()).singleElement().satisfies(e -> {
            assertThat(e.actionDate()).isEqualTo(LocalDate.of(2021, 10, 7));
            assertThat(e.workersAffected()).isEqualTo(44);
        });
    }

    @Test
    void wrongAndCutOffFilesAreRefusedInASentence() throws IOException {
        Path pdf = Files.write(temp.resolve("notice.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        Path cut = Files.writeString(temp.resolve("cut.csv"), HEADER + "\"" + onBoth.get(0) + ",,Susp");
        assertThatThrownBy(() -> new SheetTableReader().read(pdf)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("neither a CSV file nor an XLSX workbook");
        assertThatThrownBy(() -> new SheetTableReader().read(cut)).hasMessageContaining("never closed");
        SheetTable notATracker = new SheetTableReader().read(newer);
        assertThatThrownBy(() -> trackerImport.run(notATracker,
                ColumnMapping.guess(EventField.TRACKER, notATracker.header()), ProgressListener.NONE)).hasMessageContaining("no column is chosen for Action");
        assertThat(events.listAll()).isEmpty();
    }
}
