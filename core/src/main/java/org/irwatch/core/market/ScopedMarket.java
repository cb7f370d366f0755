package org.irwatch.core.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.register.OrganisationKey;
import org.irwatch.core.register.RegisterChange;

/**
 * The market of one area (a council, a region, a partnership or England): its providers and locations, figures, events and
 * register changes. Built from {@link MarketData} in memory, so switching area is quick.
 */
public final class ScopedMarket {

    private final MarketData data;
    private final Set<String> councils;
    private final String label;
    private final List<MarketProvider> providers;
    private final List<PlacedLocation> locations;
    private final List<ScopedEvent> currentActions;
    private final Map<MarketFigure, Integer> figures = new EnumMap<>(MarketFigure.class);

    public ScopedMarket(MarketData data, Set<String> councils, String label) {
        this.data = data;
        this.councils = Set.copyOf(councils);
        this.label = label;
        this.providers = data.providersIn(this.councils);
        List<PlacedLocation> placed = new ArrayList<>();
        for (MarketProvider provider : providers) {
            for (MarketLocation location : provider.locations()) {
                if (this.councils.contains(location.councilGssCode())) {
                    placed.add(new PlacedLocation(location, provider));
                }
            }
        }
        this.locations = List.copyOf(placed);
        this.currentActions = currentActions(data.events(), this.councils);
        for (MarketFigure figure : MarketFigure.values()) {
            figures.put(figure, count(figure));
        }
    }

    public String label() {
        return label;
    }

    public Set<String> councils() {
        return councils;
    }

    public DataDates dates() {
        return data.dates();
    }

    public MarketData data() {
        return data;
    }

    /** Providers with an adult social care location here, by name. */
    public List<MarketProvider> providers() {
        return providers;
    }

    /** Adult social care locations here, by provider name. */
    public List<PlacedLocation> locations() {
        return locations;
    }

    /**
     * The figure's count. A figure {@link #isMissing missing} from the data held counts 0 here, which means nothing:
     * views show {@link #figure} instead.
     */
    public int value(MarketFigure figure) {
        return figures.get(figure);
    }

    /**
     * The figure as views show it: value and share, or missing when the CQC file lacked its source column or the
     * figure counts sponsors and nothing is matched yet.
     */
    public FigureValue figure(MarketFigure figure) {
        Optional<WhyMissing> why = whyMissing(figure);
        if (why.isPresent()) {
            return FigureValue.missing(figure, why.get());
        }
        Double share = FigureShare.wholeOf(figure).filter(whole -> !isMissing(whole))
                .map(whole -> share(figure, whole)).orElse(null);
        return FigureValue.of(figure, value(figure), share);
    }

    /** Every figure in {@link MarketFigure} order, as {@link #figure} gives it. */
    public List<FigureValue> figures() {
        return Arrays.stream(MarketFigure.values()).map(this::figure).toList();
    }

    /** Whether the data held cannot give the figure; see {@link #whyMissing}. */
    public boolean isMissing(MarketFigure figure) {
        return whyMissing(figure).isPresent();
    }

    /**
     * Why the data held cannot give the figure: the newest CQC file had no column to count it from (beds in the
     * search export), or it counts sponsors and no match has been stored (the window's first match after an import
     * from the command line is still running, say).
     */
    public Optional<WhyMissing> whyMissing(MarketFigure figure) {
        if (figure.sourceColumn().filter(column -> !data.holds(column)).isPresent()) {
            return Optional.of(WhyMissing.NOT_IN_FILE);
        }
        if (figure.countsSponsors() && data.dates().matchedAt() == null) {
            return Optional.of(WhyMissing.NOT_MATCHED);
        }
        return Optional.empty();
    }

    /** {@code part} as a share of {@code whole}, 0..1; 0 when the whole is 0. */
    public double share(MarketFigure part, MarketFigure whole) {
        int total = value(whole);
        return total == 0 ? 0 : (double) value(part) / total;
    }

    /** The providers behind a provider figure. */
    public List<MarketProvider> providersBehind(MarketFigure figure) {
        requireLevel(figure, figure.level() == MarketFigure.Level.PROVIDERS);
        return providers.stream().filter(p -> figure.picks(p, null, councils)).toList();
    }

    /** The locations behind a location or bed figure. */
    public List<PlacedLocation> locationsBehind(MarketFigure figure) {
        requireLevel(figure, figure.listsLocations());
        return locations.stream().filter(l -> figure.picks(l.provider(), l.location(), councils)).toList();
    }

    /**
     * The suspensions and revocations in force that touch this area: for each sponsor, its newest event when that is
     * a suspension or revocation. The workers figures are the sums of their workers affected, suspended and revoked
     * apart (and a labelled total).
     */
    public List<ScopedEvent> currentActions() {
        return currentActions;
    }

    /**
     * The suspensions and revocations touching this area in the period, each sponsor once under its latest; either
     * end may be null (open). See {@link AreaActions}.
     */
    public AreaActions actionsIn(LocalDate from, LocalDate to) {
        return AreaActions.of(events(from, to), from, to);
    }

    /** The suspensions and revocations in force behind a workers figure: those of the figure's actions. */
    public List<ScopedEvent> actionsBehind(MarketFigure figure) {
        requireLevel(figure, figure.level() == MarketFigure.Level.WORKERS);
        return currentActions.stream().filter(e -> figure.counts(e.event().action())).toList();
    }

