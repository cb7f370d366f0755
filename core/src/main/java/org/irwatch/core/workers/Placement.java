package org.irwatch.core.workers;

import java.time.LocalDate;

/**
 * The new employer, once placed.
 *
 * @param employerKey the register's organisation key or CQC provider ID when chosen from them; empty otherwise
 */
public record Placement(String employer, String employerKey, LocalDate startDate) {

    public Placement {
        employer = Text.clean(employer);
        employerKey = Text.clean(employerKey);
    }
}
