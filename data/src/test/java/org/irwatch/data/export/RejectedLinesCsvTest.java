package org.irwatch.data.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.irwatch.core.imports.RejectedLine;
import org.junit.jupiter.api.Test;

class RejectedLinesCsvTest {

    @Test
    void writesLineReasonAndTextQuotingCommasAndQuotes() throws IOException {
        StringBuilder out = new StringBuilder();

        RejectedLinesCsv.write(List.of(
                new RejectedLine(12, "3 columns where the header has 5", "Broken Ltd,Leeds,\"West\""),
                new RejectedLine(40, "no organisation name", null)), out);

        assertThat(out.toString()).isEqualTo("""
                line,reason,text
                12,3 columns where the header has 5,"Broken Ltd,Leeds,""West\"\""
                40,no organisation name,
                """);
    }

    @Test
    void noRejectedLinesGivesTheHeaderAlone() throws IOException {
        StringBuilder out = new StringBuilder();

        RejectedLinesCsv.write(List.of(), out);

        assertThat(out).hasToString("line,reason,text\n");
    }
}
