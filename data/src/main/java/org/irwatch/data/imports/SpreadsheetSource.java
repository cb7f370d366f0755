package org.irwatch.data.imports;

/** Opens the HSCA sheet of an ODS or XLSX workbook as rows, streaming (never a whole-document model). */
final class SpreadsheetSource {

    static final String SHEET = "HSCA_Active_Locations";

    private SpreadsheetSource() {
    }

    static RowSource open(String fileName, FileKindDetector.Spreadsheet spreadsheet) {
        return switch (spreadsheet.format()) {
            case ODS -> OdsSheetSource.open(fileName, spreadsheet.bytes(), SHEET, "Location ID");
            case XLSX -> XlsxSheetSource.open(fileName, spreadsheet.bytes(), SHEET, "Location ID");
        };
    }
}
