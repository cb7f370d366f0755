package org.irwatch.data.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;

/**
 * One sheet of an ODS workbook as rows, streamed: the ZIP's {@code content.xml} is read with StAX one element at a
 * time and never held as a document (the national HSCA file is about 120 columns by 60,000 rows; a DOM of it takes
 * gigabytes). {@link #open} reads as far as the header row; {@link #forEachRow} reads the ZIP again from the start.
 *
 * <p>Sheet rows are numbered as LibreOffice shows them, counting {@code table:number-rows-repeated}; repeated cells
 * are expanded, except empty ones at the end of a row, and empty rows (however often repeated) are skipped, so the
 * million-row padding at the end of a sheet costs nothing.
 */
final class OdsSheetSource implements RowSource {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    /** The widest and longest sheets LibreOffice makes; repeats beyond them are padding, not data. */
    private static final int MAX_COLUMNS = 16_384;
    private static final long MAX_ROWS = 1_048_576;
    /** A run of {@code text:s} spaces longer than this is damage, not text. */
    private static final int MAX_SPACES = 1_000;
    private static final int CHECK_EVERY_ROWS = 2_000;
    private static final Pattern MIDNIGHT = Pattern.compile("T00:00(:00(\\.0+)?)?$");

    private final String fileName;
    private final byte[] bytes;
    private final int sheetIndex;
    private final String sheetName;
    private final long headerLine;
    private final Columns columns;

    private OdsSheetSource(String fileName, byte[] bytes, HeaderRow found) {
        this.fileName = fileName;
        this.bytes = bytes;
        this.sheetIndex = found.sheetIndex();
        this.sheetName = found.sheetName();
        this.headerLine = found.line();
        this.columns = new Columns(fileName, found.values(), "sheet '" + sheetName + "', row " + headerLine);
    }

    /**
     * Reads the workbook as far as the header row: the first row with a cell equal to {@code headerColumn}, in the
     * sheet named {@code preferredSheet} when there is one, else in the first sheet.
     */
    static RowSource open(String fileName, byte[] bytes, String preferredSheet, String headerColumn) {
        HeaderSearch search = new HeaderSearch(preferredSheet, headerColumn);
        scan(fileName, bytes, search, ProgressListener.NONE);
        return new OdsSheetSource(fileName, bytes, search.result(fileName));
    }




    @Override
    public Columns columns() {
        return columns;
    }

    /** Calls {@code rows} for each non-empty row below the header, with progress in bytes of the file read. */
    @Override
    public void forEachRow(ProgressListener progress, Consumer<SourceRow> rows) {
        scan(fileName, bytes, new Visitor() {
            @Override
            public Next sheet(int index, String name) {
                return index == sheetIndex ? Next.READ : index < sheetIndex ? Next.SKIP : Next.STOP;
            }

            @Override
            public Next row(long line, List<String> values) {
                if (line > headerLine) {
                    rows.accept(new SourceRow(line, values));
                }
                return Next.READ;
            }
        }, progress);
    }

    /** What the reader does next: read the sheet (or row) on, skip the rest of the sheet, or stop reading. */
    private enum Next { READ, SKIP, STOP }

    private interface Visitor {
        Next sheet(int index, String name);

        /** A row with at least one non-blank cell; {@code line} is its 1-based sheet row number. */
        Next row(long line, List<String> values);
    }

    private record HeaderRow(int sheetIndex, String sheetName, long line, List<String> values) {
    }

    /** Finds the header row in the preferred sheet, or else in the first sheet, and notes the sheets seen. */
    private static final class HeaderSearch implements Visitor {

        private final String preferredSheet;
        private final String headerColumn;
        private final String headerKey;
        private final List<String> sheetNames = new ArrayList<>();
        private HeaderRow inPreferred;
        private HeaderRow inFirst;
        private boolean readingPreferred;

