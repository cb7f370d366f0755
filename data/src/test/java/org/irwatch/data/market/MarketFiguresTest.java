package org.irwatch.data.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Scope;
import org.irwatch.core.cqc.CareLocation;
import org.irwatch.core.demo.DemoDataGenerator;
import org.irwatch.core.demo.DemoDataSet;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.market.MarketFigure;
import org.irwatch.core.market.MarketLocation;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.PlacedLocation;
import org.irwatch.core.market.ScopedMarket;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.demo.JooqDemoDataRepository;
import org.irwatch.data.matching.JooqMatchInputs;
import org.irwatch.data.matching.JooqMatchRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Market screen's figures, and the lists behind them, over the demo read from the database, against counts
 * worked out here from the demo itself and the stored matches: which provider is a sponsor is matching's answer,
 * everything else is counted independently of {@link ScopedMarket}.
 */
class MarketFiguresTest {

    /** Figures counted here; REMOVED_SINCE_LAST waits for former sponsorships to be read. */
    private static final List<MarketFigure> COUNTED = List.of(MarketFigure.PROVIDERS, MarketFigure.LOCATIONS,
            MarketFigure.CARE_HOMES, MarketFigure.CARE_HOME_BEDS, MarketFigure.HOME_CARE, MarketFigure.SPONSORS,
            MarketFigure.UNCERTAIN_SPONSORS, MarketFigure.SPONSOR_LOCATIONS, MarketFigure.SPONSOR_CARE_HOMES,
            MarketFigure.SPONSOR_CARE_HOME_BEDS, MarketFigure.SPONSOR_HOME_CARE, MarketFigure.SUSPENDED_PROVIDERS,
            MarketFigure.SUSPENDED_LOCATIONS, MarketFigure.REVOKED_PROVIDERS, MarketFigure.REVOKED_LOCATIONS,
            MarketFigure.WORKERS_AT_RISK, MarketFigure.DOWNGRADED_SINCE_LAST, MarketFigure.BASED_ELSEWHERE);

    private final Database database = Database.inMemory();
    private final CouncilDirectory councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
    private final DemoDataSet demo = new DemoDataGenerator(councils).generate();
    private final MarketService market = new MarketService(councils, new JooqMarketRepository(database.dsl()),
            JooqMarketRows.assemblerOver(database.dsl()));
    private final MatchingService matching = new MatchingService(new JooqMatchInputs(database.dsl()),
            new JooqMatchRepository(database.dsl()), Clock.systemUTC());
    private final Council birmingham = councils.byGssCode("E08000025").orElseThrow();

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void emptyDatabaseShowsNoMarket() {
        ScopedMarket england = market.market(Scope.england());

        assertThat(MarketFigure.values()).allSatisfy(figure -> assertThat(england.value(figure)).isZero());
        assertThat(england.providers()).isEmpty();
        assertThat(england.dates().cqc()).isNull();
    }

    @Test
    void englandFiguresAreTheWholeDemo() {
        loadAndMatchDemo();

        ScopedMarket england = market.market(Scope.england());

        assertFigures(england, new Expected(location -> true, Set.copyOf(market.councilCodes(Scope.england()))));
        assertThat(england.value(MarketFigure.SPONSORS)).isPositive();
        assertThat(england.value(MarketFigure.UNCERTAIN_SPONSORS)).isPositive();
        assertThat(england.value(MarketFigure.SUSPENDED_PROVIDERS)).isPositive();
        assertThat(england.value(MarketFigure.REVOKED_PROVIDERS)).isPositive();
        assertThat(england.value(MarketFigure.WORKERS_AT_RISK)).isPositive();
        assertThat(england.value(MarketFigure.DOWNGRADED_SINCE_LAST)).isPositive();
        assertThat(england.value(MarketFigure.BASED_ELSEWHERE)).as("every home council is in England").isZero();
    }

    @Test
    void councilFiguresCountOnlyThatCouncilsLocations() {
        loadAndMatchDemo();

        ScopedMarket council = market.market(new Scope.CouncilScope(birmingham));

        assertFigures(council, new Expected(inCouncil(birmingham), Set.of(birmingham.gssCode())));
        assertThat(council.value(MarketFigure.LOCATIONS)).isPositive()
                .isLessThan(market.market(Scope.england()).value(MarketFigure.LOCATIONS));
        assertThat(council.value(MarketFigure.BASED_ELSEWHERE)).isPositive();
    }

