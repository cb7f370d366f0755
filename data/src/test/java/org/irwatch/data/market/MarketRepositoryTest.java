package org.irwatch.data.market;

import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Scope;
import org.irwatch.core.cqc.CareLocation;
import org.irwatch.core.cqc.CareProvider;
import org.irwatch.core.demo.DemoDataGenerator;
import org.irwatch.core.demo.DemoDataSet;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.ProviderLocation;
import org.irwatch.core.market.ProviderSummary;
import org.irwatch.core.market.RegisterEntry;
import org.irwatch.core.register.SponsorOrganisation;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.demo.JooqDemoDataRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Provider lists and single providers over the demo, against what the demo itself holds. */
class MarketRepositoryTest {

    private final Database database = Database.inMemory();
    private final CouncilDirectory councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
    private final DemoDataSet demo = new DemoDataGenerator(councils).generate();
    private final MarketService market = new MarketService(councils, new JooqMarketRepository(database.dsl()),
            JooqMarketRows.assemblerOver(database.dsl()));
    private final Council birmingham = councils.byGssCode("E08000025").orElseThrow();

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void emptyDatabaseListsNoProviders() {
        assertThat(market.providers(Scope.england())).isEmpty();
    }

    @Test
    void councilProviderListShowsOnlyProvidersWithALocationThere() {
        loadDemo();
        Map<String, List<CareLocation>> inBirmingham = demo.locations().stream().filter(inCouncil(birmingham))
                .collect(groupingBy(CareLocation::providerId));

        List<ProviderSummary> listed = market.providers(new Scope.CouncilScope(birmingham));

        assertThat(listed).extracting(ProviderSummary::providerId)
                .containsExactlyInAnyOrderElementsOf(inBirmingham.keySet());
        assertThat(listed).extracting(ProviderSummary::name).isSorted();
        assertThat(listed).allSatisfy(provider -> {
            List<CareLocation> there = inBirmingham.get(provider.providerId());
            assertThat(provider.name()).isEqualTo(providerName(provider.providerId()));
            assertThat(provider.locationsInScope()).isEqualTo(there.size());
            assertThat(provider.locationsEverywhere()).isEqualTo(demo.locations().stream()
                    .filter(l -> l.providerId().equals(provider.providerId())).count());
            assertThat(provider.careHomeBeds()).isEqualTo(beds(there));
            assertThat(provider.councils()).isEqualTo("Birmingham");
        });
        assertThat(listed).anySatisfy(provider ->
                assertThat(provider.locationsEverywhere()).isGreaterThan(provider.locationsInScope()));
    }

    @Test
    void regionProviderListNamesEachCouncilOnce() {
        loadDemo();

        List<ProviderSummary> listed = market.providers(new Scope.RegionScope(birmingham.region()));

        assertThat(listed).hasSize(demo.providers().size());
        assertThat(listed).allSatisfy(provider -> {
            List<String> named = List.of(provider.councils().split(", "));
            assertThat(named).doesNotHaveDuplicates().isSorted();
            assertThat(named).hasSameElementsAs(demo.locations().stream()
                    .filter(l -> l.providerId().equals(provider.providerId()))
                    .map(l -> councils.byGssCode(l.councilGssCode()).orElseThrow().name()).toList());
        });
    }

    @Test
    void aProvidersLocationsAreListedByNameWithTownCouncilAndRating() {
        loadDemo();
        CareProvider provider = demo.providers().stream().filter(p -> demo.locations().stream()
                .filter(l -> l.providerId().equals(p.providerId())).count() > 1).findFirst().orElseThrow();
        List<CareLocation> expected = demo.locations().stream()
                .filter(l -> l.providerId().equals(provider.providerId())).toList();

        List<ProviderLocation> listed = market.locationsOf(provider.providerId());

        assertThat(listed).extracting(ProviderLocation::name).isSorted();
        assertThat(listed).extracting(ProviderLocation::locationId, ProviderLocation::town, ProviderLocation::council,
                        ProviderLocation::rating)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(l -> tuple(l.locationId(), l.town(),
                        councils.byGssCode(l.councilGssCode()).orElseThrow().name(), l.rating())).toList());
        assertThat(market.locationsOf("1-000")).isEmpty();
    }

    @Test
    void aRegisterEntryIsReadFromTheNewestRegisterByItsKey() {
        assertThat(market.registerEntry("anything")).isEmpty();
        loadDemo();
        DemoDataSet.RegisterRelease latest = demo.registers().getLast();
        SponsorOrganisation sponsor = latest.organisations().stream()
                .filter(s -> s.licences().size() > 1).findFirst().orElseThrow();

        RegisterEntry entry = market.registerEntry(sponsor.key()).orElseThrow();

        assertThat(entry).isEqualTo(new RegisterEntry(sponsor.key(), sponsor.name(), sponsor.town(),
                sponsor.county(), sponsor.ratingSummary(), sponsor.routeSummary()));
        assertThat(entry.routes()).contains("; ");
        SponsorOrganisation onlyInPrevious = demo.registers().getFirst().organisations().stream()
                .filter(s -> latest.organisations().stream().noneMatch(l -> l.key().equals(s.key())))
                .findFirst().orElseThrow();
        assertThat(market.registerEntry(onlyInPrevious.key())).as("removed from the newest register").isEmpty();
    }

    private void loadDemo() {
        new JooqDemoDataRepository(database.dsl()).load(demo, ProgressListener.NONE);
    }

    private static Predicate<CareLocation> inCouncil(Council council) {
        return location -> location.councilGssCode().equals(council.gssCode());
    }

    private static int beds(List<CareLocation> locations) {
        return locations.stream().filter(CareLocation::careHome).map(CareLocation::beds).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
    }

    private String providerName(String providerId) {
        return demo.providers().stream().filter(p -> p.providerId().equals(providerId)).map(CareProvider::name)
                .findFirst().orElseThrow();
    }
}
