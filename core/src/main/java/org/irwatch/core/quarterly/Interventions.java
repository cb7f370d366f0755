package org.irwatch.core.quarterly;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irwatch.core.activities.Activity;
import org.irwatch.core.activities.ActivityKind;
import org.irwatch.core.market.ReportPeriod;

/**
 * The activity log's entries for an area in a period, totalled by kind: every kind present (zero when none), and the
 * activities behind them for the Sources sheet.
 */
public record Interventions(Map<ActivityKind, Totals> byKind, Totals all, List<Activity> activities) {

    public Interventions {
        byKind = Map.copyOf(byKind);
        activities = List.copyOf(activities);
    }

    /** How many activities, and the providers and people they reached and the pounds they spent, as logged. */
    public record Totals(int activities, int providersReached, int peopleReached, BigDecimal amount) {
        static final Totals NONE = new Totals(0, 0, 0, BigDecimal.ZERO);

        Totals plus(Activity activity) {
            return new Totals(activities + 1, providersReached + orZero(activity.providersReached()),
                    peopleReached + orZero(activity.peopleReached()),
                    activity.amount() == null ? amount : amount.add(activity.amount()));
        }

        /** The measure's value: a count, or the pounds. */
        public Number value(InterventionMeasure measure) {
            return switch (measure) {
                case ACTIVITIES -> activities;
                case PROVIDERS_REACHED -> providersReached;
                case PEOPLE_REACHED -> peopleReached;
                case AMOUNT -> amount;
            };
        }

        private static int orZero(Integer value) {
            return value == null ? 0 : value;
        }
    }

    static Interventions of(List<Activity> log, Set<String> councils, ReportPeriod period) {
        Map<ActivityKind, Totals> byKind = new EnumMap<>(ActivityKind.class);
        for (ActivityKind kind : ActivityKind.values()) {
            byKind.put(kind, Totals.NONE);
        }
        Totals all = Totals.NONE;
        List<Activity> here = log.stream().filter(a -> a.touches(councils) && period.contains(a.date())).toList();
        for (Activity activity : here) {
            byKind.merge(activity.kind(), Totals.NONE.plus(activity), (was, one) -> was.plus(activity));
            all = all.plus(activity);
        }
        return new Interventions(byKind, all, here);
    }
}