        HeaderSearch(String preferredSheet, String headerColumn) {
            this.preferredSheet = preferredSheet;
            this.headerColumn = headerColumn;
            this.headerKey = Columns.normalise(headerColumn);
        }

        @Override
        public Next sheet(int index, String name) {
            sheetNames.add(name);
            readingPreferred = isPreferred(name);
            return readingPreferred || index == 0 ? Next.READ : Next.SKIP;
        }

        @Override
        public Next row(long line, List<String> values) {
            if (values.stream().noneMatch(value -> Columns.normalise(value).equals(headerKey))) {
                return Next.READ;
            }
            HeaderRow found = new HeaderRow(sheetNames.size() - 1, sheetNames.getLast(), line, values);
            if (readingPreferred) {
                inPreferred = found;
                return Next.STOP;
            }
            inFirst = found;
            return Next.SKIP;
        }

        HeaderRow result(String fileName) {
            if (inPreferred != null) {
                return inPreferred;
            }
            if (sheetNames.stream().anyMatch(this::isPreferred)) {
                throw noHeaderRow(fileName, "no row of its sheet '" + preferredSheet + "'");
            }
            if (inFirst != null) {
                return inFirst;
            }
            if (sheetNames.isEmpty()) {
                throw new UserFacingException(fileName + " holds no sheets. It may be damaged: download it again. "
                        + "Nothing was imported.");
            }
            throw noHeaderRow(fileName, "it has no sheet '" + preferredSheet + "', and no row of its first sheet '"
                    + sheetNames.getFirst() + "'");
        }

        private UserFacingException noHeaderRow(String fileName, String where) {
            return new UserFacingException(fileName + ": " + where + " has a '" + headerColumn + "' cell, "
                    + "so its header row was not found. Sheets in the file: " + String.join(", ", sheetNames)
                    + ". Is this the CQC HSCA Active Locations file? Download it again. Nothing was imported.");
        }

        private boolean isPreferred(String name) {
            return name.strip().equalsIgnoreCase(preferredSheet);
        }
    }

    /** Streams {@code content.xml} of the ZIP through {@code visitor}; damage becomes a message saying so. */
    private static void scan(String fileName, byte[] bytes, Visitor visitor, ProgressListener progress) {
        ByteArrayInputStream input = new ByteArrayInputStream(bytes);
        try (ZipInputStream zip = new ZipInputStream(input)) {
            ZipEntry entry;
            while ((entry = nextEntry(zip)) != null) {
                if (entry.getName().equals("content.xml")) {
                    XMLStreamReader xml = xmlInputFactory().createXMLStreamReader(zip);
                    try {
                        new ContentReader(xml, visitor, () -> {
                            progress.progress("Reading rows", bytes.length - input.available(), bytes.length);
                            progress.checkCancelled();
                        }).read();
                    } finally {
                        xml.close();
                    }
                    return;
                }
            }
        } catch (IOException e) {
            throw damaged(fileName, "its ZIP archive is cut off or corrupt", e);
        } catch (XMLStreamException e) {
            throw damaged(fileName, causedBy(e, IOException.class) ? "its ZIP archive is cut off or corrupt"
                    : "the sheet data (content.xml) inside it is not well-formed", e);
        }
        throw damaged(fileName, "it holds no sheet data (content.xml)", null);
    }

