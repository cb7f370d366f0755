package org.irwatch.data.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.irwatch.core.common.CancelledException;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.junit.jupiter.api.Test;

/**
 * The rows of a CSV text arrive in order, each with the line it starts on, while the text is split ahead on a thread
 * of its own (ADR 0048): over many runs of rows, with quoted line breaks, with a failure far into the file, and when
 * the importer stops early.
 */
class CsvSourceTest {

    private static final int ROWS = 12_345; // several of the reader's runs, the last one short

    @Test
    void everyRowArrivesInOrderWithTheLineItStartsOn() {
        StringBuilder text = new StringBuilder("Preamble produced on 1 May 2024\nName,Note\n");
        long expectedLine = 3;
        List<Long> expectedLines = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            expectedLines.add(expectedLine);
            if (i % 1_000 == 7) {
                text.append("Row ").append(i).append(",\"two\nlines\"\n"); // a quoted line break: one row, two lines
                expectedLine += 2;
            } else {
                text.append("Row ").append(i).append(",plain\n");
                expectedLine++;
            }
        }
        List<SourceRow> rows = new ArrayList<>();

        source(text.toString()).forEachRow(ProgressListener.NONE, rows::add);

        assertThat(rows).hasSize(ROWS);
        assertThat(rows).extracting(SourceRow::line).containsExactlyElementsOf(expectedLines);
        for (int i = 0; i < ROWS; i++) {
            assertThat(rows.get(i).get(0)).isEqualTo("Row " + i);
        }
        assertThat(rows.get(7).get(1)).isEqualTo("two\nlines");
    }

    @Test
    void aStrayQuoteFarIntoTheFileNamesItsLineAfterEveryRowBeforeIt() {
        StringBuilder text = new StringBuilder("Name,Note\n");
        for (int i = 0; i < ROWS; i++) {
            text.append(i == 9_000 ? "Row \"9000\" oops,\"x\"y\n" : "Row " + i + ",plain\n");
        }
        List<SourceRow> rows = new ArrayList<>();

        assertThatThrownBy(() -> source(text.toString()).forEachRow(ProgressListener.NONE, rows::add))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("on line 9002 a quoted value is followed by more text");
        assertThat(rows).hasSize(9_000);
    }

    @Test
    void aFileCutOffMidRowIsRefusedAfterManyRuns() {
        StringBuilder text = new StringBuilder("Name,Note,Other\n");
        for (int i = 0; i < ROWS; i++) {
            text.append("Row ").append(i).append(",a,b\n");
        }
        text.append("Row cut,a");

        assertThatThrownBy(() -> source(text.toString()).forEachRow(ProgressListener.NONE, row -> { }))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("is cut off: its last line (" + (ROWS + 2) + ") stops after 2 of 3 columns");
    }

    @Test
    void anImporterThatStopsEarlyStopsTheReaderToo() throws InterruptedException {
        StringBuilder text = new StringBuilder("Name,Note\n");
        for (int i = 0; i < 200_000; i++) {
            text.append("Row ").append(i).append(",plain\n");
        }
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(String message, long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> source(text.toString()).forEachRow(cancelled, row -> { }))
                .isInstanceOf(CancelledException.class);
        for (int wait = 0; wait < 100 && readerAlive(); wait++) {
            Thread.sleep(20);
        }
        assertThat(readerAlive()).as("the reader thread ended").isFalse();
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("csv-reader") && thread.isAlive());
    }

    private static CsvSource source(String text) {
        return CsvSource.find("test.csv", text, values -> values.contains("Name")).orElseThrow();
    }
}
