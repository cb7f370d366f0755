package org.irwatch.data.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.irwatch.data.imports.ImportFixtures.REGISTER_HEADER;
import static org.irwatch.data.imports.ImportFixtures.count;
import static org.irwatch.data.imports.ImportFixtures.importer;
import static org.irwatch.data.imports.ImportFixtures.register;
import static org.irwatch.data.imports.ImportFixtures.rowsOf;
import static org.irwatch.data.imports.ImportFixtures.sponsorRows;
import static org.irwatch.data.imports.ImportFixtures.state;
import static org.irwatch.data.imports.ImportFixtures.strings;
import static org.irwatch.data.imports.ImportFixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.imports.ImportReport;
import org.irwatch.core.imports.RejectedLine;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.data.SharedData;
import org.irwatch.data.db.Database;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.snapshot.SnapshotRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad file is tried on a database that already holds a good register ("the previous data"). A file refused
 * whole gives one message that says what is wrong, on which line when there is one, and what to do, and the
 * database is then exactly as it was; a file with a few bad lines is imported without them, each reported with its
 * line number and reason.
 */
class BadInputTest {

    private static final String TAKEN = "IR Watch imports the Home Office register of licensed sponsors (CSV)";
    private static final String REAL_2021_11_02 =
            "uk-sponsor-register-csv-tbij/2021-11-02_-_Worker_and_Temporary_Worker.csv";

    @TempDir
    Path temp;

    private Database db;
    private FileImporter importer;
    private ImportReport previous;
    private ImportFixtures.DbState before;
    private List<String> previousRows;

    @BeforeEach
    void importAGoodRegisterFirst() {
        db = Database.open(temp.resolve("data"));
        importer = importer(db);
        previous = importer.importFile(write(temp, "2024-01-15_-_Worker_and_Temporary_Worker.csv",
                register("Previous Care", 30)), null, ProgressListener.NONE);
        assertThat(previous.organisations()).isEqualTo(30);
        before = state(db);
        previousRows = sponsorRows(db.dsl(), previous.snapshotId());
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The file is refused with a message holding every fragment, and nothing in the database changed. */
    private String assertRefused(Path file, String... fragments) {
        Throwable thrown = catchThrowable(() -> importer.importFile(file, null, ProgressListener.NONE));
        assertThat(thrown).as("the import is refused with a message for the user")
                .isInstanceOf(UserFacingException.class);
        assertThat(thrown.getMessage()).contains(fragments);
        assertThat(state(db)).as("the database is exactly as before").isEqualTo(before);
        return thrown.getMessage();
    }

    /** An import that went ahead left the previous snapshot and its rows untouched. */
    private void assertPreviousDataIntact() {
        Snapshot earlier = before.snapshots().getFirst();
        assertThat(new JooqSnapshotRepository(db.dsl()).find(earlier.id())).contains(earlier);
        assertThat(sponsorRows(db.dsl(), earlier.id())).hasSize(30).isEqualTo(previousRows);
    }

    // ----------------------------------------------------------------------------------------- wrong kind of file

    @Test
    void pdfIsRefusedAsNotImportableSayingToDownloadTheCsv() {
        Path pdf = write(temp, "register.csv", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertRefused(pdf, "register.csv is not a file IR Watch can import: it is a PDF document",
                "Download the CSV version instead", TAKEN);
    }

    @Test
    void oldExcelWorkbookIsRefusedSayingToSaveItAsXlsxOrCsv() {
        byte[] xls = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, xls, 0, magic.length);

        assertRefused(write(temp, "sponsors.xls", xls), "sponsors.xls is not a file IR Watch can import",
                "old Excel (.xls) workbook", "Save it as .xlsx or CSV first", TAKEN);
    }

    @Test
    void csvOfSomethingElseIsRefusedQuotingItsFirstLineAndListingWhatIsTaken() {
        Path councils = write(temp, "councils.csv", "local-authority-code,official-name,nice-name,gss-code\n"
                + "ABC,Armagh City Banbridge and Craigavon Borough Council,Armagh City,N09000002\n");

        assertRefused(councils, "councils.csv is not a file IR Watch can import",
                "its first line is \"local-authority-code,official-name,nice-name,gss-code\"", TAKEN);
    }

    @Test
    void realMySocietyCouncilListIsRefusedAsNotImportable() {
        Path councils = SharedData.file("la-lookup-mysociety/uk_local_authorities.csv");

        assertRefused(councils, "uk_local_authorities.csv is not a file IR Watch can import",
                "its first line is \"local-authority-code,official-name,", TAKEN);
    }

    @Test
    void emptyZipIsRefusedAsAZipHoldingNothing() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ZipOutputStream(bytes).close();

        String message = assertRefused(write(temp, "download.zip", bytes.toByteArray()),
                "download.zip is not a file IR Watch can import: it is a ZIP file holding nothing", TAKEN);
        assertThat(message).as("no raw bytes in the message").doesNotContainPattern("\\p{Cntrl}");
    }

