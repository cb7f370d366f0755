package org.irwatch.data.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes ODS workbooks for tests the way LibreOffice lays them out: {@code mimetype} first and stored, then
 * {@code content.xml} in the ODF table layout (runs of equal cells as {@code table:number-columns-repeated}, padding
 * rows as {@code table:number-rows-repeated}), then {@code META-INF/manifest.xml}. Streams, so a 60,000-row sheet
 * never sits in memory.
 */
final class OdsWriter implements AutoCloseable {

    static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String PROLOGUE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
            xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" \
            xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3">\
            <office:scripts/><office:automatic-styles><style:style style:name="ta1" style:family="table"/>\
            </office:automatic-styles><office:body><office:spreadsheet>\
            <table:calculation-settings table:automatic-find-labels="false"/>""";

    /** One cell as ODF XML, with the text a user sees in it (what XLSX fixtures write instead). */
    record Cell(String xml, String plain) {

        boolean isEmpty() {
            return plain.isEmpty();
        }

        /** This cell repeated {@code times} times across the row. */
        Cell repeated(long times) {
            String element = xml.startsWith("<table:covered-table-cell") ? "<table:covered-table-cell"
                    : "<table:table-cell";
            return new Cell(element + " table:number-columns-repeated=\"" + times + "\""
                    + xml.substring(element.length()), plain);
        }
    }

    private final ZipOutputStream zip;
    private final Writer content;
    private boolean inSheet;

    OdsWriter(OutputStream out) {
        try {
            zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("content.xml"));
            content = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            content.write(PROLOGUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole workbook as bytes. */
    static byte[] workbook(Consumer<OdsWriter> sheets) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OdsWriter writer = new OdsWriter(bytes)) {
            sheets.accept(writer);
        }
        return bytes.toByteArray();
    }

    OdsWriter sheet(String name) {
        endSheet();
        write("<table:table table:name=\"" + escape(name) + "\" table:style-name=\"ta1\">"
                + "<table:table-column table:number-columns-repeated=\"1024\"/>");
        inSheet = true;
        return this;
    }

    /** A row of text cells; runs of equal values are written once with a repeat count, as LibreOffice does. */
    OdsWriter row(String... values) {
        return cells(List.of(values).stream().map(OdsWriter::text).toList());
    }

    /** A row of cells given as text ({@code String}), numbers ({@code Number}: float cells) or {@link Cell}s. */
    OdsWriter values(List<?> values) {
        return cells(values.stream().map(OdsWriter::cellOf).toList());
    }

    /** A row with these cells, runs of equal cells folded into one repeated cell. */
    OdsWriter cells(List<Cell> cells) {
        StringBuilder row = new StringBuilder("<table:table-row>");
        int i = 0;
        while (i < cells.size()) {
            int run = 1;
            while (i + run < cells.size() && cells.get(i + run).equals(cells.get(i))) {
                run++;
            }
            row.append(run == 1 ? cells.get(i).xml() : cells.get(i).repeated(run).xml());
            i += run;
        }
        // LibreOffice pads every row to the sheet's width with one repeated empty cell.
        row.append("<table:table-cell table:number-columns-repeated=\"")
                .append(Math.max(1, 1024 - cells.size())).append("\"/></table:table-row>");
        write(row.toString());
        return this;
    }

    /** A row exactly as given, e.g. with {@code table:number-rows-repeated}. */
    OdsWriter rawRow(String rowXml) {
        write(rowXml);
        return this;
    }

    /** {@code times} empty rows written as one repeated row (LibreOffice ends a sheet with ~1,048,000 of them). */
    OdsWriter emptyRows(long times) {
        write("<table:table-row table:number-rows-repeated=\"" + times + "\">"
                + "<table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>");
        return this;
    }

    static Cell text(String value) {
        if (value.isEmpty()) {
            return new Cell("<table:table-cell/>", "");
        }
        StringBuilder paragraphs = new StringBuilder();
        for (String line : value.split("\n", -1)) {
            paragraphs.append("<text:p>").append(spaces(escape(line))).append("</text:p>");
        }
        return new Cell("<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\">" + paragraphs
                + "</table:table-cell>", value);
    }

    /** A float cell: LibreOffice keeps the number in office:value and the shown text in text:p. */
    static Cell number(String officeValue, String shown) {
        return new Cell("<table:table-cell office:value-type=\"float\" office:value=\"" + officeValue
                + "\" calcext:value-type=\"float\"><text:p>" + escape(shown) + "</text:p></table:table-cell>", shown);
    }

    static Cell date(String dateValue, String shown) {
        return new Cell("<table:table-cell office:value-type=\"date\" office:date-value=\"" + dateValue
                + "\" calcext:value-type=\"date\"><text:p>" + escape(shown) + "</text:p></table:table-cell>", shown);
    }

    /** A string cell whose paragraph content is given as ODF XML (spans, text:s, several text:p). */
    static Cell rich(String paragraphsXml, String plain) {
        return new Cell("<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\">"
                + paragraphsXml + "</table:table-cell>", plain);
    }

    private static Cell cellOf(Object value) {
        return switch (value) {
            case Cell cell -> cell;
            case Number number -> number(number.toString(), number.toString());
            case String text -> text(text);
            default -> throw new IllegalArgumentException("Not a cell value: " + value);
        };
    }

    @Override
    public void close() {
        try {
            endSheet();
            content.write("<table:named-expressions/></office:spreadsheet></office:body></office:document-content>");
            content.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                    manifest:version="1.3">
                     <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>
                     <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """.formatted(MIMETYPE)).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void endSheet() {
        if (inSheet) {
            write("</table:table>");
            inSheet = false;
        }
    }

    private void write(String xml) {
        try {
            content.write(xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spaces as LibreOffice writes them: a leading space or a second space in a row as {@code text:s}. */
    private static String spaces(String text) {
        StringBuilder written = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != ' ') {
                written.append(text.charAt(i++));
                continue;
            }
            int run = 0;
            while (i + run < text.length() && text.charAt(i + run) == ' ') {
                run++;
            }
            int extra = i == 0 ? run : run - 1;
            written.append(i == 0 ? "" : " ");
            if (extra > 0) {
                written.append(extra == 1 ? "<text:s/>" : "<text:s text:c=\"" + extra + "\"/>");
            }
            i += run;
        }
        return written.toString();
    }

    static String escape(String text) {
        Objects.requireNonNull(text);
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
