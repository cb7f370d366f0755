package org.irwatch.core.placements;

import java.time.LocalDate;
import org.irwatch.core.common.UkDates;

/**
 * An ethical employer's sponsor licence as it says: held, applied for on a date (UKVI takes about 16 weeks), or none.
 *
 * @param appliedOn the application date; null unless {@code status} is APPLIED
 */
public record EmployerLicence(Status status, LocalDate appliedOn) {

    public enum Status { HELD, APPLIED, NONE }

    public static final EmployerLicence HELD = new EmployerLicence(Status.HELD, null);
    public static final EmployerLicence NONE = new EmployerLicence(Status.NONE, null);

    public EmployerLicence {
        if ((status == Status.APPLIED) != (appliedOn != null)) {
            throw new IllegalArgumentException("An applied-for licence, and only that, has an application date");
        }
    }

    public static EmployerLicence appliedOn(LocalDate date) {
        return new EmployerLicence(Status.APPLIED, date);
    }

    public boolean isPending() {
        return status == Status.APPLIED;
    }

    public String describe() {
        return switch (status) {
            case HELD -> "Licence held";
            case APPLIED -> "Licence applied for on " + UkDates.day(appliedOn);
            case NONE -> "No licence";
        };
    }
}
