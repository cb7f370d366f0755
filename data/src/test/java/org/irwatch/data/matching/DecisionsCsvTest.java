package org.irwatch.data.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.matching.MatchDecision;
import org.irwatch.core.matching.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decisions CSV: formula-safe on the way out, exactly the same decisions on the way back in. */
class DecisionsCsvTest {

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    @TempDir
    Path temp;

    @Test
    void formulaLikeNamesAreNeutralisedInTheFileAndImportedBackExactly() throws IOException {
        MatchDecision risky = new MatchDecision("1-1", "-", "=HYPERLINK(\"http://x\")", "@Leeds", Verdict.CONFIRMED,
                "=HYPERLINK(\"http://x\")", NOON);
        MatchDecision quoted = new MatchDecision("1-2", "'=already quoted", "O'Brien Care", "York",
                Verdict.REJECTED, "ann", NOON);
        StringBuilder csv = new StringBuilder();
        DecisionsCsv.write(List.of(risky, quoted), csv);

        assertThat(csv.toString()).contains("1-1,'-,\"'=HYPERLINK(\"\"http://x\"\")\",'@Leeds,Confirmed,")
                .doesNotContain(",=", ",\"=");
        assertThat(DecisionsCsv.read(file(csv.toString()), Clock.systemUTC())).containsExactly(risky, quoted);
    }

    @Test
    void aDecisionDatedMoreThanADayAheadIsRefusedWithTheLineTheDateAndWhatToDo() throws IOException {
        String soon = Instant.now().plus(Duration.ofHours(12)).truncatedTo(ChronoUnit.SECONDS).toString();
        Path file = file(String.join("\n", String.join(",", DecisionsCsv.HEADER),
                "1-1,A,Alpha Care Ltd,York,Confirmed,x," + soon,
                "1-2,B,Beta Care Ltd,York,Rejected,x,2099-11-01T10:00:00Z") + "\n");

        assertThatThrownBy(() -> DecisionsCsv.read(file, Clock.systemUTC())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("nothing was changed").hasMessageContaining("1 row is")
                .hasMessageContaining("line 3: decided_at '2099-11-01T10:00:00Z' is in the future")
                .hasMessageContaining("set it to when the decision was made, or remove the line")
                .message().doesNotContain("line 2");
    }

    @Test
    void everyProblemOfALineIsReported() throws IOException {
        Path file = file(String.join("\n", String.join(",", DecisionsCsv.HEADER),
                "1-1,A,,York,maybe,x,2099-11-01T10:00:00Z",
                "1-2,B,Beta Care Ltd,York,Perhaps,x,yesterday") + "\n");

        assertThatThrownBy(() -> DecisionsCsv.read(file, Clock.systemUTC())).hasMessageContaining("2 rows are")
                .hasMessageContaining("line 2: the provider ID or sponsor name is empty, and decision 'maybe' is "
                        + "neither Confirmed nor Rejected, and decided_at '2099-11-01T10:00:00Z' is in the future")
                .hasMessageContaining("line 3: decision 'Perhaps' is neither Confirmed nor Rejected, and "
                        + "decided_at 'yesterday' is not a time");
    }

    private Path file(String text) throws IOException {
        return Files.writeString(temp.resolve("decisions.csv"), text, StandardCharsets.UTF_8);
    }
}
