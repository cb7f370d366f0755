package org.irwatch.data.matching;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.matching.DecisionDates;
import org.irwatch.core.matching.MatchDecision;
import org.irwatch.core.matching.Verdict;
import org.irwatch.data.export.FormulaText;
import org.irwatch.data.export.SafeCsv;
import org.irwatch.data.imports.Columns;
import org.irwatch.data.imports.CsvSource;
import org.irwatch.data.imports.DecodedText;
import org.irwatch.data.imports.FileContent;
import org.irwatch.data.imports.SourceRow;

/**
 * Match decisions as a CSV a region can share between copies of IR Watch:
 * {@code cqc_provider_id,cqc_provider_name,sponsor_name,sponsor_town,decision,decided_by,decided_at}. Names are
 * exactly as on the register, since they identify the organisation; written formula-safe ({@link SafeCsv}) and read
 * back exactly. Reading is all or nothing: any bad row refuses the file with every problem of every line listed,
 * a decision dated in the future ({@link DecisionDates}) among them.
 */
public final class DecisionsCsv {

    public static final List<String> HEADER = List.of("cqc_provider_id", "cqc_provider_name", "sponsor_name",
            "sponsor_town", "decision", "decided_by", "decided_at");
    private static final int PROBLEMS_SHOWN = 10;

    private DecisionsCsv() {
    }

    public static void write(List<MatchDecision> decisions, Appendable out) throws IOException {
        CSVPrinter printer = SafeCsv.open(out, HEADER);
        for (MatchDecision d : decisions) {
            SafeCsv.row(printer, d.providerId(), d.providerName(), d.sponsorName(), d.sponsorTown(),
                    d.verdict().label(), d.decidedBy(), d.decidedAt().toString());
        }
        printer.flush();
    }

    public static List<MatchDecision> read(Path file, Clock clock) {
        FileContent content = FileContent.read(file);
        String name = content.fileName();
        String text = DecodedText.of(name, content.bytes()).text();
        CsvSource csv = CsvSource.find(name, text, CsvSource.hasColumns("cqc_provider_id", "sponsor_name", "decision"))
                .orElseThrow(() -> new UserFacingException(name + " is not a match decisions file: it needs the "
                        + "columns " + String.join(", ", HEADER) + " (as written by Export decisions)."));
        Columns columns = csv.columns();
        int provider = columns.required("cqc_provider_id", "match decisions");
        int providerName = columns.column("cqc_provider_name");
        int sponsor = columns.required("sponsor_name", "match decisions");
        int town = columns.column("sponsor_town");
        int verdict = columns.required("decision", "match decisions");
        int by = columns.column("decided_by");
        int at = columns.column("decided_at");
        List<MatchDecision> decisions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Instant now = clock.instant();
        csv.forEachRow(ProgressListener.NONE, row -> {
            String providerId = cell(row, provider).strip();
            String sponsorName = cell(row, sponsor);
            Verdict decided = Verdict.parse(cell(row, verdict));
            String whenText = cell(row, at);
            Instant when = instant(whenText);
            List<String> wrong = new ArrayList<>();
            if (providerId.isEmpty() || sponsorName.isBlank()) {
                wrong.add("the provider ID or sponsor name is empty");
            }
            if (decided == null) {
                wrong.add("decision '" + cell(row, verdict) + "' is neither Confirmed nor Rejected");
            }
            if (when == null) {
                wrong.add("decided_at '" + whenText + "' is not a time like 2026-11-30T09:15:00Z");
            } else if (DecisionDates.isInTheFuture(when, now)) {
                wrong.add("decided_at '" + whenText + "' is in the future, and would overrule every later decision "
                        + "(set it to when the decision was made, or remove the line)");
            }
            if (wrong.isEmpty()) {
                decisions.add(new MatchDecision(providerId, cell(row, providerName), sponsorName, cell(row, town),
                        decided, cell(row, by), when));
            } else {
                problems.add("line " + row.line() + ": " + String.join(", and ", wrong));
            }
        });
        if (!problems.isEmpty()) {
            throw new UserFacingException(name + " was not imported (nothing was changed): " + problems.size()
                    + (problems.size() == 1 ? " row is" : " rows are") + " not valid. "
                    + String.join("; ", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())))
                    + (problems.size() > PROBLEMS_SHOWN ? "; …" : "") + ".");
        }
        if (decisions.isEmpty()) {
            throw new UserFacingException(name + " holds no decisions.");
        }
        return decisions;
    }

    /** The cell as it was before {@link SafeCsv} wrote it; empty when the file has no such column. */
    private static String cell(SourceRow row, int column) {
        return FormulaText.restore(row.get(column));
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
