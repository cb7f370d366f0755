package org.irwatch.core.market;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.events.EnforcementAction;

/**
 * The series the charts draw, for one area and period: each bar keyed by what it stands for (a council's GSS code,
 * a month, a rating) and carrying the events or locations behind it, so the screen lists what a bar counted without
 * a rule of its own. An event affecting several councils counts once in each of them, as it does on the Power BI
 * dashboard this replaces. The counts by council name serve the workbook and are made from the same bars.
 */
public final class MarketCharts {

    /** The two groups the ratings chart sets side by side. */
    public enum Group {
        SPONSORS("Sponsors"),
        OTHERS("Other providers");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final ScopedMarket market;
    private final Function<String, String> councilName;

    /** @param councilName the council's name from its GSS code */
    public MarketCharts(ScopedMarket market, Function<String, String> councilName) {
        this.market = market;
        this.councilName = councilName;
    }

    /** The council's name, as the charts label its bars. */
    public String councilName(String gssCode) {
        return councilName.apply(gssCode);
    }

    /** Suspensions and revocations by council (GSS code, councils by name), one bar per action present. */
    public Map<String, Map<EnforcementAction, ChartBar<ScopedEvent>>> actionBarsByCouncil(LocalDate from,
                                                                                           LocalDate to) {
        Map<String, Map<EnforcementAction, List<ScopedEvent>>> byCouncil = new HashMap<>();
        for (ScopedEvent event : atRisk(from, to)) {
            for (String council : councilsHere(event)) {
                byCouncil.computeIfAbsent(council, c -> new EnumMap<>(EnforcementAction.class))
                        .computeIfAbsent(event.event().action(), a -> new ArrayList<>()).add(event);
            }
        }
        Map<String, Map<EnforcementAction, ChartBar<ScopedEvent>>> bars = new LinkedHashMap<>();
        inNameOrder(byCouncil.keySet()).forEach(council -> bars.put(council, counting(byCouncil.get(council))));
        return bars;
    }

    /** Suspensions and revocations by month of action, one bar per action present; every month of the span. */
    public Map<YearMonth, Map<EnforcementAction, ChartBar<ScopedEvent>>> actionBarsByMonth(LocalDate from,
                                                                                            LocalDate to) {
        TreeMap<YearMonth, Map<EnforcementAction, List<ScopedEvent>>> byMonth = new TreeMap<>();
        atRisk(from, to).forEach(e -> byMonth.computeIfAbsent(YearMonth.from(e.event().actionDate()),
                m -> new EnumMap<>(EnforcementAction.class)).computeIfAbsent(e.event().action(),
                a -> new ArrayList<>()).add(e));
        if (!byMonth.isEmpty()) {
            for (YearMonth m = byMonth.firstKey(); m.isBefore(byMonth.lastKey()); m = m.plusMonths(1)) {
                byMonth.computeIfAbsent(m, x -> new EnumMap<>(EnforcementAction.class));
            }
        }
        Map<YearMonth, Map<EnforcementAction, ChartBar<ScopedEvent>>> bars = new LinkedHashMap<>();
        byMonth.forEach((month, events) -> bars.put(month, counting(events)));
        return bars;
    }

    /** Workers affected by suspensions and revocations in the period, by council (GSS code, councils by name). */
    public Map<String, ChartBar<ScopedEvent>> workerBarsByCouncil(LocalDate from, LocalDate to) {
        Map<String, List<ScopedEvent>> byCouncil = new HashMap<>();
        for (ScopedEvent event : atRisk(from, to)) {
            Integer workers = event.event().workersAffected();
            if (workers != null && workers > 0) {
                councilsHere(event).forEach(c -> byCouncil.computeIfAbsent(c, x -> new ArrayList<>()).add(event));
            }
        }
        Map<String, ChartBar<ScopedEvent>> bars = new LinkedHashMap<>();
        inNameOrder(byCouncil.keySet()).forEach(council -> bars.put(council, new ChartBar<>(
                byCouncil.get(council).stream().mapToInt(e -> e.event().workersAffected()).sum(),
                byCouncil.get(council))));
        return bars;
    }

