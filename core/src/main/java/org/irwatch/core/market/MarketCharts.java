package org.irwatch.core.market;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.irwatch.core.events.EnforcementAction;

/**
 * The series the charts draw, for one area and period. An event affecting several councils counts once in each
 * of them, as it does on the Power BI dashboard this replaces.
 */
public final class MarketCharts {

    private final ScopedMarket market;
    private final Function<String, String> councilName;

    /** @param councilName the council's name from its GSS code */
    public MarketCharts(ScopedMarket market, Function<String, String> councilName) {
        this.market = market;
        this.councilName = councilName;
    }

    /** Suspensions and revocations by council, stacked by action; councils by name. */
    public Map<String, Map<EnforcementAction, Integer>> actionsByCouncil(LocalDate from, LocalDate to) {
        Map<String, Map<EnforcementAction, Integer>> byCouncil = new TreeMap<>();
        for (ScopedEvent event : market.events(from, to)) {
            if (event.event().putsWorkersAtRisk()) {
                for (String council : councilsHere(event)) {
                    byCouncil.computeIfAbsent(councilName.apply(council), c -> new EnumMap<>(EnforcementAction.class))
                            .merge(event.event().action(), 1, Integer::sum);
                }
            }
        }
        return byCouncil;
    }

    /** Suspensions and revocations by month of action, stacked by action; every month of the span present. */
    public Map<YearMonth, Map<EnforcementAction, Integer>> actionsByMonth(LocalDate from, LocalDate to) {
        Map<YearMonth, Map<EnforcementAction, Integer>> byMonth = new TreeMap<>();
        List<ScopedEvent> events = market.events(from, to).stream().filter(e -> e.event().putsWorkersAtRisk()).toList();
        events.forEach(e -> byMonth.computeIfAbsent(YearMonth.from(e.event().actionDate()),
                m -> new EnumMap<>(EnforcementAction.class)).merge(e.event().action(), 1, Integer::sum));
        if (!byMonth.isEmpty()) {
            YearMonth last = ((TreeMap<YearMonth, ?>) byMonth).lastKey();
            for (YearMonth m = ((TreeMap<YearMonth, ?>) byMonth).firstKey(); m.isBefore(last); m = m.plusMonths(1)) {
                byMonth.computeIfAbsent(m, x -> new EnumMap<>(EnforcementAction.class));
            }
        }
        return byMonth;
    }

    /** Workers affected by suspensions and revocations in the period, by council; councils by name. */
    public Map<String, Integer> workersByCouncil(LocalDate from, LocalDate to) {
        Map<String, Integer> byCouncil = new TreeMap<>();
        for (ScopedEvent event : market.events(from, to)) {
            Integer workers = event.event().workersAffected();
            if (event.event().putsWorkersAtRisk() && workers != null && workers > 0) {
                councilsHere(event).forEach(c -> byCouncil.merge(councilName.apply(c), workers, Integer::sum));
            }
        }
        return byCouncil;
    }

    /** Share of each council's adult social care locations run by sponsors, highest first. */
    public Map<String, Double> sponsorShareByCouncil() {
        Map<String, int[]> counts = new TreeMap<>();
        for (PlacedLocation placed : market.locations()) {
            int[] c = counts.computeIfAbsent(councilName.apply(placed.location().councilGssCode()), k -> new int[2]);
            c[0]++;
            if (placed.provider().isSponsor()) {
                c[1]++;
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, int[]> e) -> -share(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> shares.put(e.getKey(), share(e.getValue())));
        return shares;
    }

    private static double share(int[] locationsAndSponsors) {
        return (double) locationsAndSponsors[1] / locationsAndSponsors[0];
    }

    private List<String> councilsHere(ScopedEvent event) {
        return event.councilGssCodes().stream().filter(market.councils()::contains).sorted().toList();
    }
}
