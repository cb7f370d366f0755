package org.irwatch.data.demo;

import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.cqc.CareLocation;
import org.irwatch.core.cqc.CareProvider;
import org.irwatch.core.demo.DemoDataGenerator;
import org.irwatch.core.demo.DemoDataSet;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.register.SponsorOrganisation;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo generator, run against the real council reference data. */
class DemoDataGeneratorTest {

    private static Database database;
    private static CouncilDirectory councils;
    private static DemoDataSet demo;

    @BeforeAll
    static void generate() {
        database = Database.inMemory();
        councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
        demo = new DemoDataGenerator(councils).generate();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void generatingAgainGivesTheSameData() {
        assertThat(new DemoDataGenerator(councils).generate()).isEqualTo(demo);
    }

    @Test
    void holdsAFewHundredProvidersAndLocations() {
        assertThat(demo.providers()).hasSizeBetween(200, 999);
        assertThat(demo.locations()).hasSizeBetween(demo.providers().size(), 2_999);
        assertThat(demo.providers()).extracting(CareProvider::providerId).doesNotHaveDuplicates();
        assertThat(demo.locations()).extracting(CareLocation::locationId).doesNotHaveDuplicates();
    }

    @Test
    void everyLocationIsInTheWestMidlands() {
        assertThat(demo.locations()).allSatisfy(location -> assertThat(councils.byGssCode(location.councilGssCode()))
                .get().extracting(council -> council.region().onsName()).isEqualTo("West Midlands"));
    }

    @Test
    void everyWestMidlandsCouncilHasLocations() {
        assertThat(demo.locations()).extracting(CareLocation::councilGssCode).containsAll(List.of(
                "E08000025", "E08000026", "E08000027", "E08000028", "E08000029", "E08000030", "E08000031",
                "E06000019", "E06000020", "E06000021", "E06000051", "E10000028", "E10000031", "E10000034"));
    }

    @Test
    void everyLocationBelongsToAProviderAndEveryProviderHasALocation() {
        Set<String> providerIds = demo.providers().stream().map(CareProvider::providerId).collect(toSet());
        Set<String> locationProviderIds = demo.locations().stream().map(CareLocation::providerId).collect(toSet());

        assertThat(locationProviderIds).isEqualTo(providerIds);
    }

    @Test
    void careHomesHaveBedsAndHomeCareOfficesDoNot() {
        assertThat(demo.locations()).filteredOn(CareLocation::careHome)
                .isNotEmpty().allSatisfy(home -> assertThat(home.beds()).isPositive());
        assertThat(demo.locations()).filteredOn(CareLocation::homeCare)
                .isNotEmpty().allSatisfy(office -> assertThat(office.beds()).isNull());
    }

    @Test
    void latestRegisterDropsSomeSponsorsAndDowngradesSomeToB() {
        DemoDataSet.RegisterRelease previous = demo.registers().get(0);
        DemoDataSet.RegisterRelease latest = demo.registers().get(1);
        Map<String, SponsorOrganisation> before = byName(previous);
        Map<String, SponsorOrganisation> after = byName(latest);

        assertThat(previous.dataDate()).isEqualTo(DemoDataGenerator.PREVIOUS_REGISTER_DATE);
        assertThat(latest.dataDate()).isEqualTo(DemoDataGenerator.LATEST_REGISTER_DATE);
        assertThat(before.keySet()).filteredOn(name -> !after.containsKey(name)).isNotEmpty();
        assertThat(after.keySet()).filteredOn(name -> !before.containsKey(name)).isNotEmpty();
        assertThat(after.values()).filteredOn(sponsor -> before.containsKey(sponsor.name()))
                .filteredOn(sponsor -> before.get(sponsor.name()).licences().getFirst().rating().isA())
                .filteredOn(sponsor -> !sponsor.licences().getFirst().rating().isA())
                .isNotEmpty();
    }

    @Test
    void eventsRecordSuspensionsAndRevocationsOfRegisteredSponsors() {
        Set<String> sponsorNames = demo.registers().stream().flatMap(r -> r.organisations().stream())
                .map(SponsorOrganisation::name).collect(toSet());
        Set<String> providerIds = demo.providers().stream().map(CareProvider::providerId).collect(toSet());

        assertThat(demo.events()).extracting(EnforcementEvent::action)
                .contains(EnforcementAction.SUSPENDED, EnforcementAction.REVOKED);
        assertThat(demo.events()).allSatisfy(event -> {
            assertThat(sponsorNames).contains(event.sponsorName());
            assertThat(event.cqcProviderId()).isIn(providerIds);
            assertThat(event.noticeReceived()).isAfterOrEqualTo(event.actionDate());
        });
        assertThat(demo.events())
                .filteredOn(event -> event.action() != EnforcementAction.REINSTATED)
                .allSatisfy(event -> assertThat(event.workersAffected()).isNotNull().isNotNegative());
    }

    private static Map<String, SponsorOrganisation> byName(DemoDataSet.RegisterRelease release) {
        return release.organisations().stream().collect(toMap(SponsorOrganisation::name, Function.identity()));
    }
}
