package org.irwatch.core.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irwatch.core.cqc.OverallRating.GOOD;
import static org.irwatch.core.cqc.OverallRating.INADEQUATE;
import static org.irwatch.core.cqc.OverallRating.NOT_RATED;
import static org.irwatch.core.cqc.OverallRating.OUTSTANDING;
import static org.irwatch.core.cqc.OverallRating.REQUIRES_IMPROVEMENT;
import static org.irwatch.core.placements.PlacementRole.CARE_WORKER;

import java.time.LocalDate;
import java.util.List;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.geo.PostcodeDistrict;
import org.irwatch.core.matching.MatchBand;
import org.junit.jupiter.api.Test;

class PlacementFinderTest {

    @Test
    void offersALicensedARatedSponsorWithEveryReasonFactorByFactor() {
        PlacementResult result = new PlacementFixture().licensed("P1", "Acme Care").home("P1", 4, GOOD)
                .find(CARE_WORKER, 15);

        assertThat(result.matches()).singleElement().satisfies(m -> {
            assertThat(m.provider().name()).isEqualTo("Acme Care");
            assertThat(m.group()).isEqualTo(PlacementGroup.GOOD_OR_OUTSTANDING);
            assertThat(m.miles()).isCloseTo(4.0, org.assertj.core.api.Assertions.within(0.01));
            assertThat(m.factors()).extracting(PlacementFactor::name)
                    .containsExactly("Licence", "CQC rating", "Service", "Distance");
            assertThat(m.reasons(false)).contains("A-rated, Skilled Worker, on the register of 20 November 2026")
                    .contains("CQC rating: Good (+25)")
                    .contains("4.0 straight-line miles from the centre of CV1 (location placed by CQC's coordinates")
                    .contains("Distance: ").contains("(+15)");
            assertThat(m.score()).isEqualTo(25 + 15);
        });
    }

    @Test
    void aLocationJustInsideTheDistanceIsOfferedAndOneJustBeyondIsNot() {
        PlacementResult result = new PlacementFixture().licensed("P1", "Acme Care")
                .home("P1", 14.98, GOOD).home("P1", 15.02, GOOD).find(CARE_WORKER, 15);

        assertThat(result.matches()).extracting(m -> m.location().name()).containsExactly("Acme Care 1");
        assertThat(result.leftOut()).isEmpty();
    }

    @Test
    void theEdgeOfTheDistanceHoldsDueEastAsDueNorth() {
        PlacementResult result = new PlacementFixture().licensed("P1", "Acme Care")
                .homeEast("P1", 14.98, GOOD).homeEast("P1", 15.02, GOOD).find(CARE_WORKER, 15);

        assertThat(result.matches()).extracting(m -> m.location().name()).containsExactly("Acme Care 1");
    }

    @Test
    void bRatedAndNonSkilledWorkerLicencesAreLeftOutWithTheirReasons() {
        PlacementResult result = new PlacementFixture()
                .provider("P1", "B Care").sponsor("P1", "B Care", MatchBand.HIGH, "A; B", "Skilled Worker").home("P1", 2, GOOD)
                .provider("P2", "Route Care").sponsor("P2", "Route Care", MatchBand.HIGH, "A", "Creative Worker")
                .home("P2", 2, GOOD)
                .find(CARE_WORKER, 15);

        assertThat(result.matches()).isEmpty();
        assertThat(result.leftOut()).containsEntry("licence not A-rated", 1).containsEntry("no Skilled Worker route", 1);
    }

    @Test
    void providersNotSurelyOnTheNewestRegisterAreLeftOut() {
        PlacementResult result = new PlacementFixture()
                .provider("P1", "Maybe Care").sponsor("P1", "Maybe Care", MatchBand.MEDIUM, "A", "Skilled Worker")
                .home("P1", 2, GOOD)
                .provider("P2", "Plain Care").home("P2", 2, GOOD)
                .find(CARE_WORKER, 15);

        assertThat(result.matches()).isEmpty();
        assertThat(result.leftOut()).containsEntry("match to the register not sure (Medium): review it first", 1)
                .containsEntry("no sponsor licence on the newest register", 1);
    }

    @Test
    void anOpenEnforcementEventLeavesTheProviderOutUntilReinstated() {
        PlacementFixture fixture = new PlacementFixture().licensed("P1", "Acme Care").home("P1", 2, GOOD)
                .event("P1", EnforcementAction.SUSPENDED);
        assertThat(fixture.find(CARE_WORKER, 15).leftOut()).containsEntry("open enforcement event (suspended)", 1);

        fixture.event("P1", EnforcementAction.REINSTATED);
        assertThat(fixture.find(CARE_WORKER, 15).matches()).hasSize(1);
    }

