package org.irwatch.core.market;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.common.UserFacingException;

/** The period a report counts events in, both days included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new UserFacingException("The period starts on " + from + ", after it ends on " + to
                    + ". Give a start date on or before the end date.");
        }
    }

    /** Three months ending on {@code end}: the quarter a steering group reports on. */
    public static ReportPeriod threeMonthsTo(LocalDate end) {
        return new ReportPeriod(end.minusMonths(3).plusDays(1), end);
    }

    /**
     * The period a report covers when none is given: three months to the newest date of the data (register, CQC
     * directory or recorded event), so a report on old data does not come out empty; to {@code today} with no data.
     */
    public static ReportPeriod defaultFor(MarketData data, LocalDate today) {
        DataDates dates = data.dates();
        LocalDate newestEvent = data.events().isEmpty() ? null : data.events().getFirst().event().actionDate();
        LocalDate end = Stream.of(dates.register(), dates.cqc(), newestEvent).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(today);
        return threeMonthsTo(end.isAfter(today) ? today : end);
    }

    /** Only one end given: the other from the default three months. */
    public static ReportPeriod of(LocalDate from, LocalDate to, ReportPeriod fallback) {
        if (from == null && to == null) {
            return fallback;
        }
        if (from == null) {
            return threeMonthsTo(to);
        }
        return new ReportPeriod(from, to == null ? (fallback.to().isBefore(from) ? from : fallback.to()) : to);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** "1 August 2026 to 31 October 2026". */
    public String label() {
        return UkDates.longDay(from) + " to " + UkDates.longDay(to);
    }
}
