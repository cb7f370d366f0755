package org.irwatch.core.placements;

import java.time.LocalDate;
import org.irwatch.core.common.UkDates;

/**
 * A sponsor's certificates of sponsorship in its latest period (restricted data, ADR 0032): allocated less used is
 * its spare capacity.
 */
public record SpareCertificates(String organisationKey, LocalDate from, LocalDate to, int allocated, int used) {

    public int spare() {
        return Math.max(0, allocated - used);
    }

    public String describe() {
        return String.format("%,d spare certificates of sponsorship (%,d allocated, %,d used, %s to %s)", spare(),
                allocated, used, UkDates.day(from), UkDates.day(to));
    }
}
