package org.irwatch.core.placements;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A shortlist for a job fair, as employers read it: provider, location, distance, contact, vacancies, rating. No
 * restricted data ever, and no worker data unless the user ticks it.
 *
 * @param title e.g. "Care worker within 15 straight-line miles of CV1"
 * @param worker lines about the worker (name, role, district); empty unless the user chose to include them
 */
public record Shortlist(String title, List<PlacementLine> lines, List<String> worker, ZonedDateTime generatedAt) {

    public Shortlist {
        lines = List.copyOf(lines);
        worker = List.copyOf(worker);
        if (lines.stream().anyMatch(PlacementLine::restricted)) {
            throw new IllegalArgumentException("A shortlist never carries restricted data");
        }
    }
}