    /** The next entry; a name that is not UTF-8 is damage too (the JDK reports it as an illegal argument). */
    private static ZipEntry nextEntry(ZipInputStream zip) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException e) {
            throw new ZipException("unreadable entry name: " + e.getMessage());
        }
    }

    private static UserFacingException damaged(String fileName, String why, Throwable cause) {
        return new UserFacingException(fileName + " is damaged and cannot be read as a spreadsheet: " + why
                + ". Download it again. Nothing was imported.", cause);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t) || t instanceof XMLStreamException x && type.isInstance(x.getNestedException())) {
                return true;
            }
        }
        return false;
    }

    /** A StAX factory that reads no DTD and no external entity (a spreadsheet needs neither). */
    private static XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** The state of one pass over content.xml: the sheet, row and cell being read. */
    private static final class ContentReader {

        private final XMLStreamReader xml;
        private final Visitor visitor;
        private final Runnable every2000Rows;

        private int tableDepth;
        private int sheetIndex = -1;
        private Next sheetMode = Next.SKIP;
        private long nextLine;
        private long rowsSeen;

        private boolean inRow;
        private long rowRepeat;
        private final List<String> cells = new ArrayList<>();
        private long pendingEmptyCells;
        private boolean rowHasValue;

        private boolean inCell;
        private long cellRepeat;
        private String cellValue;
        private final StringBuilder text = new StringBuilder();
        private int paragraphs;
        private int paragraphDepth;
        private int annotationDepth;
        private boolean lastWasSpace;

        ContentReader(XMLStreamReader xml, Visitor visitor, Runnable every2000Rows) {
            this.xml = xml;
            this.visitor = visitor;
            this.every2000Rows = every2000Rows;
        }

        void read() throws XMLStreamException {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (!start()) {
                            return;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (!end()) {
                            return;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (paragraphDepth > 0 && annotationDepth == 0 && tableDepth == 1) {
                            appendCollapsed(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    default -> {
                        // comments, processing instructions, the document start and end: nothing to read
                    }
                }
            }
        }

        /** @return false to stop reading */
        private boolean start() {
            String ns = xml.getNamespaceURI();
            String name = xml.getLocalName();
            if (TABLE.equals(ns) && name.equals("table")) {
                if (++tableDepth == 1) {
                    sheetIndex++;
                    nextLine = 1;
                    String sheetName = xml.getAttributeValue(TABLE, "name");
                    sheetMode = visitor.sheet(sheetIndex, sheetName == null ? "Sheet" + (sheetIndex + 1) : sheetName);
                    return sheetMode != Next.STOP;
                }
                return true;
            }
            if (tableDepth != 1) {
                return true;
            }
            if (TABLE.equals(ns) && name.equals("table-row")) {
                tick();
                if (sheetMode == Next.READ) {
                    inRow = true;
                    rowRepeat = repeat("number-rows-repeated");
                    cells.clear();
                    pendingEmptyCells = 0;
                    rowHasValue = false;
                }
            } else if (sheetMode != Next.READ || !inRow) {
                return true;
            } else if (TABLE.equals(ns) && (name.equals("table-cell") || name.equals("covered-table-cell"))) {
                startCell();
            } else if (!inCell) {
                return true;
            } else if (OFFICE.equals(ns) && name.equals("annotation")) {
                annotationDepth++;
            } else if (annotationDepth > 0 || !TEXT.equals(ns)) {
                return true;
            } else if (name.equals("p") || name.equals("h")) {
                if (paragraphs++ > 0) {
                    text.append('\n');
                }
                paragraphDepth++;
                lastWasSpace = false;
            } else if (paragraphDepth > 0) {
                switch (name) {
                    case "s" -> text.repeat(' ', (int) Math.min(count(xml.getAttributeValue(TEXT, "c")), MAX_SPACES));
                    case "tab" -> text.append('\t');
                    case "line-break" -> text.append('\n');
                    default -> {
                        return true;
                    }
                }
                lastWasSpace = false;
            }
            return true;
        }

        /** @return false to stop reading */
        private boolean end() {
            String ns = xml.getNamespaceURI();
            String name = xml.getLocalName();
            if (TABLE.equals(ns) && name.equals("table")) {
                tableDepth--;
                return true;
            }
            if (tableDepth != 1 || sheetMode != Next.READ) {
                return true;
            }
            if (TABLE.equals(ns) && name.equals("table-row")) {
                return inRow ? endRow() : true;
            }
            if (!inCell) {
                return true;
            }
            if (TABLE.equals(ns) && (name.equals("table-cell") || name.equals("covered-table-cell"))) {
                endCell();
            } else if (OFFICE.equals(ns) && name.equals("annotation")) {
                annotationDepth--;
            } else if (annotationDepth == 0 && TEXT.equals(ns) && (name.equals("p") || name.equals("h"))) {
                paragraphDepth--;
            }
            return true;
        }

        private void startCell() {
            inCell = true;
            cellRepeat = repeat("number-columns-repeated");
            text.setLength(0);
            paragraphs = 0;
            paragraphDepth = 0;
            annotationDepth = 0;
            lastWasSpace = false;
            String type = xml.getAttributeValue(OFFICE, "value-type");
            cellValue = switch (type == null ? "" : type) {
                case "float" -> number(xml.getAttributeValue(OFFICE, "value"));
                case "date" -> date(xml.getAttributeValue(OFFICE, "date-value"));
                case "string" -> xml.getAttributeValue(OFFICE, "string-value");
                default -> null;
            };
        }

        private void endCell() {
            inCell = false;
            String value = cellValue != null ? cellValue : text.toString();
            if (value.isEmpty()) {
                pendingEmptyCells += cellRepeat;
                return;
            }
            if (cells.size() + pendingEmptyCells >= MAX_COLUMNS) {
                return;
            }
            for (long i = 0; i < pendingEmptyCells; i++) {
                cells.add("");
            }
            pendingEmptyCells = 0;
            long copies = Math.min(cellRepeat, MAX_COLUMNS - cells.size());
            for (long i = 0; i < copies; i++) {
                cells.add(value);
            }
            rowHasValue |= !value.isBlank();
        }

        /** Hands the row to the visitor once per repeat, unless it is empty. @return false to stop reading */
        private boolean endRow() {
            inRow = false;
            long first = nextLine;
            nextLine = first + Math.min(rowRepeat, MAX_ROWS);
            if (!rowHasValue) {
                return true;
            }
            List<String> values = List.copyOf(cells);
            long copies = Math.min(rowRepeat, Math.max(0, MAX_ROWS - first + 1));
            for (long i = 0; i < copies; i++) {
                if (i > 0) {
                    tick();
                }
                Next next = visitor.row(first + i, values);
                if (next == Next.STOP) {
                    return false;
                }
                if (next == Next.SKIP) {
                    sheetMode = Next.SKIP;
                    break;
                }
            }
            return true;
        }

        private void tick() {
            if (++rowsSeen % CHECK_EVERY_ROWS == 0) {
                every2000Rows.run();
            }
        }

        /** Character data as ODF lays it out: any run of white space is one space ({@code text:s} adds more). */
        private void appendCollapsed(char[] characters, int start, int length) {
            for (int i = start; i < start + length; i++) {
                char c = characters[i];
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                    if (!lastWasSpace) {
                        text.append(' ');
                        lastWasSpace = true;
                    }
                } else {
                    text.append(c);
                    lastWasSpace = false;
                }
            }
        }

        private long repeat(String attribute) {
            return count(xml.getAttributeValue(TABLE, attribute));
        }
    }

    /** A repeat or space count as written; 1 when absent or not a positive number. */
    private static long count(String text) {
        if (text == null) {
            return 1;
        }
        try {
            return Math.max(1, Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** {@code office:value} as plain decimal text: "45" (not "45.0"), "51.4545", "0.5"; as written when odd. */
    static String number(String value) {
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.strip());
            if (number.signum() == 0) {
                return "0";
            }
            number = number.stripTrailingZeros();
            return (number.scale() < 0 ? number.setScale(0) : number).toPlainString();
        } catch (NumberFormatException e) {
            return value.strip();
        }
    }

    /** {@code office:date-value} as ISO text: "2026-10-01", with the time only when it is not midnight. */
    private static String date(String value) {
        return value == null ? null : MIDNIGHT.matcher(value.strip().toUpperCase(Locale.ROOT)).replaceFirst("");
    }
}
