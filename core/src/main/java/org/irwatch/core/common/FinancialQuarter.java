package org.irwatch.core.common;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a financial year: Q1 April–June, Q2 July–September, Q3 October–December, Q4 January–March (of the
 * next calendar year). "2024/25 Q3" is 1 October to 31 December 2024; "2024/25 Q4" is 1 January to 31 March 2025.
 */
public record FinancialQuarter(FinancialYear year, int number) implements Comparable<FinancialQuarter> {

    private static final Pattern WRITTEN = Pattern.compile("(.+?)\\s*[- ]\\s*Q([1-4])", Pattern.CASE_INSENSITIVE);

    public FinancialQuarter {
        Objects.requireNonNull(year, "year");
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A financial year has quarters 1 to 4, not " + number);
        }
    }

    public static FinancialQuarter containing(LocalDate date) {
        FinancialYear year = FinancialYear.containing(date);
        int monthsIn = (date.getMonthValue() + 8) % 12;
        return new FinancialQuarter(year, monthsIn / 3 + 1);
    }

    /**
     * Reads "2024-25-Q3" (as the command line writes it) or "2024/25 Q3" (as reports label it).
     *
     * @throws UserFacingException when the text is not a quarter
     */
    public static FinancialQuarter parse(String text) {
        Matcher matcher = WRITTEN.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new UserFacingException("\"" + text + "\" is not a financial-year quarter: write it as 2024-25-Q3 "
                    + "(Q1 is April to June, Q4 January to March).");
        }
        return new FinancialQuarter(FinancialYear.parse(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public LocalDate start() {
        return year.start().plusMonths(3L * (number - 1));
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    /** "2024/25 Q3". */
    public String label() {
        return year.label() + " Q" + number;
    }

    /** "2024-25-Q3", as the command line takes it. */
    public String code() {
        return year.code() + "-Q" + number;
    }

    public FinancialQuarter previous() {
        return number == 1 ? new FinancialQuarter(year.previous(), 4) : new FinancialQuarter(year, number - 1);
    }

    @Override
    public int compareTo(FinancialQuarter other) {
        int byYear = year.compareTo(other.year);
        return byYear != 0 ? byYear : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return label();
    }
}
