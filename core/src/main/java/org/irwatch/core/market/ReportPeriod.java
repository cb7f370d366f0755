package org.irwatch.core.market;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.common.FinancialYear;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.common.UserFacingException;

/**
 * The period a report counts events in, both days included: a financial-year quarter, a whole financial year, or any
 * two dates. A period that is exactly a quarter or a year is named so ("2024/25 Q3", "2024/25").
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new UserFacingException("The period starts on " + from + ", after it ends on " + to
                    + ". Give a start date on or before the end date.");
        }
    }

    public static ReportPeriod of(FinancialQuarter quarter) {
        return new ReportPeriod(quarter.start(), quarter.end());
    }

    public static ReportPeriod of(FinancialYear year) {
        return new ReportPeriod(year.start(), year.end());
    }

    /** Three months ending on {@code end}: a rolling window, not a financial quarter. */
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

    /** The financial quarter these dates are exactly; empty for any other period. */
    public Optional<FinancialQuarter> quarter() {
        FinancialQuarter quarter = FinancialQuarter.containing(from);
        return quarter.start().equals(from) && quarter.end().equals(to) ? Optional.of(quarter) : Optional.empty();
    }

    /** The financial year these dates are exactly; empty for any other period. */
    public Optional<FinancialYear> financialYear() {
        FinancialYear year = FinancialYear.containing(from);
        return year.start().equals(from) && year.end().equals(to) ? Optional.of(year) : Optional.empty();
    }

    /** "2024/25 Q3", "2024/25", or empty when the period is neither a quarter nor a financial year. */
    public Optional<String> name() {
        return quarter().map(FinancialQuarter::label).or(() -> financialYear().map(FinancialYear::label));
    }

    /** From the start of the financial year the period ends in to its end: a quarter's "year to date". */
    public ReportPeriod yearToDate() {
        return new ReportPeriod(FinancialYear.containing(to).start(), to);
    }

    /** The calendar months the period touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** "1 August 2026 to 31 October 2026"; a quarter or year named first: "2024/25 Q3 (1 October 2024 to ...)". */
    public String label() {
        String dates = UkDates.longDay(from) + " to " + UkDates.longDay(to);
        return name().map(name -> name + " (" + dates + ")").orElse(dates);
    }
}
