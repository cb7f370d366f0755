package org.irwatch.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.irwatch.core.common.ProgressListener;
import org.junit.jupiter.api.Test;

class SponsorMatcherTest {

    /** A register where "care", "services" and "home" are common, as they are nationally. */
    private static List<SponsorEntry> register(String... names) {
        List<SponsorEntry> sponsors = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            sponsors.add(SponsorEntry.of("filler" + i, "Filler" + i + (i % 2 == 0 ? " Care Services Ltd" : " Home Care Ltd"),
                    "Leeds", ""));
        }
        for (String name : names) {
            String[] parts = name.split("@");
            sponsors.add(SponsorEntry.of(parts[0] + "|" + parts[1], parts[0], parts[1], ""));
        }
        return sponsors;
    }

    private static ProviderEntry provider(String name, String town, String... locations) {
        return ProviderEntry.of("1-" + Math.abs(name.hashCode()), name, null, List.of(locations), List.of(town),
                List.of(town));
    }

    private static MatchResult match(List<SponsorEntry> register, ProviderEntry provider) {
        return new SponsorMatcher(register).matchAll(List.of(provider), ProgressListener.NONE).getFirst();
    }

    @Test
    void sameNameApartFromLegalFormIsHighWithEvidenceInWords() {
        MatchResult result = match(register("MEADOWVIEW CARE LTD@Coventry"),
                provider("Meadowview Care Limited", "Coventry", "Meadowview House"));

        assertThat(result.sponsor().name()).isEqualTo("MEADOWVIEW CARE LTD");
        assertThat(result.band()).isEqualTo(MatchBand.HIGH);
        assertThat(result.evidence()).contains("same name apart from").contains("town Coventry matches 1 of 1 location");
    }

    @Test
    void nearMissWithADifferentRareWordIsNotMatched() {
        MatchResult result = match(register("Care with Pride Ltd@Bristol"), provider("Care with Hope Ltd", "Bristol"));

        assertThat(result.band()).isNotEqualTo(MatchBand.HIGH);
    }

    @Test
    void groupAndSubsidiaryAreNotAHighMatch() {
        MatchResult result = match(register("Four Seasons Health Care (England) Ltd@Wilmslow"),
                provider("Four Seasons Health Care Ltd", "Wilmslow"));

        assertThat(result.band()).isNotEqualTo(MatchBand.HIGH);
        assertThat(result.evidence()).contains("qualifiers differ");
    }

    @Test
    void spacingAndTyposStillMatch() {
        assertThat(match(register("Globallinks Care Ltd@Luton"), provider("Global Links Care Limited", "Luton")).band())
                .isEqualTo(MatchBand.HIGH);
        assertThat(match(register("Florebright Care Limted@Middlesbrough"),
                provider("Florebright Care Ltd", "Middlesbrough")).band()).isEqualTo(MatchBand.HIGH);
    }

    @Test
    void tradingNameThatIsALocationCorroborates() {
        MatchResult result = match(register("Acme Healthcare Ltd t/a Rosewood House@Derby"),
                provider("Acme Healthcare Limited", "Derby", "Rosewood House"));

        assertThat(result.band()).isEqualTo(MatchBand.HIGH);
        assertThat(result.evidence()).contains("trading name 'rosewood house'");
    }

    @Test
    void providerWithNoSponsorGetsNone() {
        MatchResult result = match(register("Sunnyside Dental Practice Ltd@York"), provider("Brightwater Lodge Ltd", "York"));

        assertThat(result.isMatched()).isFalse();
    }

    @Test
    void oneSponsorGoesToTheProviderItFitsBest() {
        List<SponsorEntry> register = register("Oakleaf Care Ltd@Hull");
        List<MatchResult> results = new SponsorMatcher(register).matchAll(List.of(
                provider("Oakleaf Care Group Ltd", "Hull"), provider("Oakleaf Care Limited", "Hull")),
                ProgressListener.NONE);

        assertThat(results.get(1).sponsor().name()).isEqualTo("Oakleaf Care Ltd");
        assertThat(results.get(0).sponsor()).isNull();
    }
}