    @Test
    void zipWithTwoCsvFilesIsRefusedSayingToUnzipAndChooseOne() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : List.of("2024-02-01_register.csv", "2024-03-01_register.csv")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(register("Zipped", 3).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }

        assertRefused(write(temp, "registers.zip", bytes.toByteArray()),
                "registers.zip is not a file IR Watch can import: it is a ZIP holding 2 CSV files",
                "unzip it and import the one you want");
    }

    // ------------------------------------------------------------------------------------ missing or renamed columns

    @Test
    void registerWithoutRouteColumnIsRefusedNamingTheColumnAndTheHeaderLine() {
        String text = register("No Route", 5).lines()
                .map(line -> line.substring(0, line.lastIndexOf(',')))
                .reduce("", (all, line) -> all + line + "\n");

        assertRefused(write(temp, "2024-02-01_register.csv", text),
                "2024-02-01_register.csv looks like a Home Office sponsor register file but has no 'Route' column",
                "Its header row (line 1) is: Organisation Name, Town/City, County, Type & Rating",
                "Was a column renamed or removed? Download the original file again.");
    }

    @Test
    void registerWithOrganisationNameRenamedIsNoLongerRecognisedAndTheMessageListsWhatIsTaken() {
        String text = register("Renamed", 5).replaceFirst("Organisation Name", "Organisation");

        assertRefused(write(temp, "2024-02-01_register.csv", text),
                "2024-02-01_register.csv is not a file IR Watch can import",
                "its first line is \"Organisation,Town/City,County,Type & Rating,Route\"", TAKEN);
    }

    // -------------------------------------------------------------------------------------- empty or truncated

    @Test
    void emptyFileIsRefusedSayingToDownloadItAgain() {
        assertRefused(write(temp, "2024-02-01_register.csv", new byte[0]),
                "2024-02-01_register.csv is empty (0 bytes). Download it again.");
    }

    @Test
    void headerOnlyRegisterIsRefusedSayingItHasNoDataRows() {
        assertRefused(write(temp, "2024-02-01_register.csv", REGISTER_HEADER + "\n"),
                "2024-02-01_register.csv has the header of a Home Office sponsor register but no data rows",
                "Nothing was imported", "download it again");
    }

    @Test
    void realRegisterCutOffMidLineIsRefusedNamingItsLastLine() {
        byte[] real = readAllBytes(SharedData.file(REAL_2021_11_02));
        // Every field of the 2021 files is quoted: cut a line just after the comma that ends its name.
        int lineStart = indexOf(real, "\r\n\"", real.length * 6 / 10) + 2;
        int afterName = indexOf(real, "\",\"", lineStart) + 2;
        byte[] cut = Arrays.copyOf(real, afterName);
        long lastLine = lineCount(cut);
        assertThat(new String(cut, lineStart, cut.length - lineStart, StandardCharsets.UTF_8)).endsWith("\",")
                .doesNotContain("\n");

        assertRefused(write(temp, "2021-11-02_-_Worker_and_Temporary_Worker.csv", cut),
                "2021-11-02_-_Worker_and_Temporary_Worker.csv is cut off: its last line (" + lastLine + ") stops "
                        + "after 2 of 5 columns", "get the file again", "Nothing was imported");
        assertThat(lastLine).as("about 60% of 48,685 lines").isBetween(27_000L, 31_000L);
    }

    @Test
    void realRegisterCutOffInsideAQuotedValueIsRefusedNamingTheLineTheValueStartsOn() {
        byte[] real = readAllBytes(SharedData.file(REAL_2021_11_02));
        int lineStart = indexOf(real, "\r\n\"", real.length * 6 / 10) + 2;
        byte[] cut = Arrays.copyOf(real, lineStart + 4);
        long lastLine = lineCount(cut);
        assertThat(new String(cut, lineStart, 4, StandardCharsets.UTF_8)).startsWith("\"").doesNotContain(",")
                .satisfies(start -> assertThat(start.substring(1)).doesNotContain("\""));

        assertRefused(write(temp, "2021-11-02_-_Worker_and_Temporary_Worker.csv", cut),
                "is damaged or cut off: a quoted value that starts on line " + lastLine + " is never closed",
                "Get the file again", "Nothing was imported");
    }

    @Test
    void strayQuoteInsideAQuotedNameIsRefusedNamingItsLineInPlainWords() {
        StringBuilder text = new StringBuilder("\"" + REGISTER_HEADER.replace(",", "\",\"") + "\"\r\n");
        for (int i = 1; i <= 10; i++) {
            String name = i == 6 ? "Stray \"Quote\" Ltd" : "Quoted Care " + i + " Ltd";
            text.append('"').append(name).append("\",\"Leeds\",,\"Worker (A rating)\",\"Skilled Worker\"\r\n");
        }

        String message = assertRefused(write(temp, "2024-02-01_register.csv", text.toString()),
                "2024-02-01_register.csv is damaged: on line 7 a quoted value is followed by more text",
                "check the quotes on that line", "Nothing was imported");
        assertThat(message).as("no library's words or class names").doesNotContain("org.apache", "Exception",
                "encapsulated");
    }

    // ---------------------------------------------------------------------------------------------- encodings

    @Test
    void brokenUtf8OnLine100IsRefusedNamingLine100() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> lines = register("Caf\u00e9 \u00a3 Saver", 150).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (i + 1 == 100) {
                bytes.writeBytes("Broken ".getBytes(StandardCharsets.UTF_8));
                bytes.write(0xC3);
                bytes.writeBytes("x Ltd,Leeds,,Worker (A rating),Skilled Worker\n".getBytes(StandardCharsets.UTF_8));
            } else {
                bytes.writeBytes((lines.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }

        assertRefused(write(temp, "2024-02-01_register.csv", bytes.toByteArray()),
                "2024-02-01_register.csv is damaged: line 100 is not valid UTF-8 text although the rest of the "
                        + "file is", "Download the file again", "save it as \"CSV UTF-8\"");
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsReadAsWrittenNotTakenForBrokenBytes() {
        // A file may hold U+FFFD itself (a name once mangled elsewhere): well-formed UTF-8, imported as it is.
        String text = REGISTER_HEADER + "\n"
                + "Caf\ufffd Care Ltd,Leeds,,Worker (A rating),Skilled Worker\n"
                + "Caf\u00e9 Homes Ltd,York,,Worker (A rating),Skilled Worker\n";

        ImportReport report = importer.importFile(write(temp, "2024-02-01_register.csv", text), null,
                ProgressListener.NONE);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.warnings()).noneMatch(warning -> warning.contains("not UTF-8"));
        assertThat(strings(db.dsl(), "SELECT name FROM sponsor WHERE id BETWEEN ? AND ? ORDER BY id",
                SnapshotRows.first(report.snapshotId()), SnapshotRows.last(report.snapshotId())))
                .containsExactly("Caf\ufffd Care Ltd", "Caf\u00e9 Homes Ltd");
    }

    @Test
    void windows1252RegisterIsImportedWithAWarningAndItsNamesRightNotMangled() {
        String text = REGISTER_HEADER + "\n"
                + "Caf\u00e9 Care Ltd,Leeds,,Worker (A rating),Skilled Worker\n"
                + "Plain Care Ltd,York,,Worker (A rating),Skilled Worker\n"
                + "\u00a3 Saver Homes Ltd,Hull,,Worker (B rating),Skilled Worker\n"
                + "Na\u00efve Nursing \u2013 Homes Ltd,Bath,,Worker (A rating),Skilled Worker\n";

        ImportReport report = importer.importFile(write(temp, "2024-02-01_register.csv",
                text.getBytes(Charset.forName("windows-1252"))), null, ProgressListener.NONE);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.warnings()).anySatisfy(warning -> assertThat(warning)
                .contains("The file is not UTF-8; it was read as Windows-1252 (first such character on line 2)")
                .contains("Check that names with accents or £ look right"));
        assertThat(strings(db.dsl(), "SELECT name FROM sponsor WHERE id BETWEEN ? AND ? ORDER BY id",
                SnapshotRows.first(report.snapshotId()), SnapshotRows.last(report.snapshotId())))
                .containsExactly("Caf\u00e9 Care Ltd", "Plain Care Ltd", "\u00a3 Saver Homes Ltd",
                        "Na\u00efve Nursing \u2013 Homes Ltd");
        assertPreviousDataIntact();
    }

    // --------------------------------------------------------------------------------------- oversized field

    @Test
    void tenMegabyteNameOnLine3IsRejectedWithItsLineAndTheRestImported() {
        String good = register("Big Field", 20);
        int line3 = good.indexOf('\n', good.indexOf('\n') + 1) + 1;
        String text = good.substring(0, line3) + "A".repeat(10_000_000) + ",Leeds,,Worker (A rating),Skilled Worker\n"
                + good.substring(line3);

        ImportReport report = importer.importFile(write(temp, "2024-02-01_register.csv", text), null,
                ProgressListener.NONE);

        assertThat(report.rowsRead()).isEqualTo(21);
        assertThat(report.rowsAccepted()).isEqualTo(20);
        assertThat(report.organisations()).isEqualTo(20);
        assertThat(report.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.line()).isEqualTo(3);
            assertThat(rejected.reason()).isEqualTo("'Organisation Name' is 10,000,000 characters long "
                    + "(at most 1,000 expected)");
            assertThat(rejected.text()).hasSizeLessThan(600);
        });
        assertThat(count(db.dsl(), "SELECT MAX(LENGTH(name)) FROM sponsor")).isLessThan(100);
        assertPreviousDataIntact();
    }

    @Test
    void fileWhoseRowsAreMostlyTenMegabyteFieldsIsRefusedWhole() {
        String huge = "A".repeat(10_000_000);
        String text = REGISTER_HEADER + "\n"
                + "Small Care Ltd,Leeds,,Worker (A rating),Skilled Worker\n"
                + huge + ",Leeds,,Worker (A rating),Skilled Worker\n"
                + "Other Care Ltd," + huge + ",,Worker (A rating),Skilled Worker\n";

        assertRefused(write(temp, "2024-02-01_register.csv", text),
                "2024-02-01_register.csv is not a usable Home Office sponsor register: 2 of its 3 rows cannot be read",
                "(first: line 3, 'Organisation Name' is 10,000,000 characters long (at most 1,000 expected))",
                "Nothing was imported", "download it again");
    }

    // ------------------------------------------------------------------------------------------ the same file

    @Test
    void fileCutInsideItsLastValueIsImportedWithAWarningToCheckIt() {
        String text = register("Cut", 40);
        String cut = text.substring(0, text.length() - 6); // "...,Skilled Wor": every column there, no line break

        ImportReport report = importer.importFile(write(temp, "2024-02-01_register.csv", cut), null,
                ProgressListener.NONE);

        assertThat(report.warnings()).anySatisfy(warning -> assertThat(warning)
                .contains("does not end with a line break").contains("download the file again"));
        assertPreviousDataIntact();
    }

    @Test
    void registerMuchSmallerThanThePreviousOneIsImportedWithAWarningThatItMayBeCutOff() {
        ImportReport report = importer.importFile(write(temp, "2024-02-01_register.csv", register("Few", 10)), null,
                ProgressListener.NONE);

        assertThat(report.warnings()).containsExactly("This register holds 10 organisations, far fewer than the 30 "
                + "of the register of 15 January 2024: it may be cut off. If so, delete this snapshot and import a "
                + "complete file.");
        assertPreviousDataIntact();
    }

    @Test
    void sameFileTwiceIsRecognisedAndHeldOnce() {
        Path again = temp.resolve("2024-01-15_-_Worker_and_Temporary_Worker.csv");

        ImportReport second = importer.importFile(again, null, ProgressListener.NONE);

        assertThat(second.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
        assertThat(second.snapshotId()).isEqualTo(previous.snapshotId());
        assertThat(second.summary()).contains("already imported as snapshot #" + previous.snapshotId())
                .contains("nothing changed");
        assertThat(state(db)).isEqualTo(before);
        assertThat(before.snapshots()).hasSize(1);
    }

    @Test
    void sameContentUnderAnotherNameIsAlsoRecognised() throws IOException {
        Path renamed = Files.copy(temp.resolve("2024-01-15_-_Worker_and_Temporary_Worker.csv"),
                temp.resolve("copy of the register (2).csv"));

        ImportReport second = importer.importFile(renamed, null, ProgressListener.NONE);

        assertThat(second.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
        assertThat(second.snapshotId()).isEqualTo(previous.snapshotId());
        assertThat(second.dataDate()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(state(db)).isEqualTo(before);
    }

    // -------------------------------------------------------------------------------------------- bad rows

    @Test
    void rowsWithTheWrongNumberOfColumnsAreRejectedWithTheirLinesAndTheRestImported() {
        List<String> lines = new ArrayList<>(register("Columns", 10).lines().toList());
        lines.set(3, "Short Row Ltd,Leeds,,Worker (A rating)");
        lines.set(6, "Long Row Ltd,Leeds,,Worker (A rating),Skilled Worker,extra");
        lines.set(8, ",Leeds,,Worker (A rating),Skilled Worker");

        ImportReport report = importer.importFile(write(temp, "2024-02-01_register.csv",
                String.join("\n", lines) + "\n"), null, ProgressListener.NONE);

        assertThat(report.rejected()).extracting(RejectedLine::line, RejectedLine::reason).containsExactly(
                tuple(4L, "expected 5 columns, found 4"),
                tuple(7L, "expected 5 columns, found 6"),
                tuple(9L, "no organisation name"));
        assertThat(report.rejected().getFirst().text()).isEqualTo("Short Row Ltd,Leeds,,Worker (A rating)");
        assertThat(report.rowsRead()).isEqualTo(10);
        assertThat(report.organisations()).isEqualTo(7);
        assertThat(rowsOf(db.dsl(), "sponsor", report.snapshotId())).isEqualTo(7);
        assertPreviousDataIntact();
    }

    @Test
    void spreadsheetFormulaAsANameIsStoredAsPlainTextExactlyAsWritten() {
        String text = REGISTER_HEADER + "\n"
                + "=cmd|' /C calc'!A0,Leeds,,Worker (A rating),Skilled Worker\n"
                + "\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\",York,,Worker (A rating),Skilled Worker\n"
                + "+44 Care Ltd,Hull,,Worker (A rating),Skilled Worker\n";

        ImportReport report = importer.importFile(write(temp, "2024-02-01_register.csv", text), null,
                ProgressListener.NONE);

        assertThat(report.rejected()).isEmpty();
        assertThat(strings(db.dsl(), "SELECT name FROM sponsor WHERE id BETWEEN ? AND ? ORDER BY id",
                SnapshotRows.first(report.snapshotId()), SnapshotRows.last(report.snapshotId())))
                .containsExactly("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://example.invalid\",\"x\")", "+44 Care Ltd");
        assertPreviousDataIntact();
    }

    // --------------------------------------------------------------------------------- CQC directory preamble

    @Test
    void cqcDirectoryTakesItsDataDateFromThePreamble() {
        String text = """
                CQC Locations data,,,,,,,,,,,,,,
                ,,,,,,,,,,,,,,
                This data was produced on 16 September 2026,,,,,,,,,,,,,,
                ,,,,,,,,,,,,,,
                Name,Also known as,Address,Postcode,Phone number,Service's website (if available),Service types,\
                Date of latest check,Specialisms/services,Provider name,Local authority,Region,Location URL,\
                CQC Location ID (for office use only),CQC Provider ID (for office use only)
                Square Mile Dental Centre,,"7-9 White Kennet Street,London",E1 7BS,2073770990,,Dentist,\
                09/Jan/2018 - 00:00,Services for everyone,Square Mile Dental Centre Limited,City of London,London,\
                https://www.cqc.org.uk/location/1-10552899555,1-10552899555,1-10006912129
                Example Care Home,,"1 High Street,Leeds",LS1 1AA,0113000000,,"Residential homes, Nursing homes",\
                01/Feb/2026 - 00:00,Caring for adults over 65 yrs,Example Care Ltd,Leeds,Yorkshire & Humberside,\
                https://www.cqc.org.uk/location/1-2000000001,1-2000000001,1-3000000001
                Example Homecare,,"2 Low Street,Leeds",LS2 2AA,0113000001,,Homecare agencies,\
                01/Mar/2026 - 00:00,Caring for adults under 65 yrs,Example Care Ltd,Leeds,Yorkshire & Humberside,\
                https://www.cqc.org.uk/location/1-2000000002,1-2000000002,1-3000000001
                """.replace("\n", "\r\n");

        ImportReport report = importer.importFile(write(temp, "CQC_directory.csv", text), null,
                ProgressListener.NONE);

        assertThat(report.kind()).isEqualTo(SnapshotKind.CQC_DIRECTORY);
        assertThat(report.dataDate()).isEqualTo(LocalDate.of(2026, 9, 16));
        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.locations()).isEqualTo(3);
        assertThat(report.providers()).isEqualTo(2);
        assertThat(strings(db.dsl(), "SELECT council_gss FROM cqc_location WHERE id BETWEEN ? AND ? ORDER BY id",
                SnapshotRows.first(report.snapshotId()), SnapshotRows.last(report.snapshotId())))
                .as("City of London, Leeds, Leeds").containsExactly("E09000001", "E08000035", "E08000035");
        assertPreviousDataIntact();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static byte[] readAllBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] bytes, String ascii, int from) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i <= bytes.length - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (bytes[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("'" + ascii + "' not found after byte " + from);
    }

    /** The number of the line the last byte is on. */
    private static long lineCount(byte[] bytes) {
        long lines = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
