package org.irwatch.data.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * CQC "HSCA Active Locations" workbooks for tests, as ODS and as XLSX, with the real column names (DATA-FORMATS.md
 * section 4, plus columns IR Watch does not use), a notes sheet before the data sheet, a preamble above the header,
 * empty rows between data rows, and five locations chosen to show what an import keeps.
 */
final class HscaWorkbooks {

    static final String SHEET = "HSCA_Active_Locations";

    /** The columns of the data sheet, in the order written; IR Watch finds them by name. */
    static final List<String> COLUMNS = List.of(
            "Location ID", "Location ODS Code", "Location Name", "Location Telephone Number", "Registered manager",
            "Location Web Address", "Care home?", "Care homes beds", "Location Type/Sector",
            "Location Inspection Directorate", "Location Primary Inspection Category",
            "Location Latest Overall Rating", "Publication Date", "Inherited Rating (Y/N)", "Location Region",
            "Location NHS Region", "Location Local Authority", "Location ONSPD CCG Code", "Location Street Address",
            "Location Address Line 2", "Location City", "Location County", "Location Postal Code",
            "Location Latitude", "Location Longitude", "Dormant (Y/N)", "Location HSCA start date",
            "Service type - Care home service with nursing", "Service type - Care home service without nursing",
            "Service type - Domiciliary care service", "Service type - Supported living service",
            "Service user band - Older People", "Provider ID", "Provider Name", "Provider HSCA start date",
            "Provider Companies House Number", "Provider Charity Number", "Brand ID", "Brand Name");

    /** Sheet row of the header; the preamble and an empty row are above it. */
    static final int HEADER_ROW = 3;
    /** Sheet row of the location with no provider ID; rows 5-7 and 11 are empty. */
    static final int ROW_WITHOUT_PROVIDER = 12;

    private HscaWorkbooks() {
    }

    /** The data rows by sheet row number; values are text, numbers (numeric cells) or ODS cells (rich text). */
    static Map<Integer, List<Object>> locations() {
        Map<Integer, List<Object>> rows = new LinkedHashMap<>();
        rows.put(4, row(Map.ofEntries(
                Map.entry("Location ID", "1-101"),
                Map.entry("Location ODS Code", "VN101"),
                Map.entry("Location Name", OdsWriter.rich(
                        "<text:p>The <text:span text:style-name=\"T1\">Clifton</text:span> Court</text:p>",
                        "The Clifton Court")),
                Map.entry("Location Telephone Number", "01170000001"),
                Map.entry("Care home?", "Y"),
                Map.entry("Care homes beds", 45),
                Map.entry("Location Type/Sector", "Social Care Org"),
                Map.entry("Location Inspection Directorate", "Adult social care"),
                Map.entry("Location Primary Inspection Category", "Residential social care"),
                Map.entry("Location Latest Overall Rating", "Good"),
                Map.entry("Publication Date", OdsWriter.date("2026-03-12", "12/03/2026")),
                Map.entry("Inherited Rating (Y/N)", "N"),
                Map.entry("Location Region", "South West"),
                Map.entry("Location Local Authority", "Bristol, City of"),
                Map.entry("Location Street Address", OdsWriter.rich(
                        "<text:p>1 Clifton Down</text:p><text:p>Clifton</text:p>", "1 Clifton Down\nClifton")),
                Map.entry("Location City", "Bristol"),
                Map.entry("Location Postal Code", "BS8 3HT"),
                Map.entry("Location Latitude", 51.4545),
                Map.entry("Location Longitude", -2.6186),
                Map.entry("Dormant (Y/N)", "N"),
                Map.entry("Service type - Care home service with nursing", "Y"),
                Map.entry("Service type - Care home service without nursing", "N"),
                Map.entry("Service type - Domiciliary care service", "N"),
                Map.entry("Service type - Supported living service", "N"),
                Map.entry("Service user band - Older People", "Y"),
                Map.entry("Provider ID", "1-900"),
                Map.entry("Provider Name", "Avon Care Ltd"),
                Map.entry("Provider Companies House Number", "01234567"),
                Map.entry("Brand ID", "BD001"),
                Map.entry("Brand Name", "BRAND Avon Care Group"))));
        rows.put(8, row(Map.ofEntries(
                Map.entry("Location ID", "1-102"),
                Map.entry("Location Name", "Brum Home Help"),
                Map.entry("Care home?", "N"),
                Map.entry("Location Type/Sector", "Social Care Org"),
                Map.entry("Location Inspection Directorate", "Adult social care"),
                Map.entry("Location Primary Inspection Category", "Community based adult social care services"),
                Map.entry("Location Latest Overall Rating", "Requires improvement"),
                Map.entry("Location Region", "West Midlands"),
                Map.entry("Location Local Authority", "Birmingham"),
                Map.entry("Location Street Address", "5 Broad Street"),
                Map.entry("Location City", "Birmingham"),
                Map.entry("Location Postal Code", "B1 2HF"),
                Map.entry("Dormant (Y/N)", "N"),
                Map.entry("Service type - Care home service with nursing", "N"),
                Map.entry("Service type - Care home service without nursing", "N"),
                Map.entry("Service type - Domiciliary care service", "Y"),
                Map.entry("Service type - Supported living service", "Y"),
                Map.entry("Provider ID", "1-901"),
                Map.entry("Provider Name", "Midland Homecare Ltd"),
                Map.entry("Provider Companies House Number", 9876543))));
        rows.put(9, row(Map.ofEntries(
                Map.entry("Location ID", "1-103"),
                Map.entry("Location Name", "Heath View"),
                Map.entry("Care home?", "Y"),
                Map.entry("Care homes beds", 12),
                Map.entry("Location Type/Sector", "Social Care Org"),
                Map.entry("Location Inspection Directorate", "Adult social care"),
                Map.entry("Location Region", "London"),
                Map.entry("Location Local Authority", "Camden"),
                Map.entry("Location Postal Code", "NW3 1AA"),
                Map.entry("Dormant (Y/N)", "Y"),
                Map.entry("Service type - Care home service with nursing", "N"),
                Map.entry("Service type - Care home service without nursing", "Y"),
                Map.entry("Provider ID", "1-900"),
                Map.entry("Provider Name", "Avon Care Ltd"),
                Map.entry("Provider Companies House Number", "01234567"),
                Map.entry("Brand ID", "BD001"),
                Map.entry("Brand Name", "BRAND Avon Care Group"))));
        rows.put(10, row(Map.ofEntries(
                Map.entry("Location ID", "1-104"),
                Map.entry("Location Name", "Kentish Town Surgery"),
                Map.entry("Care home?", "N"),
                Map.entry("Location Type/Sector", "Primary Medical Services"),
                Map.entry("Location Inspection Directorate", "Primary medical services"),
                Map.entry("Location Latest Overall Rating", "Outstanding"),
                Map.entry("Location Region", "London"),
                Map.entry("Location Local Authority", "Camden"),
                Map.entry("Dormant (Y/N)", "N"),
                Map.entry("Provider ID", "1-902"),
                Map.entry("Provider Name", "Dr Patel and Partners"))));
        rows.put(ROW_WITHOUT_PROVIDER, row(Map.ofEntries(
                Map.entry("Location ID", "1-105"),
                Map.entry("Location Name", "No Provider House"),
                Map.entry("Location Inspection Directorate", "Adult social care"),
                Map.entry("Location Local Authority", "Camden"),
                Map.entry("Provider Name", "Unknown"))));
        return rows;
    }

