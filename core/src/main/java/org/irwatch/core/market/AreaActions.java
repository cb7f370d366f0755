package org.irwatch.core.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.irwatch.core.events.EnforcementAction;

/**
 * The suspensions ("early warning") and revocations ("issue escalation") of an area in a period, each sponsor
 * counted once under its latest such action in the period: a sponsor suspended and then revoked in a quarter is one
 * revocation, its workers counted once. An event touching several of the area's councils is one event here. The
 * same rule gives the screens', the charts' and the workbooks' figures.
 *
 * @param suspended the sponsors whose latest action in the period is a suspension, each by that event; newest first
 * @param revoked the sponsors whose latest action in the period is a revocation, each by that event; newest first
 * @param superseded earlier actions in the period on the same sponsors, counted under the latest instead
 */
public record AreaActions(List<ScopedEvent> suspended, List<ScopedEvent> revoked, List<ScopedEvent> superseded) {

    public AreaActions {
        suspended = List.copyOf(suspended);
        revoked = List.copyOf(revoked);
        superseded = List.copyOf(superseded);
    }

    /**
     * @param newestFirst events touching the area, newest first
     * @param from first day, or null for no start
     * @param to last day, or null for no end
     */
    static AreaActions of(List<ScopedEvent> newestFirst, LocalDate from, LocalDate to) {
        Set<String> seen = new HashSet<>();
        List<ScopedEvent> suspended = new ArrayList<>();
        List<ScopedEvent> revoked = new ArrayList<>();
        List<ScopedEvent> superseded = new ArrayList<>();
        for (ScopedEvent event : newestFirst) {
            LocalDate day = event.event().actionDate();
            if (!event.event().putsWorkersAtRisk() || (from != null && day.isBefore(from))
                    || (to != null && day.isAfter(to))) {
                continue;
            }
            if (!seen.add(event.sponsorIdentity())) {
                superseded.add(event);
            } else if (event.event().action() == EnforcementAction.SUSPENDED) {
                suspended.add(event);
            } else {
                revoked.add(event);
            }
        }
        return new AreaActions(suspended, revoked, superseded);
    }

    /** Both kinds, newest first: each sponsor once. */
    public List<ScopedEvent> all() {
        List<ScopedEvent> all = new ArrayList<>(suspended);
        all.addAll(revoked);
        all.sort(Comparator.comparing(ScopedEvent::event, MarketProvider.NEWEST_FIRST));
        return all;
    }

    public int workersSuspended() {
        return workers(suspended);
    }

    public int workersRevoked() {
        return workers(revoked);
    }

    /** Suspended and revoked together; shown only as a labelled total. */
    public int workersTotal() {
        return workersSuspended() + workersRevoked();
    }

    /** Events whose notice gave no number of workers: the worker figures leave them out, and say so. */
    public int withoutWorkerNumber() {
        return (int) all().stream().filter(e -> e.event().workersAffected() == null).count();
    }

    /** The distinct CQC providers behind these events (events on sponsors linked to no provider have none). */
    public static Set<MarketProvider> providers(List<ScopedEvent> events) {
        Set<MarketProvider> providers = new LinkedHashSet<>();
        events.stream().filter(e -> e.provider() != null).forEach(e -> providers.add(e.provider()));
        return providers;
    }

    /** The locations in these councils of the providers behind these events. */
    public static int locations(List<ScopedEvent> events, Set<String> councils) {
        return providers(events).stream().mapToInt(p -> p.locationsIn(councils).size()).sum();
    }

    static int workers(List<ScopedEvent> events) {
        return events.stream().mapToInt(e -> e.event().workersAffected() == null ? 0 : e.event().workersAffected())
                .sum();
    }
}