    /**
     * Share of each council's adult social care locations run by sponsors, highest first (GSS code); the items are
     * the sponsors' locations.
     */
    public Map<String, ChartBar<PlacedLocation>> sponsorShareBarsByCouncil() {
        Map<String, List<PlacedLocation>> all = new HashMap<>();
        market.locations().forEach(placed -> all.computeIfAbsent(placed.location().councilGssCode(),
                c -> new ArrayList<>()).add(placed));
        Map<String, ChartBar<PlacedLocation>> bars = new LinkedHashMap<>();
        all.forEach((council, locations) -> {
            List<PlacedLocation> sponsors = locations.stream().filter(l -> l.provider().isSponsor()).toList();
            bars.put(council, new ChartBar<>((double) sponsors.size() / locations.size(), sponsors));
        });
        Map<String, ChartBar<PlacedLocation>> sorted = new LinkedHashMap<>();
        bars.keySet().stream().sorted(Comparator.comparingDouble((String c) -> -bars.get(c).value().doubleValue())
                .thenComparing(councilName).thenComparing(Comparator.naturalOrder()))
                .forEach(c -> sorted.put(c, bars.get(c)));
        return sorted;
    }

    /** Locations by CQC rating, sponsors' beside the others'; every rating and both groups present. */
    public Map<OverallRating, Map<Group, ChartBar<PlacedLocation>>> ratingBars() {
        Map<OverallRating, Map<Group, ChartBar<PlacedLocation>>> bars = new EnumMap<>(OverallRating.class);
        market.locationsByRating().forEach((rating, rated) -> {
            Map<Group, ChartBar<PlacedLocation>> groups = new EnumMap<>(Group.class);
            groups.put(Group.SPONSORS, ChartBar.counting(rated.sponsors()));
            groups.put(Group.OTHERS, ChartBar.counting(rated.others()));
            bars.put(rating, groups);
        });
        return bars;
    }

    /** Suspensions and revocations by council, stacked by action; councils by name. */
    public Map<String, Map<EnforcementAction, Integer>> actionsByCouncil(LocalDate from, LocalDate to) {
        Map<String, Map<EnforcementAction, Integer>> byName = new LinkedHashMap<>();
        actionBarsByCouncil(from, to).forEach((council, bars) -> byName.put(councilName(council), counts(bars)));
        return byName;
    }

    /** Suspensions and revocations by month of action, stacked by action; every month of the span present. */
    public Map<YearMonth, Map<EnforcementAction, Integer>> actionsByMonth(LocalDate from, LocalDate to) {
        Map<YearMonth, Map<EnforcementAction, Integer>> byMonth = new LinkedHashMap<>();
        actionBarsByMonth(from, to).forEach((month, bars) -> byMonth.put(month, counts(bars)));
        return byMonth;
    }

    /** Workers affected by suspensions and revocations in the period, by council; councils by name. */
    public Map<String, Integer> workersByCouncil(LocalDate from, LocalDate to) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        workerBarsByCouncil(from, to).forEach((council, bar) -> byName.put(councilName(council),
                bar.value().intValue()));
        return byName;
    }

    /** Share of each council's adult social care locations run by sponsors, highest first. */
    public Map<String, Double> sponsorShareByCouncil() {
        Map<String, Double> byName = new LinkedHashMap<>();
        sponsorShareBarsByCouncil().forEach((council, bar) -> byName.put(councilName(council),
                bar.value().doubleValue()));
        return byName;
    }

    private List<ScopedEvent> atRisk(LocalDate from, LocalDate to) {
        return market.events(from, to).stream().filter(e -> e.event().putsWorkersAtRisk()).toList();
    }

    private List<String> councilsHere(ScopedEvent event) {
        return event.councilGssCodes().stream().filter(market.councils()::contains).sorted().toList();
    }

    private List<String> inNameOrder(Collection<String> gssCodes) {
        return gssCodes.stream().sorted(Comparator.comparing(councilName).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static Map<EnforcementAction, ChartBar<ScopedEvent>> counting(
            Map<EnforcementAction, List<ScopedEvent>> byAction) {
        Map<EnforcementAction, ChartBar<ScopedEvent>> bars = new EnumMap<>(EnforcementAction.class);
        byAction.forEach((action, events) -> bars.put(action, ChartBar.counting(events)));
        return bars;
    }

    private static Map<EnforcementAction, Integer> counts(Map<EnforcementAction, ChartBar<ScopedEvent>> bars) {
        Map<EnforcementAction, Integer> counts = new EnumMap<>(EnforcementAction.class);
        bars.forEach((action, bar) -> counts.put(action, bar.value().intValue()));
        return counts;
    }
}
