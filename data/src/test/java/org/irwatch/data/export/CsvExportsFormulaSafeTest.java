package org.irwatch.data.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.imports.RejectedLine;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.MatchResult;
import org.irwatch.core.matching.ProviderEntry;
import org.irwatch.core.matching.SponsorEntry;
import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.RegisterChange;
import org.junit.jupiter.api.Test;

/** Every CSV export writes formula-like text with a leading apostrophe, so Excel shows it instead of running it. */
class CsvExportsFormulaSafeTest {

    private static final String ONE_PLUS_ONE = "=1+1";
    private static final String CALC = "=cmd|' /C calc'!A0";
    private static final String SUM = "@SUM(A1)";

    @Test
    void eventsNeutraliseSourceNotesAndNamesButNotWorkers() throws IOException {
        StringBuilder out = new StringBuilder();
        EventsCsv.write(List.of(new EnforcementEvent(7L, "-", "+Town", "k", "1-23", EnforcementAction.SUSPENDED,
                LocalDate.of(2026, 11, 2), null, 12, ONE_PLUS_ONE, CALC, Set.of("E08000030"), SUM,
                Instant.parse("2026-11-30T12:00:00Z"))), out);

        assertThat(row(out, 1)).containsExactly("7", "Suspended", "2026-11-02", "", "'-", "'+Town", "1-23", "12",
                "E08000030", "'" + ONE_PLUS_ONE, "'" + CALC, "'" + SUM);
    }

    @Test
    void matchesNeutraliseNamesButNotTheScore() throws IOException {
        StringBuilder out = new StringBuilder();
        ProviderEntry provider = ProviderEntry.of("1-9", "=HYPERLINK(\"http://x\")", null, List.of(), List.of(),
                List.of());
        SponsorEntry sponsor = SponsorEntry.of("k", SUM, "-Leeds", "");
        MatchCsv.write(List.of(new MatchResult(provider, sponsor, 0.85, MatchBand.CONFIRMED, "name", List.of())),
                out);

        assertThat(row(out, 1)).containsExactly("1-9", "'=HYPERLINK(\"http://x\")", "'" + SUM, "'-Leeds", "0.850",
                MatchBand.CONFIRMED.label(), "name");
    }

    @Test
    void registerChangesNeutraliseNamesAndTowns() throws IOException {
        StringBuilder out = new StringBuilder();
        RegisterChangesCsv.write(List.of(new RegisterChange(ChangeType.ADDED, ONE_PLUS_ONE, "@Town", "", "A")), out);

        assertThat(row(out, 1)).containsExactly("added", "'" + ONE_PLUS_ONE, "'@Town", "", "A");
    }

    @Test
    void rejectedLinesNeutraliseTheTextButNotTheLineNumber() throws IOException {
        StringBuilder out = new StringBuilder();
        RejectedLinesCsv.write(List.of(new RejectedLine(40, "no organisation name", CALC)), out);

        assertThat(row(out, 1)).containsExactly("40", "no organisation name", "'" + CALC);
    }

    @Test
    void trackerProblemsNeutraliseTheValueButNotTheRow() throws IOException {
        StringBuilder out = new StringBuilder();
        RowProblemsCsv.write(List.of(new RowProblem(3, "Workers", "-5", "is not a number of workers")), out);

        assertThat(row(out, 1)).containsExactly("3", "Workers", "'-5", "is not a number of workers");
    }

    @Test
    void numbersAndDatesAreWrittenAsTheyAreEvenWhenNegative() throws IOException {
        StringBuilder out = new StringBuilder();
        SafeCsv.row(SafeCsv.open(out, List.of("a", "b", "c", "d", "e")), -5, -0.25, 12L,
                LocalDate.of(2026, 1, 2), null);

        assertThat(row(out, 1)).containsExactly("-5", "-0.25", "12", "2026-01-02", "");
    }

    private static List<String> row(CharSequence csv, int index) throws IOException {
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.toString())).getRecords();
        return records.get(index).toList();
    }
}
