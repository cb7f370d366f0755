package org.irwatch.core.market;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
 * a rule of its own. The action charts count every suspension and revocation recorded (a sponsor suspended in
 * October and revoked in November is in both months); the workers chart counts each sponsor once in the period, under
 * its latest action ({@link AreaActions}). An event affecting several councils counts once in each of them, so the
 * workers' bars by council are each an upper bound and never added up: a notice does not say where the workers work.
 * The counts by council name serve the workbook and are made from the same bars.
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

    /** What a chart of events says when the period has none. */
    public static final String NO_ACTIONS = "No suspensions or revocations recorded in this period.";
    public static final String NO_WORKERS = "No workers affected are recorded in this period.";
    /** What a bar of workers by council stands for: every worker of a sponsor with a location in the council. */
    public static final String WORKERS_BY_COUNCIL = "Workers at sponsors with locations in the council";
    public static final String WORKERS_BY_COUNCIL_NOTE = "An upper bound for each council: a sponsor's workers count "
            + "in every council where it has a location, since a notice does not say where they work. Do not add "
            + "these up; the area's total counts each sponsor once.";
    public static final String NO_LOCATIONS = "No locations in the area.";
    /** The sponsor share chart before the register has been matched to the CQC data: no share is known. */
    public static final String NOT_MATCHED = "The register has not been matched to the CQC data yet, so no provider is "
            + "known to be a sponsor. The share follows once the match in the status bar has finished.";
    public static final String NO_RATINGS = "CQC ratings are not in this file — the HSCA Active Locations "
            + "spreadsheet gives them.";

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

    /**
     * Suspensions and revocations by council (GSS code, councils by name), one bar per action present; past twenty
     * councils, the most and fewest around the others' bar (see {@link CouncilBars}).
     */
    public CouncilBars<Map<EnforcementAction, ChartBar<ScopedEvent>>> actionBarsByCouncil(LocalDate from,
                                                                                         LocalDate to) {
        Map<String, Map<EnforcementAction, List<ScopedEvent>>> byCouncil = new HashMap<>();
        for (ScopedEvent event : atRisk(from, to)) {
            for (String council : councilsHere(event)) {
                byCouncil.computeIfAbsent(council, c -> new EnumMap<>(EnforcementAction.class))
                        .computeIfAbsent(event.event().action(), a -> new ArrayList<>()).add(event);
            }
        }
        return CouncilBars.of(byCouncil, byName(), actions -> actions.values().stream().mapToInt(List::size).sum(),
                MarketCharts::byActionOnce, MarketCharts::counting);
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

    /**
     * Workers at sponsors suspended or revoked in the period with locations in each council (GSS code, councils by
     * name): each an upper bound, never to be added up ({@link #WORKERS_BY_COUNCIL_NOTE}); past twenty councils, the
     * most and fewest around the others' bar (see {@link CouncilBars}), whose value counts each event once.
     */
    public CouncilBars<ChartBar<ScopedEvent>> workerBarsByCouncil(LocalDate from, LocalDate to) {
        Map<String, List<ScopedEvent>> byCouncil = new HashMap<>();
        for (ScopedEvent event : market.actionsIn(from, to).all()) {
            Integer workers = event.event().workersAffected();
            if (workers != null && workers > 0) {
                councilsHere(event).forEach(c -> byCouncil.computeIfAbsent(c, x -> new ArrayList<>()).add(event));
            }
        }
        return CouncilBars.of(byCouncil, byName(), MarketCharts::workers, MarketCharts::once,
                events -> new ChartBar<>(workers(events), events));
    }

    /**
     * Share of each council's adult social care locations run by sponsors, highest first (GSS code); the items are
     * the sponsors' locations. Past twenty councils, the highest and lowest around one bar of the others' locations
     * taken together (see {@link CouncilBars}).
     */
    public CouncilBars<ChartBar<PlacedLocation>> sponsorShareBarsByCouncil() {
        Map<String, List<PlacedLocation>> all = new HashMap<>();
        market.locations().forEach(placed -> all.computeIfAbsent(placed.location().councilGssCode(),
                c -> new ArrayList<>()).add(placed));
        Comparator<String> highestFirst = Comparator.comparingDouble((String c) -> -sponsorShare(all.get(c)))
                .thenComparing(byName());
        return CouncilBars.of(all, highestFirst, MarketCharts::sponsorShare,
                groups -> groups.stream().flatMap(List::stream).toList(),
                locations -> new ChartBar<>(sponsorShare(locations),
                        locations.stream().filter(l -> l.provider().isSponsor()).toList()));
    }

    /** Whether the CQC data held has ratings at all; without them every location would read "Not rated". */
    public boolean ratingsHeld() {
        return market.data().holds(CqcColumn.RATINGS);
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
        CouncilBars<Map<EnforcementAction, ChartBar<ScopedEvent>>> bars = actionBarsByCouncil(from, to);
        bars.bars().forEach((council, bar) -> byName.put(bars.label(council, councilName), counts(bar)));
        return byName;
    }

    /** Suspensions and revocations by month of action, stacked by action; every month of the span present. */
    public Map<YearMonth, Map<EnforcementAction, Integer>> actionsByMonth(LocalDate from, LocalDate to) {
        Map<YearMonth, Map<EnforcementAction, Integer>> byMonth = new LinkedHashMap<>();
        actionBarsByMonth(from, to).forEach((month, bars) -> byMonth.put(month, counts(bars)));
        return byMonth;
    }

    /** {@link #workerBarsByCouncil} by council name: upper bounds, never to be added up. */
    public Map<String, Integer> workersByCouncil(LocalDate from, LocalDate to) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        CouncilBars<ChartBar<ScopedEvent>> bars = workerBarsByCouncil(from, to);
        bars.bars().forEach((council, bar) -> byName.put(bars.label(council, councilName), bar.value().intValue()));
        return byName;
    }

    /** Share of each council's adult social care locations run by sponsors, highest first. */
    public Map<String, Double> sponsorShareByCouncil() {
        Map<String, Double> byName = new LinkedHashMap<>();
        CouncilBars<ChartBar<PlacedLocation>> bars = sponsorShareBarsByCouncil();
        bars.bars().forEach((council, bar) -> byName.put(bars.label(council, councilName),
                bar.value().doubleValue()));
        return byName;
    }

    private List<ScopedEvent> atRisk(LocalDate from, LocalDate to) {
        return market.events(from, to).stream().filter(e -> e.event().putsWorkersAtRisk()).toList();
    }

    private List<String> councilsHere(ScopedEvent event) {
        return event.councilGssCodes().stream().filter(market.councils()::contains).sorted().toList();
    }

    private Comparator<String> byName() {
        return Comparator.comparing(councilName).thenComparing(Comparator.naturalOrder());
    }

    private static double sponsorShare(List<PlacedLocation> locations) {
        return (double) locations.stream().filter(l -> l.provider().isSponsor()).count() / locations.size();
    }

    private static int workers(List<ScopedEvent> events) {
        return events.stream().mapToInt(e -> e.event().workersAffected()).sum();
    }

    /** Several councils' events as one list, an event touching two of them once. */
    private static List<ScopedEvent> once(List<List<ScopedEvent>> groups) {
        return groups.stream().flatMap(List::stream).distinct().toList();
    }

    private static Map<EnforcementAction, List<ScopedEvent>> byActionOnce(
            List<Map<EnforcementAction, List<ScopedEvent>>> groups) {
        Map<EnforcementAction, List<List<ScopedEvent>>> byAction = new EnumMap<>(EnforcementAction.class);
        groups.forEach(g -> g.forEach((action, events) -> byAction.computeIfAbsent(action, a -> new ArrayList<>())
                .add(events)));
        Map<EnforcementAction, List<ScopedEvent>> merged = new EnumMap<>(EnforcementAction.class);
        byAction.forEach((action, lists) -> merged.put(action, once(lists)));
        return merged;
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
