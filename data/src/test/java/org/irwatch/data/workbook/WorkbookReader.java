package org.irwatch.data.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A written workbook read back with POI, as a spreadsheet program would find it. */
final class WorkbookReader implements AutoCloseable {

    final XSSFWorkbook workbook;

    WorkbookReader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    XSSFSheet sheet(String name) {
        XSSFSheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new AssertionError("No sheet " + name + " in " + sheetNames());
        }
        return sheet;
    }

    /** The data rows of a list sheet (all rows below its header). */
    int dataRows(String sheetName) {
        return sheet(sheetName).getLastRowNum();
    }

    List<String> header(String sheetName) {
        List<String> header = new ArrayList<>();
        sheet(sheetName).getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        return header;
    }

    /** The first row, at or below {@code fromRow}, whose first cell is this text. */
    Optional<Row> rowLabelled(Sheet sheet, String label, int fromRow) {
        for (int r = fromRow; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell first = row == null ? null : row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** Every text in the sheet, one cell a line. */
    String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                all.append(cell.getStringCellValue()).append('\n');
            }
        }));
        return all.toString();
    }

    int charts(String sheetName) {
        XSSFDrawing drawing = sheet(sheetName).getDrawingPatriarch();
        return drawing == null ? 0 : drawing.getCharts().size();
    }

    long formulaCells() {
        long count = 0;
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
