package org.irwatch.app.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the window shows them: in words ("3 May 2026") in prose, day/month/year in tables and forms. */
public final class UkDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter NUMERIC_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    private UkDates() {
    }

    /** "3 May 2026"; empty for no date. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "03/05/2026", as the event form reads it back; empty for no date. */
    public static String numeric(LocalDate date) {
        return date == null ? "" : NUMERIC.format(date);
    }

    /** "03/05/2026 14:20" in this computer's time zone. */
    public static String numeric(Instant instant) {
        return NUMERIC_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