    /** Events touching this area with an action date in the period; either end may be null (open). */
    public List<ScopedEvent> events(LocalDate from, LocalDate to) {
        return data.events().stream()
                .filter(e -> e.touches(councils))
                .filter(e -> from == null || !e.event().actionDate().isBefore(from))
                .filter(e -> to == null || !e.event().actionDate().isAfter(to))
                .toList();
    }

    /**
     * The IDs of the events a list of this area's events shows: those affecting it ({@link #events}), and those placed
     * in no council at all (naming none, their sponsor linked to no provider), which no area would list otherwise.
     */
    public Set<Long> eventsToList() {
        Set<Long> ids = new HashSet<>();
        data.events().stream().filter(e -> e.touches(councils) || e.councilGssCodes().isEmpty())
                .forEach(e -> ids.add(e.event().id()));
        return ids;
    }

    /** The register's changes between its two newest snapshots to the sponsors of providers here. */
    public List<ProviderChange> registerChanges() {
        List<ProviderChange> changes = new ArrayList<>();
        for (MarketProvider provider : providers) {
            for (RegisterChange change : provider.registerChanges()) {
                changes.add(new ProviderChange(provider, change));
            }
        }
        return changes;
    }

    /**
     * Of these register changes (between any two snapshots), those to this area's sponsors: the organisations surely
     * matched (High or Confirmed) to a provider with a location here, and those such a provider's sponsor was until
     * it left the newest register. As with every sponsor figure, possible (Medium or Low) matches are not counted.
     */
    public List<RegisterChange> changesToSponsorsHere(Collection<RegisterChange> changes) {
        Set<String> sponsors = new HashSet<>();
        for (MarketProvider provider : providers) {
            if (provider.isSponsor()) {
                sponsors.add(provider.match().sponsor().key());
            }
            if (provider.formerSponsor() != null) {
                sponsors.add(provider.formerSponsor().key());
            }
        }
        return changes.stream()
                .filter(change -> sponsors.contains(OrganisationKey.of(change.organisationName(), change.town())))
                .toList();
    }

    /** A register change with the provider whose sponsor it is. */
    public record ProviderChange(MarketProvider provider, RegisterChange change) {
    }

    /**
     * Locations here by CQC rating, sure sponsors' and the others' apart (possible sponsors among the others). When
     * the CQC file held no ratings every location counts as Not rated, which means nothing: check
     * {@code data().holds(CqcColumn.RATINGS)} first.
     */
    public RatingsMix ratingsMix() {
        Map<OverallRating, Integer> sponsors = new EnumMap<>(OverallRating.class);
        Map<OverallRating, Integer> others = new EnumMap<>(OverallRating.class);
        locationsByRating().forEach((rating, rated) -> {
            sponsors.put(rating, rated.sponsors().size());
            others.put(rating, rated.others().size());
        });
        return new RatingsMix(Collections.unmodifiableMap(sponsors), Collections.unmodifiableMap(others));
    }

    /** The locations of each rating, sponsors' apart from others', in the area's order; every rating present. */
    public Map<OverallRating, RatedLocations> locationsByRating() {
        Map<OverallRating, List<PlacedLocation>> sponsors = new EnumMap<>(OverallRating.class);
        Map<OverallRating, List<PlacedLocation>> others = new EnumMap<>(OverallRating.class);
        for (OverallRating rating : OverallRating.values()) {
            sponsors.put(rating, new ArrayList<>());
            others.put(rating, new ArrayList<>());
        }
        for (PlacedLocation placed : locations) {
            (placed.provider().isSponsor() ? sponsors : others).get(placed.location().rating()).add(placed);
        }
        Map<OverallRating, RatedLocations> byRating = new EnumMap<>(OverallRating.class);
        for (OverallRating rating : OverallRating.values()) {
            byRating.put(rating, new RatedLocations(sponsors.get(rating), others.get(rating)));
        }
        return byRating;
    }

    /** The locations of one rating run by sponsors, and by other providers. */
    public record RatedLocations(List<PlacedLocation> sponsors, List<PlacedLocation> others) {
        public RatedLocations {
            sponsors = List.copyOf(sponsors);
            others = List.copyOf(others);
        }
    }

    /** Location counts by rating; every rating present, 0 when none. */
    public record RatingsMix(Map<OverallRating, Integer> sponsors, Map<OverallRating, Integer> others) {
    }

    private int count(MarketFigure figure) {
        return switch (figure.level()) {
            case PROVIDERS -> providersBehind(figure).size();
            case LOCATIONS -> locationsBehind(figure).size();
            case BEDS -> locationsBehind(figure).stream().mapToInt(l -> l.location().beds()).sum();
            case WORKERS -> AreaActions.workers(actionsBehind(figure));
        };
    }

    private static List<ScopedEvent> currentActions(List<ScopedEvent> newestFirst, Set<String> councils) {
        Set<String> seen = new HashSet<>();
        List<ScopedEvent> current = new ArrayList<>();
        for (ScopedEvent event : newestFirst) {
            if (seen.add(event.sponsorIdentity()) && event.event().putsWorkersAtRisk() && event.touches(councils)) {
                current.add(event);
            }
        }
        return List.copyOf(current);
    }

    private static void requireLevel(MarketFigure figure, boolean ok) {
        if (!ok) {
            throw new IllegalArgumentException(figure + " does not list that kind of row");
        }
    }
}
