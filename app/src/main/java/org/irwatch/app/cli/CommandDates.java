package org.irwatch.app.cli;

import java.time.LocalDate;
import org.irwatch.core.common.UkDates;
import picocli.CommandLine.TypeConversionException;

/** Dates on the command line, read as everywhere else in IR Watch (2026-10-01, 01/10/2026, 1 October 2026). */
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
}
