package org.irwatch.data.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Scope;
import org.irwatch.core.demo.DemoDataGenerator;
import org.irwatch.core.demo.DemoDataSet;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.market.MarketData;
import org.irwatch.core.market.MarketFigure;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.ScopedMarket;
import org.irwatch.core.market.WatchListEntry;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.core.register.OrganisationKey;
import org.irwatch.core.register.SponsorOrganisation;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.demo.JooqDemoDataRepository;
import org.irwatch.data.events.JooqEventRepository;
import org.irwatch.data.matching.JooqMatchInputs;
import org.irwatch.data.matching.JooqMatchRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The market over the demo, matched: removed sponsors, workers of the licence actions in force, the watch list, and
 * reading again when an event arrives. MarketFiguresTest checks the location and sponsor figures.
 */
class MarketOnDemoTest {

    private final Database database = Database.inMemory();
    private final CouncilDirectory councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
    private final DemoDataSet demo = new DemoDataGenerator(councils).generate();
    private final JooqMatchRepository matches = new JooqMatchRepository(database.dsl());
    private final MarketService market = new MarketService(councils, new JooqMarketRepository(database.dsl()),
            JooqMarketRows.assemblerOver(database.dsl()));

    @BeforeEach
    void loadAndMatch() {
        new JooqDemoDataRepository(database.dsl()).load(demo, ProgressListener.NONE);
        new MatchingService(new JooqMatchInputs(database.dsl()), matches,
                Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC)).matchLatest(ProgressListener.NONE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void sponsorsThatLeftTheNewestRegisterAreKnownAsRemoved() {
        Set<String> left = keys(demo.registers().get(0).organisations());
        left.removeAll(keys(demo.registers().get(1).organisations()));

        ScopedMarket england = market.market(Scope.england());

        assertThat(england.providersBehind(MarketFigure.REMOVED_SINCE_LAST)).isNotEmpty()
                .allSatisfy(p -> assertThat(left).contains(p.formerSponsor().key()));
        assertThat(england.providersBehind(MarketFigure.DOWNGRADED_SINCE_LAST)).isNotEmpty()
                .allMatch(p -> p.isSponsor() && p.hasBRating());
    }

    @Test
    void workersAreThoseOfEachSponsorsNewestSuspensionOrRevocation() {
        ScopedMarket england = market.market(Scope.england());

        assertThat(england.currentActions()).isNotEmpty()
                .allMatch(e -> e.event().action() == EnforcementAction.SUSPENDED
                        || e.event().action() == EnforcementAction.REVOKED);
        assertThat(england.value(MarketFigure.WORKERS_AT_RISK)).isPositive().isEqualTo(england.currentActions().stream()
                .mapToInt(e -> e.event().workersAffected()).sum());
        assertThat(england.value(MarketFigure.SUSPENDED_PROVIDERS) + england.value(MarketFigure.REVOKED_PROVIDERS))
                .isPositive().isLessThanOrEqualTo(england.currentActions().size());
    }

    @Test
    void theWatchListIsRankedAndEachScoreIsTheSumOfItsFactors() {
        List<WatchListEntry> watchList = market.watchList(Scope.england());

        assertThat(watchList).isNotEmpty();
        assertThat(watchList).extracting(WatchListEntry::toReview).as("sure sponsors before possible ones")
                .isSorted();
        assertThat(watchList.stream().filter(e -> !e.toReview())).extracting(e -> e.score().total())
                .isSortedAccordingTo((a, b) -> b - a);
        assertThat(watchList.stream().filter(WatchListEntry::toReview)).extracting(e -> e.score().total())
                .isSortedAccordingTo((a, b) -> b - a);
        assertThat(watchList).allSatisfy(e -> assertThat(e.score().total()).isPositive()
                .isEqualTo(e.score().factors().stream().mapToInt(f -> f.points()).sum()));
        assertThat(watchList.getFirst().score().summary()).containsAnyOf("Revoked", "Suspended", "Removed");
    }

    @Test
    void aNewEventIsSeenWithoutBeingToldAndTheSameDataIsNotReadTwice() {
        MarketData before = market.data();
        assertThat(market.data()).isSameAs(before);

        database.dsl().transaction(configuration -> JooqEventRepository.insert(org.jooq.impl.DSL.using(configuration),
                new EnforcementEvent(null, "NEW CARE LTD", "Walsall", null, null, EnforcementAction.REVOKED,
                        LocalDate.of(2026, 11, 2), null, 7, "Home Office notice", "", Set.of("E08000030"), "officer",
                        Instant.parse("2026-11-03T09:00:00Z")), false));

        MarketData after = market.data();
        assertThat(after).isNotSameAs(before);
        assertThat(after.events()).hasSize(before.events().size() + 1);
    }

    private static Set<String> keys(List<SponsorOrganisation> organisations) {
        return organisations.stream().map(o -> OrganisationKey.of(o.name(), o.town()))
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
