package org.irwatch.data.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.irwatch.core.common.CancelledException;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the ODS reader turns the ODF table layout into the rows and values a user sees in LibreOffice. */
class OdsSheetSourceTest {

    private static final String SHEET = "HSCA_Active_Locations";

    @Test
    void cellsReadAsLibreOfficeShowsThem() {
        byte[] ods = OdsWriter.workbook(writer -> writer.sheet(SHEET)
                .row("Location ID", "Beds", "Latitude", "Published", "Checked at", "Share", "Name", "Address",
                        "Rating", "Note", "Flag")
                .cells(List.of(
                        OdsWriter.text("1-101"),
                        OdsWriter.number("45", "45.00"),
                        OdsWriter.number("51.454500", "51.45"),
                        OdsWriter.date("2026-09-12T00:00:00", "12/09/26"),
                        OdsWriter.date("2026-09-12T13:45:00", "12/09/26 13:45"),
                        new OdsWriter.Cell("<table:table-cell office:value-type=\"percentage\" office:value=\"0.5\">"
                                + "<text:p>50%</text:p></table:table-cell>", "50%"),
                        OdsWriter.rich("<text:p>The <text:span text:style-name=\"T1\">Clifton<text:s/>"
                                + "</text:span>Court<text:s text:c=\"2\"/>Home</text:p>", "The Clifton Court  Home"),
                        OdsWriter.rich("<text:p>1 Clifton Down</text:p><text:p>Clifton<text:line-break/>Bristol"
                                + "</text:p>", "1 Clifton Down\nClifton\nBristol"),
                        OdsWriter.rich("<office:annotation><dc:creator>Inspector</dc:creator><text:p>check this"
                                + "</text:p></office:annotation><text:p>Good</text:p>", "Good"),
                        OdsWriter.rich("<text:p>two\n   spaces</text:p>", "two spaces"),
                        new OdsWriter.Cell("<table:table-cell office:value-type=\"boolean\" "
                                + "office:boolean-value=\"true\"><text:p>TRUE</text:p></table:table-cell>", "TRUE"))));

        List<SourceRow> rows = rows(ods);

        assertThat(rows).singleElement().extracting(SourceRow::values).isEqualTo(List.of("1-101", "45", "51.4545",
                "2026-09-12", "2026-09-12T13:45:00", "50%", "The Clifton Court  Home",
                "1 Clifton Down\nClifton\nBristol", "Good", "two spaces", "TRUE"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            45,         45
            45.0,       45
            -2.618600,  -2.6186
            0.000,      0
            1E+3,       1000
            1234567890, 1234567890
            0.1,        0.1
            """)
    void floatCellsShowWholeNumbersWithoutDecimals(String officeValue, String shown) {
        assertThat(OdsSheetSource.number(officeValue)).isEqualTo(shown);
    }

    @Test
    void repeatedRowsAndCellsKeepTheSheetRowNumbers() {
        byte[] ods = OdsWriter.workbook(writer -> writer.sheet(SHEET)
                .row("IR Watch test file")
                .emptyRows(3)
                .row("Location ID", "A", "B", "C", "D")
                .rawRow("<table:table-row table:number-rows-repeated=\"2\">"
                        + "<table:table-cell office:value-type=\"string\"><text:p>1-1</text:p></table:table-cell>"
                        + "<table:table-cell table:number-columns-repeated=\"2\"/>"
                        + "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"string\">"
                        + "<text:p>N</text:p></table:table-cell>"
                        + "<table:table-cell table:number-columns-repeated=\"16000\"/></table:table-row>")
                .emptyRows(10)
                .rawRow("<table:table-row><table:table-cell table:number-columns-spanned=\"2\" "
                        + "office:value-type=\"string\"><text:p>1-2</text:p></table:table-cell>"
                        + "<table:covered-table-cell/><table:table-cell office:value-type=\"string\"><text:p>x"
                        + "</text:p></table:table-cell></table:table-row>")
                .rawRow("<table:table-row><table:table-cell table:number-columns-repeated=\"5\"><text:p> </text:p>"
                        + "</table:table-cell></table:table-row>")
                .emptyRows(1_048_000)
                .row("1-3"));

        RowSource source = OdsSheetSource.open("test.ods", ods, SHEET, "Location ID");

        assertThat(source.header()).containsExactly("Location ID", "A", "B", "C", "D");
        assertThat(rows(source)).extracting(SourceRow::line, SourceRow::values).containsExactly(
                tuple(6L, List.of("1-1", "", "", "N", "N")),
                tuple(7L, List.of("1-1", "", "", "N", "N")),
                tuple(18L, List.of("1-2", "", "x")),
                tuple(1_048_020L, List.of("1-3")));
    }

    @Test
    void preferredSheetIsReadEvenWhenAnEarlierSheetMentionsTheHeaderColumn() {
        byte[] ods = OdsWriter.workbook(writer -> writer
                .sheet("Notes").row("Location ID", "The CQC's identifier").row("1-999", "not a location")
                .sheet(SHEET).row("Location ID", "Location Name").row("1-101", "The Clifton Court")
                .sheet("Pivot").row("Location ID").row("1-888"));

        RowSource source = OdsSheetSource.open("test.ods", ods, SHEET, "Location ID");

        assertThat(source.header()).containsExactly("Location ID", "Location Name");
        assertThat(rows(source)).extracting(SourceRow::values).containsExactly(List.of("1-101", "The Clifton Court"));
    }

    @Test
    void firstSheetIsReadWhenThePreferredSheetIsAbsent() {
        byte[] ods = OdsWriter.workbook(writer -> writer
                .sheet("Sheet1").row("Location ID", "Location Name").row("1-101", "The Clifton Court")
                .sheet("Sheet2").row("Location ID").row("1-888"));

        RowSource source = OdsSheetSource.open("test.ods", ods, SHEET, "Location ID");

        assertThat(rows(source)).extracting(SourceRow::values).containsExactly(List.of("1-101", "The Clifton Court"));
    }

    @Test
    void columnsAreFoundWithoutCaseOrSpacesAndAMissingOneIsNamed() {
        byte[] ods = OdsWriter.workbook(writer -> writer.sheet(SHEET)
                .row(" location id ", "Location  Name").row("1-101", "x"));
        RowSource source = OdsSheetSource.open("test.ods", ods, SHEET, "Location ID");

        assertThat(source.column("Location ID")).isZero();
        assertThat(source.requiredColumn("location name", "CQC HSCA active locations")).isEqualTo(1);
        assertThatThrownBy(() -> source.requiredColumn("Provider ID", "CQC HSCA active locations"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("test.ods looks like a CQC HSCA active locations file but has no 'Provider ID' column. Its "
                        + "header row (sheet 'HSCA_Active_Locations', row 1) is:  location id , Location  Name. Was a "
                        + "column renamed or removed? Download the original file again.");
    }

    @Test
    void workbookWithoutHeaderRowNamesTheSheetsItHas() {
        byte[] ods = OdsWriter.workbook(writer -> writer
                .sheet("Summary").row("Locations", "60,000")
                .sheet("Chart data").row("Region", "Locations"));

        assertThatThrownBy(() -> OdsSheetSource.open("HSCA.ods", ods, SHEET, "Location ID"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("HSCA.ods: it has no sheet 'HSCA_Active_Locations', and no row of its first sheet "
                        + "'Summary' has a 'Location ID' cell, so its header row was not found. Sheets in the file: "
                        + "Summary, Chart data. Is this the CQC HSCA Active Locations file? Download it again. "
                        + "Nothing was imported.");
    }

    @Test
    void contentThatIsNotWellFormedIsCalledDamaged() {
        byte[] ods = zip("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:"
                + "xmlns:office:1.0\"><office:body><office:spreadsheet>");

        assertThatThrownBy(() -> OdsSheetSource.open("HSCA.ods", ods, SHEET, "Location ID"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("HSCA.ods is damaged and cannot be read as a spreadsheet: the sheet data (content.xml) "
                        + "inside it is not well-formed. Download it again. Nothing was imported.");
    }

    @Test
    void externalEntitiesAreNeverRead() {
        byte[] ods = zip("content.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE office:document-content [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>
                <table:table table:name="HSCA_Active_Locations"><table:table-row><table:table-cell>
                <text:p>Location ID</text:p></table:table-cell><table:table-cell><text:p>&secret;</text:p>
                </table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>
                </office:document-content>""");

        assertThatThrownBy(() -> OdsSheetSource.open("HSCA.ods", ods, SHEET, "Location ID"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("is damaged");
    }

    @Test
    void zipWithoutContentIsCalledDamaged() {
        byte[] ods = zip("styles.xml", "<x/>");

        assertThatThrownBy(() -> OdsSheetSource.open("HSCA.ods", ods, SHEET, "Location ID"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("HSCA.ods is damaged and cannot be read as a spreadsheet: it holds no sheet data "
                        + "(content.xml). Download it again. Nothing was imported.");
    }

    @Test
    void readingReportsProgressAndStopsWhenCancelled() {
        byte[] ods = OdsWriter.workbook(writer -> {
            writer.sheet(SHEET).row("Location ID");
            for (int i = 0; i < 5_000; i++) {
                writer.row("1-" + i);
            }
        });
        RowSource source = OdsSheetSource.open("test.ods", ods, SHEET, "Location ID");
        List<long[]> reported = new ArrayList<>();
        List<SourceRow> read = new ArrayList<>();

        assertThatThrownBy(() -> source.forEachRow(new ProgressListener() {
            @Override
            public void progress(String message, long done, long total) {
                reported.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return !reported.isEmpty();
            }
        }, read::add)).isInstanceOf(CancelledException.class);

        assertThat(reported).singleElement().satisfies(progress -> {
            assertThat(progress[1]).isEqualTo(ods.length);
            assertThat(progress[0]).isPositive().isLessThanOrEqualTo(ods.length);
        });
        assertThat(read).hasSizeBetween(1_000, 2_000);
    }

    private static List<SourceRow> rows(byte[] ods) {
        return rows(OdsSheetSource.open("test.ods", ods, SHEET, "Location ID"));
    }

    private static List<SourceRow> rows(RowSource source) {
        List<SourceRow> rows = new ArrayList<>();
        source.forEachRow(ProgressListener.NONE, rows::add);
        return rows;
    }

    private static byte[] zip(String entry, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(OdsWriter.MIMETYPE.getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }
}