    @Test
    void councilOutsideTheDemoRegionShowsNoMarket() {
        loadAndMatchDemo();
        Council camden = councils.byGssCode("E09000007").orElseThrow();

        ScopedMarket none = market.market(new Scope.CouncilScope(camden));

        assertThat(MarketFigure.values()).allSatisfy(figure -> assertThat(none.value(figure)).isZero());
        assertThat(none.dates().cqc()).as("the data dates are still known").isEqualTo(demo.cqcDate());
    }

    @Test
    void sharesAreOfTheirWhole() {
        loadAndMatchDemo();
        ScopedMarket council = market.market(new Scope.CouncilScope(birmingham));

        assertThat(council.share(MarketFigure.SPONSOR_CARE_HOME_BEDS, MarketFigure.CARE_HOME_BEDS))
                .isEqualTo((double) council.value(MarketFigure.SPONSOR_CARE_HOME_BEDS)
                        / council.value(MarketFigure.CARE_HOME_BEDS))
                .isBetween(0.01, 0.99);
    }

    @Test
    void theMarketIsReadAgainOnceMatchingHasRun() {
        new JooqDemoDataRepository(database.dsl()).load(demo, ProgressListener.NONE);
        assertThat(market.market(Scope.england()).value(MarketFigure.SPONSORS)).as("not matched yet").isZero();

        matching.matchLatest(ProgressListener.NONE);

        assertThat(market.market(Scope.england()).value(MarketFigure.SPONSORS)).isPositive();
        assertThat(market.market(Scope.england()).dates().matchedAt()).isNotNull();
    }

    private void assertFigures(ScopedMarket market, Expected expected) {
        for (MarketFigure figure : COUNTED) {
            assertThat(market.value(figure)).as(figure.label()).isEqualTo(expected.value(figure));
            switch (figure.level()) {
                case PROVIDERS -> assertThat(market.providersBehind(figure)).as(figure.label() + ", the list")
                        .extracting(MarketProvider::providerId)
                        .containsExactlyInAnyOrderElementsOf(expected.providers(figure));
                case LOCATIONS, BEDS -> assertThat(market.locationsBehind(figure)).as(figure.label() + ", the list")
                        .extracting(l -> l.location().locationId())
                        .containsExactlyInAnyOrderElementsOf(expected.locations(figure).stream()
                                .map(CareLocation::locationId).toList());
                case WORKERS -> assertThat(market.currentActions()).as("the actions behind the workers")
                        .extracting(e -> e.provider().providerId())
                        .containsExactlyInAnyOrderElementsOf(expected.atRisk());
            }
        }
        assertThat(market.locationsBehind(MarketFigure.LOCATIONS)).extracting(PlacedLocation::location)
                .extracting(MarketLocation::councilGssCode).allMatch(expected.councils::contains);
    }

    /** The demo's figures for one area, counted without the market classes. */
    private final class Expected {

        private final Set<String> councils;
        private final List<CareLocation> locations;
        private final Set<String> providers;
        /** Every provider matched to a register organisation and not rejected, sure or not. */
        private final Map<String, StoredMatch> sponsors = new HashMap<>();
        /** Providers matched at High or Confirmed: the only ones sponsor figures count. */
        private final Set<String> sure = new HashSet<>();
        private final Map<String, EnforcementEvent> newestEvent = new HashMap<>();
        private final Set<String> downgraded;

        Expected(Predicate<CareLocation> inScope, Set<String> councils) {
            this.councils = councils;
            this.locations = demo.locations().stream().filter(CareLocation::adultSocialCare).filter(inScope).toList();
            this.providers = locations.stream().map(CareLocation::providerId).collect(Collectors.toSet());
            Map<String, String> providerOfSponsor = new HashMap<>();
            for (StoredMatch match : matching.matches(null)) {
                if (match.isMatched() && match.band() != MatchBand.REJECTED) {
                    sponsors.put(match.providerId(), match);
                    if (match.band() == MatchBand.HIGH || match.band() == MatchBand.CONFIRMED) {
                        sure.add(match.providerId());
                    }
                    providerOfSponsor.put(match.sponsor().key(), match.providerId());
                }
            }
            for (EnforcementEvent event : demo.events()) {
                String provider = event.cqcProviderId() != null ? event.cqcProviderId()
                        : providerOfSponsor.get(event.sponsorKey());
                if (provider != null) {
                    newestEvent.merge(provider, event,
                            (a, b) -> b.actionDate().isAfter(a.actionDate()) ? b : a);
                }
            }
            Map<String, String> before = ratings(demo.registers().getFirst());
            Map<String, String> after = ratings(demo.registers().getLast());
            this.downgraded = after.entrySet().stream()
                    .filter(e -> e.getValue().contains("B") && !before.getOrDefault(e.getKey(), "B").contains("B"))
                    .map(e -> providerOfSponsor.get(e.getKey())).filter(Objects::nonNull).collect(Collectors.toSet());
        }

