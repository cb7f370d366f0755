package org.irwatch.core.register;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares two register snapshots organisation by organisation (by {@link OrganisationKey}): added, removed,
 * rating changed, routes changed. An organisation whose rating and routes both changed gives two changes.
 */
public final class RegisterChangeDetector {

    private static final Comparator<RegisterChange> ORDER = Comparator.comparing(RegisterChange::change)
            .thenComparing(c -> c.organisationName().strip().toLowerCase(Locale.ROOT))
            .thenComparing(RegisterChange::town);

    private RegisterChangeDetector() {
    }

    public static List<RegisterChange> between(Collection<OrganisationSummary> before,
                                               Collection<OrganisationSummary> after) {
        Map<String, OrganisationSummary> earlier = new HashMap<>(before.size() * 2);
        before.forEach(summary -> earlier.put(summary.key(), summary));
        List<RegisterChange> changes = new ArrayList<>();
        for (OrganisationSummary now : after) {
            OrganisationSummary then = earlier.remove(now.key());
            if (then == null) {
                changes.add(new RegisterChange(ChangeType.ADDED, now.name(), now.town(), "",
                        describe(now)));
                continue;
            }
            if (!then.ratings().equals(now.ratings())) {
                changes.add(new RegisterChange(ChangeType.RATING_CHANGED, now.name(), now.town(), then.ratings(),
                        now.ratings()));
            }
            if (!then.routes().equals(now.routes())) {
                changes.add(new RegisterChange(ChangeType.ROUTES_CHANGED, now.name(), now.town(), then.routes(),
                        now.routes()));
            }
        }
        for (OrganisationSummary gone : earlier.values()) {
            changes.add(new RegisterChange(ChangeType.REMOVED, gone.name(), gone.town(), describe(gone), ""));
        }
        changes.sort(ORDER);
        return changes;
    }

    private static String describe(OrganisationSummary summary) {
        return summary.ratings() + " — " + summary.routes();
    }
}