    @Test
    void downgradedOrGoneSinceThePreviousRegisterIsLeftOut() {
        PlacementResult result = new PlacementFixture()
                .licensed("P1", "Acme Care").home("P1", 2, GOOD).downgraded("P1")
                .provider("P2", "Gone Care").formerSponsor("P2", "Gone Care").home("P2", 2, GOOD)
                .find(CARE_WORKER, 15);

        assertThat(result.matches()).isEmpty();
        assertThat(result.leftOut()).containsEntry("downgraded to B since the previous register", 1)
                .containsEntry("left the register since the previous one", 1);
    }

    @Test
    void theFormerSponsorAndEveryProviderSurelyMatchedToItsOrganisationAreNeverOffered() {
        PlacementFixture fixture = new PlacementFixture()
                .licensed("P1", "Former Care").home("P1", 2, GOOD)
                .provider("P2", "Former Care Homes").sponsor("P2", "Former Care", MatchBand.CONFIRMED, "A", "Skilled Worker")
                .home("P2", 3, GOOD)
                .licensed("P3", "Other Care").home("P3", 3, GOOD);
        String formerKey = fixture.sponsorOf("P1").key();

        PlacementResult byOrganisation = fixture.find(CARE_WORKER, 15, new FormerSponsor(formerKey, null, "Former"));
        PlacementResult byProvider = fixture.find(CARE_WORKER, 15, new FormerSponsor(null, "P2", "Former"));

        for (PlacementResult result : List.of(byOrganisation, byProvider)) {
            assertThat(result.matches()).extracting(m -> m.provider().providerId()).containsExactly("P3");
            assertThat(result.leftOut()).containsEntry("the worker's former sponsor, or linked to it", 2);
        }
    }

    @Test
    void aPossibleMatchToTheFormerSponsorIsNoLinkButIsNotOfferedEither() {
        PlacementFixture fixture = new PlacementFixture()
                .licensed("P1", "Former Care").home("P1", 2, GOOD)
                .provider("P2", "Former Care Ltd").sponsor("P2", "Former Care", MatchBand.MEDIUM, "A", "Skilled Worker")
                .home("P2", 2, GOOD);

        PlacementResult result = fixture.find(CARE_WORKER, 15, new FormerSponsor(null, "P1", "Former"));

        assertThat(result.leftOut()).containsEntry("the worker's former sponsor, or linked to it", 1)
                .containsEntry("match to the register not sure (Medium): review it first", 1);
    }

    @Test
    void goodAndOutstandingComeFirstRequiresImprovementAfterNotRatedApartAndInadequateNever() {
        PlacementResult result = new PlacementFixture()
                .licensed("P1", "Improving Care").home("P1", 1, REQUIRES_IMPROVEMENT)
                .licensed("P2", "New Care").home("P2", 1, NOT_RATED)
                .licensed("P3", "Failing Care").home("P3", 1, INADEQUATE)
                .licensed("P4", "Good Care").home("P4", 9, GOOD)
                .licensed("P5", "Best Care").home("P5", 9, OUTSTANDING)
                .find(CARE_WORKER, 15);

        assertThat(result.matches()).extracting(m -> m.provider().name())
                .containsExactly("Best Care", "Good Care", "Improving Care", "New Care");
        assertThat(result.matches()).extracting(PlacementMatch::group).containsExactly(
                PlacementGroup.GOOD_OR_OUTSTANDING, PlacementGroup.GOOD_OR_OUTSTANDING,
                PlacementGroup.REQUIRES_IMPROVEMENT, PlacementGroup.NOT_YET_RATED);
        assertThat(result.leftOut()).containsEntry("rated Inadequate by CQC", 1);
    }

    @Test
    void withoutRatingsInTheFileEveryLicensedLocationIsShownApartAsRatingNotHeld() {
        PlacementResult result = new PlacementFixture().withoutRatings().licensed("P1", "Acme Care")
                .home("P1", 2, NOT_RATED).find(CARE_WORKER, 15);

        assertThat(result.matches()).singleElement().satisfies(m -> {
            assertThat(m.group()).isEqualTo(PlacementGroup.RATING_NOT_HELD);
            assertThat(m.reasons(false)).contains("CQC rating: not in this file");
        });
    }

