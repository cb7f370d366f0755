package org.irwatch.core.activities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One entry of a partnership's activity log: an intervention or engagement for the DHSC return. No personal data.
 *
 * @param id null until stored
 * @param councilGssCodes the councils it was for
 * @param providersReached null when not said
 * @param peopleReached null when not said
 * @param amount pounds spent or paid; null when none
 */
public record Activity(Long id, LocalDate date, Set<String> councilGssCodes, ActivityKind kind,
                       Integer providersReached, Integer peopleReached, BigDecimal amount, String notes) {

    public Activity {
        councilGssCodes = Set.copyOf(councilGssCodes);
        notes = notes == null ? "" : notes.strip();
    }

    public boolean touches(Set<String> councils) {
        return councilGssCodes.stream().anyMatch(councils::contains);
    }
}
