package org.irwatch.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import picocli.CommandLine.TypeConversionException;

/** Dates on the command line: 2026-10-01 or, as trackers and the window write them, 01/10/2026. */
final class CommandDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private CommandDates() {
    }

    static LocalDate parse(String text) {
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException notThisOne) {
                // try the next way of writing it
            }
        }
        throw new TypeConversionException("'" + text + "' is not a date; write it as 2026-10-01 or 01/10/2026 "
                + "(day/month/year).");
    }
}
