package org.irwatch.data.export;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.irwatch.core.matching.MatchResult;

/**
 * Writes match results as CSV, one row per CQC provider:
 * {@code cqc_provider_id,cqc_provider_name,sponsor_name,sponsor_town,score,band,evidence}; the sponsor name and town
 * as written on the register (formula-safe, {@link SafeCsv}), empty when the provider has no match.
 */
public final class MatchCsv {

    public static final List<String> HEADER = List.of("cqc_provider_id", "cqc_provider_name", "sponsor_name",
            "sponsor_town", "score", "band", "evidence");

    private MatchCsv() {
    }

    public static void write(List<MatchResult> results, Appendable out) throws IOException {
        CSVPrinter printer = SafeCsv.open(out, HEADER);
        for (MatchResult result : results) {
            boolean matched = result.isMatched();
            SafeCsv.row(printer, result.provider().providerId(), result.provider().name(),
                    matched ? result.sponsor().name() : "", matched ? result.sponsor().town() : "",
                    matched ? String.format(Locale.ROOT, "%.3f", result.score()) : "",
                    matched ? result.band().label() : "", result.evidence());
        }
        printer.flush();
    }
}