        int value(MarketFigure figure) {
            return switch (figure.level()) {
                case PROVIDERS -> expectedProviders(figure).size();
                case LOCATIONS -> locations(figure).size();
                case BEDS -> locations(figure).stream().map(CareLocation::beds).filter(Objects::nonNull)
                        .mapToInt(Integer::intValue).sum();
                case WORKERS -> atRisk().stream().mapToInt(p -> newestEvent.get(p).workersAffected()).sum();
            };
        }

        Set<String> providers(MarketFigure figure) {
            return expectedProviders(figure);
        }

        private Set<String> expectedProviders(MarketFigure figure) {
            Predicate<String> picked = switch (figure) {
                case PROVIDERS -> p -> true;
                case SPONSORS -> sure::contains;
                case UNCERTAIN_SPONSORS -> this::possibleSponsor;
                case SUSPENDED_PROVIDERS -> p -> status(p) == EnforcementAction.SUSPENDED;
                case REVOKED_PROVIDERS -> p -> status(p) == EnforcementAction.REVOKED;
                case DOWNGRADED_SINCE_LAST -> p -> downgraded.contains(p) && !possibleSponsor(p);
                case BASED_ELSEWHERE -> p -> !councils.contains(homeCouncil(p));
                default -> throw new IllegalArgumentException(figure.name());
            };
            return providers.stream().filter(picked).collect(Collectors.toSet());
        }

        List<CareLocation> locations(MarketFigure figure) {
            Predicate<CareLocation> picked = switch (figure) {
                case LOCATIONS -> l -> true;
                case CARE_HOMES, CARE_HOME_BEDS -> CareLocation::careHome;
                case HOME_CARE -> CareLocation::homeCare;
                case SPONSOR_LOCATIONS -> l -> sure.contains(l.providerId());
                case SPONSOR_CARE_HOMES, SPONSOR_CARE_HOME_BEDS -> l -> sure.contains(l.providerId()) && l.careHome();
                case SPONSOR_HOME_CARE -> l -> sure.contains(l.providerId()) && l.homeCare();
                case SUSPENDED_LOCATIONS -> l -> status(l.providerId()) == EnforcementAction.SUSPENDED;
                case REVOKED_LOCATIONS -> l -> status(l.providerId()) == EnforcementAction.REVOKED;
                default -> throw new IllegalArgumentException(figure.name());
            };
            return locations.stream().filter(picked).toList();
        }

        private boolean possibleSponsor(String providerId) {
            return sponsors.containsKey(providerId)
                    && Set.of(MatchBand.MEDIUM, MatchBand.LOW).contains(sponsors.get(providerId).band());
        }

        /** Providers here whose newest event is a suspension or revocation. */
        Set<String> atRisk() {
            return providers.stream().filter(p -> status(p) == EnforcementAction.SUSPENDED
                    || status(p) == EnforcementAction.REVOKED).collect(Collectors.toSet());
        }

        private EnforcementAction status(String providerId) {
            EnforcementEvent event = newestEvent.get(providerId);
            return event == null ? null : event.action();
        }

        /** The council with most of the provider's locations anywhere, the lower code on a tie. */
        private String homeCouncil(String providerId) {
            Map<String, Long> counts = new TreeMap<>(demo.locations().stream()
                    .filter(l -> l.providerId().equals(providerId) && l.adultSocialCare())
                    .collect(Collectors.groupingBy(CareLocation::councilGssCode, Collectors.counting())));
            return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        }
    }

    private static Map<String, String> ratings(DemoDataSet.RegisterRelease release) {
        Map<String, String> ratings = new HashMap<>();
        release.organisations().forEach(o -> ratings.put(o.key(), o.ratingSummary()));
        return ratings;
    }

    private void loadAndMatchDemo() {
        new JooqDemoDataRepository(database.dsl()).load(demo, ProgressListener.NONE);
        matching.matchLatest(ProgressListener.NONE);
    }

    private static Predicate<CareLocation> inCouncil(Council council) {
        return location -> location.councilGssCode().equals(council.gssCode());
    }
}
