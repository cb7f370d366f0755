package org.irwatch.core.common;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A financial year, 1 April to 31 March, as councils and DHSC programmes run: "2024/25" starts on 1 April 2024.
 *
 * @param startYear the calendar year of its 1 April
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{2}|\\d{4})");

    public FinancialYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new IllegalArgumentException("No financial year starts in " + startYear);
        }
    }

    /** The financial year a day falls in: 31 March 2025 is in 2024/25, 1 April 2025 in 2025/26. */
    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /**
     * Reads "2024-25", "2024/25" or "2024-2025".
     *
     * @throws UserFacingException when the text is not a financial year, or its two years do not follow each other
     */
    public static FinancialYear parse(String text) {
        Matcher matcher = WRITTEN.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new UserFacingException("\"" + text + "\" is not a financial year: write it as 2024-25 (the year "
                    + "from 1 April 2024 to 31 March 2025).");
        }
        int start = Integer.parseInt(matcher.group(1));
        String end = matcher.group(2);
        int expected = end.length() == 2 ? (start + 1) % 100 : start + 1;
        if (Integer.parseInt(end) != expected) {
            throw new UserFacingException("\"" + text + "\" is not a financial year: its second year must follow the "
                    + "first, e.g. " + code(start) + ".");
        }
        return new FinancialYear(start);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    /** "2024/25", as the seeds and DHSC write it. */
    public String label() {
        return String.format(Locale.ROOT, "%d/%02d", startYear, (startYear + 1) % 100);
    }

    /** "2024-25", as the command line takes it. */
    public String code() {
        return code(startYear);
    }

    public FinancialQuarter quarter(int number) {
        return new FinancialQuarter(this, number);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    private static String code(int startYear) {
        return String.format(Locale.ROOT, "%d-%02d", startYear, (startYear + 1) % 100);
    }
}
