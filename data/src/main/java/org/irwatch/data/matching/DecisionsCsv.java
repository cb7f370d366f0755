package org.irwatch.data.matching;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.matching.MatchDecision;
import org.irwatch.core.matching.Verdict;
import org.irwatch.data.imports.Columns;
import org.irwatch.data.imports.CsvSource;
import org.irwatch.data.imports.DecodedText;
import org.irwatch.data.imports.FileContent;

/**
 * Match decisions as a CSV a region can share between copies of IR Watch:
 * {@code cqc_provider_id,cqc_provider_name,sponsor_name,sponsor_town,decision,decided_by,decided_at}. Names are
 * exactly as on the register, since they identify the organisation. Reading is all or nothing: any bad row refuses
 * the file with every problem listed by line.
 */
public final class DecisionsCsv {

    public static final List<String> HEADER = List.of("cqc_provider_id", "cqc_provider_name", "sponsor_name",
            "sponsor_town", "decision", "decided_by", "decided_at");
    private static final int PROBLEMS_SHOWN = 10;

    private DecisionsCsv() {
    }

    public static void write(List<MatchDecision> decisions, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        printer.printRecord(HEADER);
        for (MatchDecision d : decisions) {
            printer.printRecord(d.providerId(), d.providerName(), d.sponsorName(), d.sponsorTown(),
                    d.verdict().label(), d.decidedBy(), d.decidedAt().toString());
        }
        printer.flush();
    }

    public static List<MatchDecision> read(Path file) {
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
        csv.forEachRow(ProgressListener.NONE, row -> {
            String providerId = row.get(provider).strip();
            String sponsorName = row.get(sponsor);
            Verdict decided = Verdict.parse(row.get(verdict));
            Instant when = at < 0 ? null : instant(row.get(at));
            if (providerId.isEmpty() || sponsorName.isBlank()) {
                problems.add("line " + row.line() + ": the provider ID or sponsor name is empty");
            } else if (decided == null) {
                problems.add("line " + row.line() + ": decision '" + row.get(verdict)
                        + "' is neither Confirmed nor Rejected");
            } else if (when == null) {
                problems.add("line " + row.line() + ": decided_at '" + (at < 0 ? "" : row.get(at))
                        + "' is not a time like 2026-11-30T09:15:00Z");
            } else {
                decisions.add(new MatchDecision(providerId, providerName < 0 ? "" : row.get(providerName),
                        sponsorName, town < 0 ? "" : row.get(town), decided, by < 0 ? "" : row.get(by), when));
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

    private static Instant instant(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
