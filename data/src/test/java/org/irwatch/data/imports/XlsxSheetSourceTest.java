package org.irwatch.data.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irwatch.core.common.CancelledException;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.junit.jupiter.api.Test;

/** How the XLSX reader turns a sheet into the rows and values a user sees in Excel. */
class XlsxSheetSourceTest {

    private static final String SHEET = "HSCA_Active_Locations";

    @Test
    void valuesReadAsExcelShowsThemWithSheetRowNumbers() {
        byte[] xlsx = workbook(workbook -> {
            XSSFSheet sheet = workbook.createSheet(SHEET);
            sheet.createRow(0).createCell(0).setCellValue("HSCA active locations");
            Row header = sheet.createRow(2);
            List.of("Location ID", "Care homes beds", "Location Latitude", "Publication Date", "Provider Companies "
                    + "House Number", "Care home?", "Location Street Address").forEach(name ->
                    header.createCell(header.getPhysicalNumberOfCells()).setCellValue(name));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row data = sheet.createRow(5);
            data.createCell(0).setCellValue("1-101");
            data.createCell(1).setCellValue(45.0);
            data.createCell(2).setCellValue(51.4545);
            data.createCell(3).setCellValue(LocalDate.of(2026, 9, 12));
            data.getCell(3).setCellStyle(date);
            data.createCell(4).setCellValue(9876543.0);
            data.createCell(6).setCellValue("1 Clifton Down\nClifton");
            Row blank = sheet.createRow(6);
            blank.createCell(0).setCellValue(" ");
            blank.createCell(3);
            Row last = sheet.createRow(9);
            last.createCell(0).setCellValue("1-102");
            last.createCell(5).setCellValue(true);
        });

        RowSource source = XlsxSheetSource.open("test.xlsx", xlsx, SHEET, "Location ID");

        assertThat(source.column("care homes beds")).isEqualTo(1);
        assertThat(rows(source)).extracting(SourceRow::line, SourceRow::values).containsExactly(
                tuple(6L, List.of("1-101", "45", "51.4545", "12/09/2026", "9876543", "", "1 Clifton Down\nClifton")),
                tuple(10L, List.of("1-102", "", "", "", "", "TRUE")));
    }

    @Test
    void firstSheetIsReadWhenThePreferredSheetIsAbsent() {
        byte[] xlsx = workbook(workbook -> {
            XSSFSheet first = workbook.createSheet("Sheet1");
            first.createRow(0).createCell(0).setCellValue("Location ID");
            first.createRow(1).createCell(0).setCellValue("1-101");
            XSSFSheet second = workbook.createSheet("Sheet2");
            second.createRow(0).createCell(0).setCellValue("Location ID");
            second.createRow(1).createCell(0).setCellValue("1-888");
        });

        assertThat(rows(XlsxSheetSource.open("test.xlsx", xlsx, SHEET, "Location ID")))
                .extracting(SourceRow::values).containsExactly(List.of("1-101"));
    }

    @Test
    void truncatedWorkbookIsCalledDamaged() {
        byte[] xlsx = HscaWorkbooks.xlsx();

        assertThatThrownBy(() -> XlsxSheetSource.open("HSCA.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2), SHEET,
                "Location ID"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("HSCA.xlsx is damaged and cannot be read as a spreadsheet: its ZIP archive or the sheet "
                        + "data inside it is cut off or corrupt. Download it again. Nothing was imported.");
    }

    @Test
    void readingReportsProgressAndStopsWhenCancelled() {
        byte[] xlsx = workbook(workbook -> {
            XSSFSheet sheet = workbook.createSheet(SHEET);
            sheet.createRow(0).createCell(0).setCellValue("Location ID");
            for (int i = 1; i <= 5_000; i++) {
                sheet.createRow(i).createCell(0).setCellValue("1-" + i);
            }
        });
        RowSource source = XlsxSheetSource.open("test.xlsx", xlsx, SHEET, "Location ID");
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

        assertThat(reported).singleElement().satisfies(progress ->
                assertThat(progress[0]).isPositive().isLessThan(progress[1]));
        assertThat(read).hasSizeBetween(1_000, 2_000);
    }

    private static List<SourceRow> rows(RowSource source) {
        List<SourceRow> rows = new ArrayList<>();
        source.forEachRow(ProgressListener.NONE, rows::add);
        return rows;
    }

    private static byte[] workbook(Consumer<XSSFWorkbook> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            sheets.accept(workbook);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
