package org.irwatch.app.cli;

import java.time.LocalDate;
import java.util.function.Function;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.common.FinancialYear;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.common.UserFacingException;
import picocli.CommandLine.TypeConversionException;

/**
 * Dates on the command line, read as everywhere else in IR Watch (2026-10-01, 01/10/2026, 1 October 2026), and
 * financial-year quarters (2024-25-Q3) and years (2024-25).
 */
final class CommandDates {

    private CommandDates() {
    }

    static LocalDate parse(String text) {
        try {
            LocalDate date = UkDates.parse(text);
            if (date == null) {
                throw new TypeConversionException("A date is needed; write it as day/month/year (01/10/2026), "
                        + "1 October 2026 or 2026-10-01.");
            }
            return date;
        } catch (UkDates.NotADateException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    static FinancialQuarter quarter(String text) {
        return read(text, FinancialQuarter::parse);
    }

    static FinancialYear year(String text) {
        return read(text, FinancialYear::parse);
    }

    private static <T> T read(String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (UserFacingException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
