package org.irwatch.data.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.imports.table.SheetReader;
import org.irwatch.core.imports.table.SheetTable;

/**
 * Reads a sheet people keep (a regional tracker of events, a hub's list of workers, an employers' list): an XLSX
 * workbook (first sheet) or a CSV file, its first row the column headers. What the columns mean is the column
 * mapping's business, not the reader's.
 */
public final class SheetTableReader implements SheetReader {

    /** Far more rows than any list kept by hand: a bigger file is the wrong file. */
    private static final int MAX_ROWS = 100_000;

    @Override
    public SheetTable read(Path file) {
        FileContent content = FileContent.read(file);
        String name = content.fileName();
        List<SourceRow> rows = isZip(content.bytes())
                ? XlsxSheetSource.firstSheetRows(name, content.bytes())
                : csvRows(name, content.bytes());
        if (rows.isEmpty()) {
            throw new UserFacingException(name + " has no rows. It should have a header row, then one row per record.");
        }
        List<String> header = rows.getFirst().values().stream().map(String::strip).toList();
        if (header.stream().filter(h -> !h.isEmpty()).count() < 2) {
            String only = String.join("", header);
            if (only.contains(";") || only.contains("\t")) {
                throw new UserFacingException(name + " separates its columns with " + (only.contains(";")
                        ? "semicolons" : "tabs") + ", not commas. Save it from Excel as \"CSV UTF-8 (comma delimited)\""
                        + " or as a workbook (.xlsx) and import that. Nothing was imported.");
            }
            throw new UserFacingException(name + " does not look like a list IR Watch can import: its first row ("
                    + String.join(", ", header) + ") should be the column headers. Nothing was imported.");
        }
        List<SheetTable.Row> data = new ArrayList<>();
        for (SourceRow row : rows.subList(1, rows.size())) {
            if (row.values().stream().anyMatch(v -> !v.isBlank())) {
                data.add(new SheetTable.Row(row.line(), row.values()));
            }
        }
        if (data.size() > MAX_ROWS) {
            throw new UserFacingException(name + " has " + data.size() + " rows, far more than any list kept by hand. "
                    + "Check that you chose the right file. Nothing was imported.");
        }
        return new SheetTable(name, header, data);
    }

    /** A byte-order mark of UTF-16, or the zero bytes UTF-16 puts beside every ASCII letter. */
    private static boolean isUtf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return true;
        }
        int zeros = 0;
        int looked = Math.min(bytes.length, 200);
        for (int i = 0; i < looked; i++) {
            zeros += bytes[i] == 0 ? 1 : 0;
        }
        return looked > 10 && zeros * 3 >= looked;
    }

    private static List<SourceRow> csvRows(String name, byte[] bytes) {
        if (looksBinary(bytes)) {
            throw new UserFacingException(name + " is neither a CSV file nor an XLSX workbook" + (isUtf16(bytes)
                    ? " IR Watch can read: it is saved as UTF-16 (Excel's \"Unicode Text\")" : "")
                    + ". Save the sheet as \"CSV UTF-8 (comma delimited)\" or as an Excel workbook (.xlsx) and import "
                    + "that. Nothing was imported.");
        }
        String text = DecodedText.of(name, bytes).text();
        CsvSource csv = CsvSource.find(name, text, values -> values.stream().anyMatch(v -> !v.isBlank()))
                .orElseThrow(() -> new UserFacingException(name + " has no header row. Nothing was imported."));
        List<SourceRow> rows = new ArrayList<>();
        rows.add(new SourceRow(csv.headerLine(), csv.header()));
        csv.forEachRow(ProgressListener.NONE, rows::add);
        return rows;
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** NUL bytes do not occur in text; they do in old .xls files, PDFs and images. */
    private static boolean looksBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
