package org.irwatch.app.market;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.market.DataDates;

/** How the market views write numbers, shares and the dates of the data. */
public final class Figures {

    private Figures() {
    }

    public static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    /** A share as a whole percentage; "<1%" rather than a misleading 0% when some but few. */
    public static String percent(double share) {
        if (share > 0 && share < 0.005) {
            return "<1%";
        }
        return Math.round(share * 100) + "%";
    }

    /** "CQC data of 1 Oct 2026, register of 27 Oct 2026 compared with 29 Sep 2026, matched 30 Nov 2026 09:12". */
    public static String dates(DataDates dates, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        parts.add(dates.cqc() == null ? "No CQC data yet" : "CQC data of " + UkDates.day(dates.cqc()));
        if (dates.register() == null) {
            parts.add("no register yet");
        } else {
            parts.add("register of " + UkDates.day(dates.register()) + (dates.previousRegister() == null ? ""
                    : " compared with " + UkDates.day(dates.previousRegister())));
        }
        parts.add(dates.matchedAt() == null ? "not matched yet" : "matched " + matchedAt(dates.matchedAt(), zone));
        return String.join(", ", parts);
    }

    private static String matchedAt(Instant instant, ZoneId zone) {
        return UkDates.dayAndTime(instant, zone);
    }
}