    /** The workbook as ODS: a notes sheet first (which mentions 'Location ID'), then the data sheet. */
    static byte[] ods() {
        return OdsWriter.workbook(ods -> {
            ods.sheet("Notes");
            notes(ods::row);
            ods.sheet(SHEET)
                    .row("Health and Social Care Act active locations", "", "", "Data as at 1 October 2026")
                    .emptyRows(1)
                    .row(COLUMNS.toArray(String[]::new));
            int next = HEADER_ROW + 1;
            for (var location : locations().entrySet()) {
                if (location.getKey() > next) {
                    ods.emptyRows(location.getKey() - next);
                }
                ods.values(location.getValue());
                next = location.getKey() + 1;
            }
            ods.emptyRows(1_048_576 - next + 1);
        });
    }

    /** The same workbook as XLSX (empty rows are simply absent there). */
    static byte[] xlsx() {
        return xlsx(List.of("Notes", SHEET), COLUMNS);
    }

    /** An XLSX workbook with these sheets, the data sheet having {@code header} as its header row. */
    static byte[] xlsx(List<String> sheetNames, List<String> header) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (String name : sheetNames) {
                Sheet sheet = workbook.createSheet(name);
                if (!name.equals(SHEET)) {
                    notes(values -> {
                        write(sheet.createRow(sheet.getLastRowNum() + 1), List.of((Object[]) values), null);
                        return null;
                    });
                    continue;
                }
                CellStyle wrapped = workbook.createCellStyle();
                wrapped.setWrapText(true);
                write(sheet.createRow(0), List.of("Health and Social Care Act active locations", "", "",
                        "Data as at 1 October 2026"), wrapped);
                write(sheet.createRow(HEADER_ROW - 1), new ArrayList<>(header), wrapped);
                locations().forEach((line, values) -> write(sheet.createRow(line - 1), values, wrapped));
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface RowWriter {
        Object row(String... values);
    }

    private static void notes(RowWriter rows) {
        rows.row("About this file");
        rows.row("Column", "Meaning");
        rows.row("Location ID", "The CQC's identifier of a location");
    }

    private static void write(Row row, List<Object> values, CellStyle style) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof String text && text.isEmpty()) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (value) {
                case Number number -> cell.setCellValue(number.doubleValue());
                case OdsWriter.Cell rich -> cell.setCellValue(rich.plain());
                default -> cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static List<Object> row(Map<String, Object> values) {
        List<Object> row = new ArrayList<>();
        for (String column : COLUMNS) {
            row.add(values.getOrDefault(column, ""));
        }
        if (!COLUMNS.containsAll(values.keySet())) {
            throw new IllegalArgumentException("Unknown column in " + values.keySet());
        }
        return row;
    }
}
