package org.irwatch.data.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.snapshot.SnapshotKind;

/**
 * Tells what a file is from its content, never its name: a register CSV, a CQC directory CSV (or a ZIP holding
 * one), a CQC website search export, or an HSCA Active Locations spreadsheet (ODS or XLSX).
 */
public final class FileKindDetector {

    static final String WHAT_IS_TAKEN = "IR Watch imports the Home Office register of licensed sponsors (CSV), the "
            + "CQC directory (CSV or ZIP), a CQC website search export (CSV) and the CQC HSCA Active Locations "
            + "spreadsheet (ODS or XLSX).";

    private FileKindDetector() {
    }

    /** What was found. */
    public sealed interface Detected permits CsvFile, Spreadsheet {
        SnapshotKind kind();
    }

    /** A CSV file, with its header found; {@code encodingNote} when it was not UTF-8. */
    public record CsvFile(SnapshotKind kind, CsvSource csv, Optional<String> encodingNote) implements Detected {
    }

    /** An ODS or XLSX workbook, still as bytes: its parser streams it. */
    public record Spreadsheet(SnapshotKind kind, Format format, byte[] bytes) implements Detected {
    }

    public enum Format { ODS, XLSX }

    public static Detected detect(FileContent file) {
        byte[] bytes = file.bytes();
        // "PK\5\6" starts a ZIP with no entries at all (only its end record).
        if (startsWith(bytes, "PK\u0003\u0004") || startsWith(bytes, "PK\u0005\u0006")) {
            return detectZip(file.fileName(), bytes);
        }
        if (startsWith(bytes, "%PDF")) {
            throw notImportable(file.fileName(), "it is a PDF document. Download the CSV version instead");
        }
        if (startsWith(bytes, "\u00D0\u00CF\u0011\u00E0")) {
            throw notImportable(file.fileName(), "it is an old Excel (.xls) workbook. Save it as .xlsx or CSV first");
        }
        return detectCsv(file.fileName(), bytes);
    }

    private static Detected detectCsv(String fileName, byte[] bytes) {
        DecodedText decoded = DecodedText.of(fileName, bytes);
        Optional<CsvSource> register = CsvSource.find(fileName, decoded.text(),
                CsvSource.hasColumns("Organisation Name", "Type & Rating"));
        if (register.isPresent()) {
            return new CsvFile(SnapshotKind.REGISTER, register.get(), decoded.note());
        }
        Optional<CsvSource> cqc = CsvSource.find(fileName, decoded.text(),
                CsvSource.hasColumns(CqcCsvParser.LOCATION_ID));
        if (cqc.isPresent()) {
            boolean searchExport = cqc.get().column("Address 1") >= 0;
            return new CsvFile(searchExport ? SnapshotKind.CQC_SEARCH_EXPORT : SnapshotKind.CQC_DIRECTORY, cqc.get(),
                    decoded.note());
        }
        Optional<CsvSource> hsca = CsvSource.find(fileName, decoded.text(),
                CsvSource.hasColumns("Location ID", "Location Inspection Directorate"));
        if (hsca.isPresent()) {
            return new CsvFile(SnapshotKind.CQC_ACTIVE_LOCATIONS, hsca.get(), decoded.note());
        }
        throw notImportable(fileName, "its first line is \"" + firstLine(decoded.text()) + "\", which is not the "
                + "header of any of them");
    }

    private static Detected detectZip(String fileName, byte[] bytes) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            byte[] csv = null;
            String csvName = null;
            int csvCount = 0;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                names.add(name);
                if (name.equals("mimetype")) {
                    String mimetype = new String(zip.readAllBytes(), StandardCharsets.US_ASCII).strip();
                    if (mimetype.equals("application/vnd.oasis.opendocument.spreadsheet")) {
                        return new Spreadsheet(SnapshotKind.CQC_ACTIVE_LOCATIONS, Format.ODS, bytes);
                    }
                } else if (name.equals("xl/workbook.xml")) {
                    return new Spreadsheet(SnapshotKind.CQC_ACTIVE_LOCATIONS, Format.XLSX, bytes);
                } else if (name.toLowerCase(Locale.ROOT).endsWith(".csv") && !entry.isDirectory()) {
                    csvCount++;
                    csvName = name;
                    csv = zip.readAllBytes();
                }
            }
            if (csvCount == 1) {
                return detectCsv(fileName + " (" + csvName + ")", csv);
            }
            if (csvCount > 1) {
                throw notImportable(fileName, "it is a ZIP holding " + csvCount + " CSV files; unzip it and import "
                        + "the one you want");
            }
        } catch (IOException | IllegalArgumentException e) {
            // ZipInputStream reports an entry name that is not valid text as an IllegalArgumentException.
            throw new UserFacingException(fileName + " is a damaged ZIP file (" + e.getMessage() + "). Download it "
                    + "again. Nothing was imported.", e);
        }
        throw notImportable(fileName, "it is a ZIP file holding " + (names.isEmpty() ? "nothing readable"
                : String.join(", ", names.subList(0, Math.min(5, names.size())))));
    }

    private static UserFacingException notImportable(String fileName, String why) {
        return new UserFacingException(fileName + " is not a file IR Watch can import: " + why + ". " + WHAT_IS_TAKEN);
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] magic = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String text) {
        // Control characters (a binary file read as text) would garble the message: shown as '?'.
        String line = text.lines().findFirst().orElse("").replaceAll("[\\p{Cntrl}&&[^\\t]]", "?").strip();
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