    @Test
    void vacanciesForTheRoleAndSpareCertificatesRankAFartherHomeFirst() {
        PlacementResult result = new PlacementFixture()
                .licensed("P1", "Near Care").home("P1", 1, GOOD)
                .licensed("P2", "Hiring Care").home("P2", 10, GOOD)
                .employer("P2", EmployerLicence.HELD, new Vacancy(CARE_WORKER, 3, "37.5 a week", "£12.60 an hour"),
                        new Vacancy(PlacementRole.NURSE, 1, "", ""))
                .spare("P2", 40, 28)
                .find(CARE_WORKER, 15);

        assertThat(result.matches()).extracting(m -> m.provider().name()).containsExactly("Hiring Care", "Near Care");
        PlacementMatch hiring = result.matches().getFirst();
        assertThat(hiring.vacancies(CARE_WORKER)).isEqualTo(3);
        assertThat(hiring.vacancies(PlacementRole.SENIOR_CARE_WORKER)).as("signed up, none for the role").isZero();
        assertThat(result.matches().getLast().vacancies(CARE_WORKER)).as("not signed up: not known, not 0").isNull();
        assertThat(hiring.spareCos()).isEqualTo(12);
        assertThat(hiring.reasons(false)).contains("Vacancies: 3 care worker posts (37.5 a week, £12.60 an hour) (+30)")
                .doesNotContain("certificates");
        assertThat(hiring.reasons(true)).contains("12 spare certificates of sponsorship (40 allocated, 28 used, "
                + "1 July 2026 to 30 September 2026) (+20)");
        assertThat(hiring.factors()).filteredOn(PlacementFactor::restricted).extracting(PlacementFactor::name)
                .containsExactly("Spare certificates");
    }

    @Test
    void aPendingLicenceIsShownApartWithItsDate() {
        PlacementResult result = new PlacementFixture()
                .provider("P1", "Waiting Care").home("P1", 2, GOOD)
                .employer("P1", EmployerLicence.appliedOn(LocalDate.of(2026, 10, 5)))
                .licensed("P2", "Licensed Care").home("P2", 12, REQUIRES_IMPROVEMENT)
                .find(CARE_WORKER, 15);

        assertThat(result.matches()).extracting(m -> m.provider().name())
                .containsExactly("Licensed Care", "Waiting Care");
        assertThat(result.matches().getLast().group()).isEqualTo(PlacementGroup.PENDING_LICENCE);
        assertThat(result.matches().getLast().reasons(false))
                .contains("Licence: Licence applied for on 5 October 2026: not yet granted");
    }

    @Test
    void aNurseIsOfferedNursingHomesOnly() {
        PlacementResult result = new PlacementFixture().licensed("P1", "Acme Care")
                .location("P1", 2, GOOD, List.of("Nursing homes"))
                .location("P1", 2, GOOD, List.of("Homecare agencies"))
                .find(PlacementRole.NURSE, 15);

        assertThat(result.matches()).extracting(m -> m.location().name()).containsExactly("Acme Care 1");
        assertThat(result.matches().getFirst().reasons(false)).contains("Service: Nursing homes: employs nurses");
        assertThat(result.leftOut()).containsEntry("no service employing a nurse", 1);
    }

    @Test
    void aProviderAPersonExcludedIsKeptApartWithTheirReason() {
        PlacementResult result = new PlacementFixture().licensed("P1", "Acme Care").home("P1", 2, GOOD)
                .excluded("P1", "Would not pay the Real Living Wage at the last fair").find(CARE_WORKER, 15);

        assertThat(result.matches()).isEmpty();
        assertThat(result.excluded()).singleElement().satisfies(e -> {
            assertThat(e.providerName()).isEqualTo("Acme Care");
            assertThat(e.exclusion().reason()).isEqualTo("Would not pay the Real Living Wage at the last fair");
        });
    }

    @Test
    void aDistrictWithoutACentreAsksForPostcodeCentres() {
        PlacementMarket market = new PlacementFixture().licensed("P1", "Acme Care").home("P1", 2, GOOD).market();

        assertThatThrownBy(() -> PlacementFinder.find(market,
                new PlacementQuery(CARE_WORKER, new PostcodeDistrict("ZZ9"), 15, null)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("No centre is held for postcode district ZZ9")
                .hasMessageContaining("irwatch postcodes import");
    }
}
