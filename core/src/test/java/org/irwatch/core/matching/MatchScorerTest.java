package org.irwatch.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchScorerTest {

    /** Word weights of a register where "care", "home", "services" and "council" are common, as nationally. */
    private static final MatchScorer SCORER = new MatchScorer(new TokenWeights(filler()));

    private static List<ComparableName> filler() {
        String[] endings = {" Care Services Ltd", " Care Home", " Home Care Ltd", " Council", " House", " Care Ltd"};
        List<ComparableName> names = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            names.add(NameNormaliser.prepare("Filler" + i + endings[i % endings.length]));
        }
        return names;
    }

    private static MatchScorer.Scored score(String provider, String town, String sponsor, String sponsorTown,
                                            String... locations) {
        return SCORER.explain(ProviderEntry.of("1-1", provider, null, List.of(locations), List.of(town), List.of(town)),
                SponsorEntry.of(sponsor, sponsor, sponsorTown, ""));
    }

    private static MatchBand band(MatchScorer.Scored scored) {
        return MatchBand.ofScore(scored.score());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Runwood Homes Limited                       | RUNWOOD HOMES PLC
            Inroads (Essex) Ltd                         | Inroads Essex Ltd
            Norse Care (Services) Limited               | NorseCare Services Ltd
            Farrington Care Homes Limited               | Farrington Cares Homes Limited
            Molescroft Nursing Home (Holdings) Limited  | Molescroft Nursing Home Holdiings
            Blackpool Borough Council                   | BLACKPOOL COUNCIL
            London Borough of Harrow                    | Harrow Council
            Manchester City Council - Adult Directorate | Manchester City Council
            """)
    void namesCompaniesHouseWouldCallTheSameAreHighWithoutATown(String provider, String sponsor) {
        assertThat(band(score(provider, "Leeds", sponsor, ""))).isEqualTo(MatchBand.HIGH);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Willows Care Home Limited     | The Willows Home Limited
            Springfield Care Home Limited | Springfield Home Care Services Limited
            Lotus Care Home Limited       | Lotus Home Care Limited
            Allen Heath                   | Allen and Heath Ltd
            Westlake Care                 | Westlake Carers Ltd
            Holsworthy Healthcare LLP     | Holsworthy Health Care Limited
            Optimum Care (UK) Ltd         | Optimum Care (South) Ltd
            Dorset County Council         | Dorset Council
            """)
    void aWordOrFormOnOneSideOnlyIsNotHigh(String provider, String sponsor) {
        assertThat(band(score(provider, "Leeds", sponsor, ""))).isNotEqualTo(MatchBand.HIGH);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Optimum Care (UK) Ltd       | Optimum Care (South) Ltd
            Lifetime Care Limited       | Lifetime Care UK Ltd
            Holsworthy Healthcare LLP   | Holsworthy Health Care Limited
            """)
    void aSisterCompanyOrAnotherLegalFormIsLow(String provider, String sponsor) {
        MatchScorer.Scored scored = score(provider, "Leeds", sponsor, "Leeds");

        assertThat(band(scored)).isEqualTo(MatchBand.LOW);
        assertThat(scored.evidence()).containsAnyOf("qualifiers differ", "legal forms differ");
    }

    @Test
    void theNameItselfRanksAboveADepartmentOfItEvenWithTheTown() {
        double itself = score("Kent County Council", "Maidstone", "Kent County Council", "Maidstone").score();
        double department = score("Kent County Council", "Maidstone", "Kent County Council Schools", "Maidstone")
                .score();

        assertThat(department).isGreaterThanOrEqualTo(MatchScorer.HIGH).isLessThan(itself);
    }

    @Test
    void aBareHomeNameNeedsItsTown() {
        assertThat(band(score("The Grange", "Ashford", "The Grange", "Stockport"))).isEqualTo(MatchBand.MEDIUM);
        assertThat(band(score("The Grange", "Ashford", "The Grange", ""))).isEqualTo(MatchBand.MEDIUM);
        assertThat(band(score("The Grange", "Ashford", "The Grange", "Ashford"))).isEqualTo(MatchBand.HIGH);
    }

    @Test
    void aCouncilUnderAShortNameOfItsPlaceIsHighWhenTheTownAgrees() {
        MatchScorer.Scored hull = score("Kingston upon Hull City Council", "Hull", "Hull City Council", "Hull");

        assertThat(band(hull)).isEqualTo(MatchBand.HIGH);
        assertThat(hull.evidence()).contains("the same council");
        assertThat(band(score("Newcastle-upon-Tyne City Council", "Newcastle upon Tyne", "Newcastle City Council", "")))
                .isNotEqualTo(MatchBand.HIGH);
    }

    @Test
    void councilsOfOtherPlacesOrOtherBodiesOfThePlaceAreNotMatched() {
        assertThat(band(score("North Lincolnshire Council", "Scunthorpe", "North East Lincolnshire Council", "")))
                .isNull();
        assertThat(band(score("Isle of Wight Council", "Ryde", "Isle of Wight NHS Trust", "Newport")))
                .isNotIn(MatchBand.HIGH, MatchBand.MEDIUM);
    }

    @Test
    void aHomeOfTheProviderInItsTownIsItsTradingNameWhateverItsOwnQualifiers() {
        MatchScorer.Scored home = score("Absolute Care Homes (Central) Limited", "Birmingham",
                "Boldmere Court Care Home", "Birmingham", "Boldmere Court Care Home");

        assertThat(band(home)).isEqualTo(MatchBand.HIGH);
        assertThat(home.evidence()).contains("provider's location or brand 'Boldmere Court Care Home'");
    }

    @Test
    void aCompanyNamedAfterTheProvidersHomeIsAnotherCompany() {
        assertThat(band(score("Mr B Stedman", "Hove", "Garrett House Ltd", "Hove", "Garrett House")))
                .isNotEqualTo(MatchBand.HIGH);
    }

    @Test
    void theTownTellsMoreForAProviderInFewTowns() {
        ProviderEntry inOneTown = ProviderEntry.of("1-1", "Acme Care Ltd", null, List.of(), List.of("Derby"),
                List.of());
        ProviderEntry inThreeTowns = ProviderEntry.of("1-2", "Acme Care Ltd", null, List.of(),
                List.of("Derby", "Leeds", "York"), List.of());
        SponsorEntry sponsor = SponsorEntry.of("k", "Acme Rainbow Care Ltd", "Derby", "");

        assertThat(SCORER.score(inOneTown, sponsor)).isGreaterThan(SCORER.score(inThreeTowns, sponsor));
    }
}
