package org.irwatch.data.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.irwatch.core.common.CancelledException;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;

/**
 * The rows of a CSV text after its header row, each with the line it starts on. Finds the header among the first
 * lines (the CQC directory has a preamble of varying length), names columns case- and space-insensitively, and
 * turns the ways a CSV file breaks (an unclosed quote, a cut-off last line) into messages with line numbers.
 */
public final class CsvSource implements RowSource {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final int MAX_PREAMBLE_ROWS = 30;
    /** Rows handed over at a time, and how many such runs the reader may be ahead. */
    private static final int RUN = 2_000;
    private static final int RUNS_AHEAD = 4;

    private final String fileName;
    private final String text;
    private final long headerLine;
    private final List<String> preamble;
    private final Columns columns;

    private CsvSource(String fileName, String text, List<String> header, long headerLine, List<String> preamble) {
        this.fileName = fileName;
        this.text = text;
        this.headerLine = headerLine;
        this.preamble = preamble;
        this.columns = new Columns(fileName, header, "line " + headerLine);
    }

    /** Reads up to the header row; empty when no row among the first lines satisfies {@code isHeader}. */
    public static java.util.Optional<CsvSource> find(String fileName, String text, Predicate<List<String>> isHeader) {
        List<String> preamble = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            long line = 1;
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (isHeader.test(values)) {
                    return java.util.Optional.of(new CsvSource(fileName, text, values, line, preamble));
                }
                preamble.add(String.join(",", values));
                if (preamble.size() >= MAX_PREAMBLE_ROWS) {
                    break;
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    /** True when the row has every one of the named columns (compared without case or surrounding spaces). */
    public static Predicate<List<String>> hasColumns(String... names) {
        return values -> {
            List<String> present = values.stream().map(Columns::normalise).toList();
            for (String name : names) {
                if (!present.contains(Columns.normalise(name))) {
                    return false;
                }
            }
            return true;
        };
    }


    public long headerLine() {
        return headerLine;
    }

    @Override
    public Columns columns() {
        return columns;
    }

    /** The lines before the header, e.g. "This data was produced on 16 September 2026". */
    public List<String> preamble() {
        return preamble;
    }



    /**
     * Calls {@code rows} for each data row in order, with progress in characters read. A last row cut short
     * (the file ends mid-line) or a quote never closed fails the whole file.
     *
     * <p>The text is split into values on a thread of its own, a few thousand rows ahead, while this thread hands
     * the rows out: an importer's checks and conversions of one run of rows overlap the splitting of the next (about
     * half of a national file's reading each; ADR 0048). The rows arrive in order, on this thread, exactly as before.
     */
    @Override
    public void forEachRow(ProgressListener progress, java.util.function.Consumer<SourceRow> rows) {
        BlockingQueue<Run> runs = new ArrayBlockingQueue<>(RUNS_AHEAD);
        AtomicBoolean stopped = new AtomicBoolean();
        Thread reader = Thread.ofPlatform().daemon().name("csv-reader").start(() -> readAhead(runs, stopped));
        try {
            long count = 0;
            SourceRow last = null;
            for (Run run = next(runs, reader); ; run = next(runs, reader)) {
                for (SourceRow row : run.rows()) {
                    last = row;
                    rows.accept(row);
                    if (++count % 5_000 == 0) {
                        progress.progress("Reading rows", run.characters(), text.length());
                        progress.checkCancelled();
                    }
                }
                if (run.failure() instanceof Error error) {
                    throw error;
                }
                if (run.failure() instanceof Exception failure) {
                    throw unreadable(failure, run.failedLine());
                }
                if (run.isLast()) {
                    break;
                }
            }
            if (last != null && !endsWithLineBreak() && last.values().size() < header().size()) {
                throw new UserFacingException(fileName + " is cut off: its last line (" + last.line() + ") stops after "
                        + last.values().size() + " of " + header().size() + " columns. The download or copy did not "
                        + "finish; get the file again. Nothing was imported.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } finally {
            stopped.set(true); // the reader stops at its next run when the rows were not all wanted
            reader.interrupt();
        }
    }

    /** The next run; never waits for a reader that ended without handing its last (it always tries to). */
    private static Run next(BlockingQueue<Run> runs, Thread reader) throws InterruptedException {
        while (true) {
            Run run = runs.poll(200, TimeUnit.MILLISECONDS);
            if (run != null) {
                return run;
            }
            if (!reader.isAlive() && runs.isEmpty()) {
                throw new IllegalStateException("The CSV reader ended without saying why");
            }
        }
    }

    /** Rows split ahead of the importer, up to where the text was read; the last run says whether reading failed. */
    private record Run(List<SourceRow> rows, long characters, boolean isLast, Throwable failure, long failedLine) {
    }

    /** On the reader's thread: every row after the header, in runs, then a last run (with the failure, if any). */
    private void readAhead(BlockingQueue<Run> runs, AtomicBoolean stopped) {
        long line = 1; // the line the row being read starts on, also when reading it fails
        List<SourceRow> rows = new ArrayList<>(RUN);
        long characters = 0;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (line > headerLine) {
                    rows.add(new SourceRow(line, record.toList()));
                }
                line = parser.getCurrentLineNumber() + 1;
                if (rows.size() == RUN) {
                    characters = record.getCharacterPosition();
                    if (!hand(runs, new Run(rows, characters, false, null, 0), stopped)) {
                        return;
                    }
                    rows = new ArrayList<>(RUN);
                }
            }
            hand(runs, new Run(rows, text.length(), true, null, 0), stopped);
        } catch (IOException | RuntimeException | Error e) {
            // Every ending is handed over, an Error too (a stack overflow on a pathological quote): the importer
            // waiting for the next run must never wait for ever.
            hand(runs, new Run(rows, characters, true, e, line), stopped);
        }
    }

    /** Waits for room; false when the rows are no longer wanted. */
    private static boolean hand(BlockingQueue<Run> runs, Run run, AtomicBoolean stopped) {
        try {
            while (!stopped.get()) {
                if (runs.offer(run, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** Why the text cannot be read, in words: commons-csv's own text names its class and formats numbers by locale. */
    private RuntimeException unreadable(Exception e, long line) {
        if (!(e instanceof IOException || e instanceof UncheckedIOException)) {
            return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
        String detail = rootMessage(e);
        if (detail.contains("EOF reached before encapsulated token finished")) {
            return new UserFacingException(fileName + " is damaged or cut off: a quoted value that starts on line "
                    + line + " is never closed. Get the file again. Nothing was imported.", e);
        }
        if (detail.contains("between encapsulated token and delimiter")) {
            return new UserFacingException(fileName + " is damaged: on line " + line + " a quoted value is "
                    + "followed by more text before the next comma (a stray quote mark?). Get the file again; if "
                    + "you edited it, check the quotes on that line. Nothing was imported.", e);
        }
        return new UserFacingException(fileName + " cannot be read as CSV from line " + line + " on (" + detail
                + "). Get the file again. Nothing was imported.", e);
    }

    private static String rootMessage(Throwable e) {
        String message = "";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !(t instanceof UncheckedIOException)) {
                message = t.getMessage();
            }
        }
        return message;
    }

    private boolean endsWithLineBreak() {
        return !text.isEmpty() && (text.charAt(text.length() - 1) == '\n' || text.charAt(text.length() - 1) == '\r');
    }

}
