package org.irwatch.data.export;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.irwatch.core.placements.PlacementLine;

/**
 * Writes the finder's locations as CSV: {@code rank,cqc_location_id,location_name,cqc_provider_id,provider_name,
 * council,distance_miles,licence_rating,cqc_rating,spare_cos,vacancies,score,reasons}; distance in straight-line
 * miles to one decimal; spare_cos empty unless the lines carry restricted data; text formula-safe.
 */
public final class PlacementsCsv {

    public static final List<String> HEADER = List.of("rank", "cqc_location_id", "location_name", "cqc_provider_id",
            "provider_name", "council", "distance_miles", "licence_rating", "cqc_rating", "spare_cos", "vacancies",
            "score", "reasons");

    private PlacementsCsv() {
    }

    public static void write(List<PlacementLine> lines, Appendable out) throws IOException {
        CSVPrinter printer = SafeCsv.open(out, HEADER);
        for (PlacementLine l : lines) {
            SafeCsv.row(printer, l.rank(), l.locationId(), l.locationName(), l.providerId(), l.providerName(),
                    l.council(), l.milesText(), l.licenceRating(), l.cqcRating(), l.spareCos(), l.vacancies(),
                    l.score(), l.reasons());
        }
        printer.flush();
    }
}
