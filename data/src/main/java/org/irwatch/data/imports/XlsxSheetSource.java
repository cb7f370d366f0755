package org.irwatch.data.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * One sheet of an XLSX workbook as rows, streamed with POI's event API: the sheet's XML goes through
 * {@link XSSFSheetXMLHandler} one cell at a time (never an {@code XSSFWorkbook}, which holds every cell). Values are
 * as Excel shows them ({@link DataFormatter}: 45, not 45.0). {@link #open} reads as far as the header row;
 * {@link #forEachRow} reads the sheet again from the start.
 *
 * <p>POI reads a package from a file without inflating every part into memory, so each pass works on a temporary
 * copy of the bytes, deleted when the pass ends.
 */
final class XlsxSheetSource implements RowSource {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxSheetSource.class);
    private static final int MAX_COLUMNS = 16_384;
    private static final int CHECK_EVERY_ROWS = 2_000;

    private final String fileName;
    private final byte[] bytes;
    private final String sheetName;
    private final long headerLine;
    private final Columns columns;

    private XlsxSheetSource(String fileName, byte[] bytes, String sheetName, long headerLine, List<String> header) {
        this.fileName = fileName;
        this.bytes = bytes;
        this.sheetName = sheetName;
        this.headerLine = headerLine;
        this.columns = new Columns(fileName, header, "sheet '" + sheetName + "', row " + headerLine);
    }

    /**
     * Reads the workbook as far as the header row: the first row with a cell equal to {@code headerColumn}, in the
     * sheet named {@code preferredSheet} when there is one, else in the first sheet.
     */
    static RowSource open(String fileName, byte[] bytes, String preferredSheet, String headerColumn) {
        String headerKey = Columns.normalise(headerColumn);
        return withWorkbook(fileName, bytes, workbook -> {
            List<String> names = workbook.sheets().stream().map(Sheet::name).toList();
            if (names.isEmpty()) {
                throw new UserFacingException(fileName + " holds no sheets. It may be damaged: download it again. "
                        + "Nothing was imported.");
            }
            Sheet sheet = workbook.sheets().stream().filter(s -> s.name().strip().equalsIgnoreCase(preferredSheet))
                    .findFirst().orElse(workbook.sheets().getFirst());
            List<SourceRow> header = new ArrayList<>(1);
            workbook.read(sheet, ProgressListener.NONE, (line, values) -> {
                if (values.stream().anyMatch(value -> Columns.normalise(value).equals(headerKey))) {
                    header.add(new SourceRow(line, values));
                    return false;
                }
                return true;
            });
            if (header.isEmpty()) {
                String where = sheet.name().strip().equalsIgnoreCase(preferredSheet)
                        ? "no row of its sheet '" + sheet.name() + "'"
                        : "it has no sheet '" + preferredSheet + "', and no row of its first sheet '" + sheet.name()
                        + "'";
                throw new UserFacingException(fileName + ": " + where + " has a '" + headerColumn + "' cell, so its "
                        + "header row was not found. Sheets in the file: " + String.join(", ", names) + ". Is this "
                        + "the CQC HSCA Active Locations file? Download it again. Nothing was imported.");
            }
            return new XlsxSheetSource(fileName, bytes, sheet.name(), header.getFirst().line(),
                    header.getFirst().values());
        });
    }




    /**
     * Every non-empty row of the first sheet, for small sheets people keep by hand (a tracker): date cells as ISO dates
     * (2026-03-05), whatever display format the cell has, so no reader has to guess day and month order.
     */
    static List<SourceRow> firstSheetRows(String fileName, byte[] bytes) {
        return withWorkbook(fileName, bytes, workbook -> {
            if (workbook.sheets().isEmpty()) {
                throw new UserFacingException(fileName + " holds no sheets. It may be damaged. Nothing was imported.");
            }
            List<SourceRow> rows = new ArrayList<>();
            workbook.read(workbook.sheets().getFirst(), ProgressListener.NONE, (line, values) -> rows.add(
                    new SourceRow(line, values)), new IsoDateFormatter());
            return rows;
        });
    }

    /** Shows date cells as ISO dates; every other cell as Excel shows it. */
    private static final class IsoDateFormatter extends DataFormatter {

        private static final double LAST_EXCEL_DAY = 2_958_465;

        IsoDateFormatter() {
            super(Locale.UK);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            // Excel's own dates run from day 1 (1 January 1900) to 31 December 9999; 0 (a look-up that found
            // nothing) and larger numbers are not dates, and are left as numbers for the reader to refuse.
            if (DateUtil.isADateFormat(formatIndex, formatString) && value >= 1 && value <= LAST_EXCEL_DAY) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    @Override
    public Columns columns() {
        return columns;
    }

    /** Calls {@code rows} for each non-empty row below the header, with progress in bytes of the sheet read. */
    @Override
    public void forEachRow(ProgressListener progress, Consumer<SourceRow> rows) {
        withWorkbook(fileName, bytes, workbook -> {
            Sheet sheet = workbook.sheets().stream().filter(s -> s.name().equals(sheetName)).findFirst()
                    .orElseThrow(() -> new UserFacingException(fileName + " changed while it was read: its sheet '"
                            + sheetName + "' is gone. Import it again."));
            workbook.read(sheet, progress, (line, values) -> {
                if (line > headerLine) {
                    rows.accept(new SourceRow(line, values));
                }
                return true;
            });
            return null;
        });
    }

    private record Sheet(String name, PackagePart part) {
    }

    /** Receives each non-empty row with its 1-based sheet row number; returns false to stop reading. */
    private interface RowVisitor {
        boolean row(long line, List<String> values);
    }

    private interface WorkbookWork<T> {
        T apply(Workbook workbook) throws IOException, SAXException, ParserConfigurationException;
    }

    /** An open package with its sheets in workbook order, shared strings and styles. */
    private record Workbook(List<Sheet> sheets, ReadOnlySharedStringsTable strings, StylesTable styles) {

        void read(Sheet sheet, ProgressListener progress, RowVisitor visitor)
                throws IOException, SAXException, ParserConfigurationException {
            read(sheet, progress, visitor, new DataFormatter(Locale.UK));
        }

        void read(Sheet sheet, ProgressListener progress, RowVisitor visitor, DataFormatter formatter)
                throws IOException, SAXException, ParserConfigurationException {
            long total = sheet.part().getSize();
            try (CountingInputStream input = new CountingInputStream(sheet.part().getInputStream())) {
                RowCollector collector = new RowCollector(visitor, () -> {
                    progress.progress("Reading rows", input.count(), total > 0 ? total : -1);
                    progress.checkCancelled();
                });
                XMLReader reader = XMLHelper.newXMLReader();
                reader.setContentHandler(new XSSFSheetXMLHandler(styles, strings, collector, formatter, false));
                reader.parse(new InputSource(input));
            } catch (StopReading stop) {
                // the visitor has what it wanted
            } catch (SAXException e) {
                if (e.getException() instanceof StopReading) {
                    return;
                }
                if (e.getException() instanceof RuntimeException handlerFailure) {
                    throw handlerFailure;
                }
                throw e;
            }
        }
    }

    /** Opens the workbook from a temporary copy, runs {@code work}, and closes and deletes the copy. */
    private static <T> T withWorkbook(String fileName, byte[] bytes, WorkbookWork<T> work) {
        Path copy;
        try {
            copy = Files.createTempFile("irwatch-import-", ".xlsx");
            Files.write(copy, bytes);
        } catch (IOException e) {
            throw new UserFacingException("IR Watch cannot make the temporary copy it reads " + fileName + " from ("
                    + e.getMessage() + "). Check that the disk is not full. Nothing was imported.", e);
        }
        try {
            OPCPackage pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ);
            try {
                XSSFReader reader = new XSSFReader(pkg);
                List<Sheet> sheets = new ArrayList<>();
                XSSFReader.SheetIterator iterator = reader.getSheetIterator();
                while (iterator.hasNext()) {
                    iterator.next().close();
                    sheets.add(new Sheet(iterator.getSheetName(), iterator.getSheetPart()));
                }
                return work.apply(new Workbook(sheets, new ReadOnlySharedStringsTable(pkg, false),
                        reader.getStylesTable()));
            } finally {
                pkg.revert();
            }
        } catch (IOException | SAXException | ParserConfigurationException | OpenXML4JException
                 | OpenXML4JRuntimeException | UnsupportedFileFormatException | POIXMLException
                 | RecordFormatException e) {
            throw new UserFacingException(fileName + " is damaged and cannot be read as a spreadsheet: its ZIP "
                    + "archive or the sheet data inside it is cut off or corrupt. Download it again. Nothing was "
                    + "imported.", e);
        } finally {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                LOG.debug("Temporary copy {} not deleted", copy, e);
            }
        }
    }

    /** Thrown from the sheet handler to end a pass early; carries no stack trace. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    /** Turns POI's cell callbacks into rows: fills gaps with "", drops blank rows. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowVisitor visitor;
        private final Runnable every2000Rows;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;
        private boolean hasValue;
        private long rowsSeen;

        RowCollector(RowVisitor visitor, Runnable every2000Rows) {
            this.visitor = visitor;
            this.every2000Rows = every2000Rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
            hasValue = false;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : new CellAddress(cellReference).getColumn();
            nextColumn = column + 1;
            if (formattedValue == null || formattedValue.isEmpty() || column >= MAX_COLUMNS) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            if (column < cells.size()) {
                cells.set(column, formattedValue);
            } else {
                cells.add(formattedValue);
            }
            hasValue |= !formattedValue.isBlank();
        }

        @Override
        public void endRow(int rowNum) {
            if (++rowsSeen % CHECK_EVERY_ROWS == 0) {
                every2000Rows.run();
            }
            if (hasValue && !visitor.row(rowNum + 1L, List.copyOf(cells))) {
                throw new StopReading();
            }
        }
    }

    /** Counts the bytes read, for progress through a sheet of known size. */
    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
