package org.irwatch.core.market;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.settings.SettingsRepository;

/**
 * Says when the data behind the figures is of different dates or old. A register matched against CQC data of
 * another year (2 November 2021 against 31 May 2024) gives figures that mean little, and nothing else would say so.
 */
public final class DataDateCheck {

    /** The setting holding the most days the newest register and CQC data may be apart without a warning. */
    public static final String MAX_GAP_SETTING = "data.maxGapDays";
    public static final int DEFAULT_MAX_GAP_DAYS = 31;
    /** Data older than this against today is worth a warning: the market moves within a quarter. */
    public static final int OLD_AFTER_DAYS = 90;

    private final IntSupplier maxGapDays;
    private final Clock clock;

    private DataDateCheck(IntSupplier maxGapDays, Clock clock) {
        this.maxGapDays = maxGapDays;
        this.clock = clock;
    }

    /** Reads the largest gap from the settings each time, so a changed setting holds at once. */
    public DataDateCheck(SettingsRepository settings, Clock clock) {
        this(() -> maxGapDays(settings), clock);
    }

    /** With the default gap, for a service built without settings. */
    public static DataDateCheck withDefaultGap(Clock clock) {
        return new DataDateCheck(() -> DEFAULT_MAX_GAP_DAYS, clock);
    }

    /** The warnings for the data held, against today by the clock; empty when the data is of one time and recent. */
    public List<String> warnings(DataDates dates) {
        return warnings(dates, LocalDate.now(clock));
    }

    /** The warnings for the data held, against the given day (a report's date). */
    public List<String> warnings(DataDates dates, LocalDate today) {
        List<String> warnings = new ArrayList<>();
        int maxGap = maxGapDays.getAsInt();
        if (dates.register() != null && dates.cqc() != null) {
            long gap = Math.abs(ChronoUnit.DAYS.between(dates.register(), dates.cqc()));
            if (gap > maxGap) {
                warnings.add("The sponsor register (" + UkDates.longDay(dates.register()) + ") and the CQC data ("
                        + UkDates.longDay(dates.cqc()) + ") are " + gap + " days apart, more than the " + maxGap
                        + " days set: sponsors and care providers are matched across that gap, so the figures may "
                        + "hold for neither date. Import a register and a CQC file of about the same date.");
            }
        }
        old("sponsor register", dates.register(), today).ifPresent(warnings::add);
        old("CQC data", dates.cqc(), today).ifPresent(warnings::add);
        return warnings;
    }

    private static Optional<String> old(String what, LocalDate date, LocalDate today) {
        if (date == null) {
            return Optional.empty();
        }
        long age = ChronoUnit.DAYS.between(date, today);
        return age > OLD_AFTER_DAYS ? Optional.of("The " + what + " is of " + UkDates.longDay(date) + ", " + age
                + " days before " + UkDates.longDay(today) + ": the market may have changed since. Import a newer file.")
                : Optional.empty();
    }

    /** The setting's value; the default when it is not set or not a whole number of days. */
    private static int maxGapDays(SettingsRepository settings) {
        return settings.get(MAX_GAP_SETTING).flatMap(DataDateCheck::days).orElse(DEFAULT_MAX_GAP_DAYS);
    }

    private static Optional<Integer> days(String text) {
        try {
            int days = Integer.parseInt(text.strip());
            return days >= 0 ? Optional.of(days) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
