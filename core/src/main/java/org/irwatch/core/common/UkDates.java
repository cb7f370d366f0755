package org.irwatch.core.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as people in England write them, read and written in one place, so the command line, the forms, the
 * dialogs and the imports accept the same text and the window, workbook and messages show the same dates.
 */
public final class UkDates {

    /** Thrown for text that is not a date; the message quotes the text and says how to write a date. */
    public static final class NotADateException extends IllegalArgumentException {
        private final String reason;

        NotADateException(String text, String reason) {
            super("'" + text + "' " + reason);
            this.reason = reason;
        }

        /** Why, without the text: "is not a date; write it as ...", for callers that quote the text themselves. */
        public String reason() {
            return reason;
        }
    }

    /** The one form a date is shown in, on screen and in the workbook: "6 December 2026". */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.UK);
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm", Locale.UK);
    private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.UK);

    /** Every way of writing a date read, day first; strict, so 31/02/2026 and 11/30/2026 are refused. */
    private static final List<DateTimeFormatter> READ = List.of(
            strict("d/M/uuuu"), strict("uuuu-MM-dd"), strict("d MMM uuuu"), strict("d MMMM uuuu"),
            strict("d-MMM-uuuu"), strict("d.M.uuuu"), strict("d-M-uuuu"));

    private UkDates() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.UK)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * A date as day/month/year (05/03/2026, 5-3-2026, 5.3.2026), "5 March 2026", "5 Mar 2026", "5-Mar-2026" or
     * 2026-03-05, a time after it ignored; null for blank text.
     *
     * @throws NotADateException for anything else, saying how to write a date
     */
    public static LocalDate parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        // A time after the date (a spreadsheet's "05/03/2026 00:00") says nothing more.
        String dateOnly = value.replaceFirst("[ T]\\d{1,2}:\\d{2}(:\\d{2})?(\\.\\d+)?Z?$", "");
        for (DateTimeFormatter format : READ) {
            try {
                return LocalDate.parse(dateOnly, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        if (dateOnly.matches("\\d{1,2}/\\d{1,2}/\\d{2}")) {
            throw new NotADateException(value, "has a two-digit year; write the year in full, as in 05/03/2026.");
        }
        throw new NotADateException(value, "is not a date; write it as day/month/year (05/03/2026), "
                + "5 March 2026 or 2026-03-05.");
    }

    /** The date {@link #parse} reads in the text; empty for blank text or text that is not a date. */
    public static Optional<LocalDate> tryParse(String text) {
        try {
            return Optional.ofNullable(parse(text));
        } catch (NotADateException e) {
            return Optional.empty();
        }
    }

    /** "3 September 2026", the form every date is shown in; empty for no date. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The same long form as {@link #day}, by the name the report periods and the workbook use. */
    public static String longDay(LocalDate date) {
        return day(date);
    }

    /** "May 2026", a month on a chart. */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** "03/05/2026", in date inputs only (the event form, date pickers); empty for no date. */
    public static String numeric(LocalDate date) {
        return date == null ? "" : NUMERIC.format(date);
    }

    /** "3 September 2026 14:20" in the zone given, where the time matters. */
    public static String dayAndTime(Instant instant, ZoneId zone) {
        return DAY_TIME.format(instant.atZone(zone));
    }

    /** "3 September 2026 14:20" in this computer's time zone. */
    public static String dayAndTime(Instant instant) {
        return dayAndTime(instant, ZoneId.systemDefault());
    }

    /** "2026-05-03 14:20" in this computer's time zone, for the command line's tables. */
    public static String isoMinute(Instant instant) {
        return ISO_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
