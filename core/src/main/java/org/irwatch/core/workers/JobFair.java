package org.irwatch.core.workers;

import java.time.LocalDate;
import java.util.List;

/**
 * A job fair: where displaced workers meet employers and hubs.
 *
 * @param id null until stored
 * @param councilGss the council it was held in; empty when not said
 */
public record JobFair(Long id, LocalDate heldOn, String venue, String councilGss, List<String> employersPresent) {

    public JobFair {
        venue = Text.clean(venue);
        councilGss = Text.clean(councilGss);
        employersPresent = employersPresent.stream().map(Text::clean).filter(e -> !e.isEmpty()).toList();
    }

    public JobFair withId(long newId) {
        return new JobFair(newId, heldOn, venue, councilGss, employersPresent);
    }
}
