package org.irwatch.core.workers;

import java.time.LocalDate;
import org.irwatch.core.settings.SettingsRepository;

/**
 * How long a closed record (placed, withdrawn, left the UK, lost contact) is kept before it is due for deletion.
 *
 * @param months a setting, 12 by default
 */
public record Retention(int months) {

    /** The setting's name in the data folder's settings. */
    public static final String SETTING = "workers.retention.months";
    public static final int DEFAULT_MONTHS = 12;

    public Retention {
        if (months < 1) {
            throw new IllegalArgumentException("Retention must be at least one month");
        }
    }

    /** The setting, or 12 months when not set or not a whole number of months. */
    public static Retention from(SettingsRepository settings) {
        return new Retention(settings.get(SETTING).map(String::strip).filter(v -> v.matches("[1-9]\\d{0,2}"))
                .map(Integer::parseInt).orElse(DEFAULT_MONTHS));
    }

    /** A closed record whose stage was reached more than the retention period before today. */
    public boolean isDue(WorkerFacets facets, LocalDate today) {
        return !facets.personalRemoved() && facets.stage().isClosed()
                && facets.stageSince().plusMonths(months).isBefore(today);
    }
}
