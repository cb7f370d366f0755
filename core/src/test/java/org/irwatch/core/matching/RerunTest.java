package org.irwatch.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.register.OrganisationKey;
import org.junit.jupiter.api.Test;

/**
 * Re-matching after a new register snapshot re-ranks only the providers its changes can touch, and comes to exactly
 * the answer of ranking every provider again against the same changed register.
 */
class RerunTest {

    private static final String[] WORDS = {"Oak", "Elm", "Rose", "Birch", "Hazel", "Willow", "Maple", "Cedar", "Ash",
        "Holly", "Ivy", "Larch", "Alder", "Rowan", "Aspen", "Beech", "Poplar", "Juniper", "Yew", "Linden"};
    private static final String[] KINDS = {"Care", "Homecare", "Support", "Healthcare", "Nursing", "Living"};
    private static final String[] TOWNS = {"Leeds", "York", "Hull", "Derby", "Bath", "Ely"};

    private static String name(Random random, int i) {
        return WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + (i % 7) + " "
                + KINDS[random.nextInt(KINDS.length)] + (random.nextBoolean() ? " Ltd" : " Limited");
    }

    private static SponsorEntry sponsor(String name, String town) {
        return SponsorEntry.of(OrganisationKey.of(name, town), name, town, "");
    }

    @Test
    void rerunEqualsRankingEveryProviderAgainstTheChangedRegister() {
        Random random = new Random(3);
        List<SponsorEntry> register = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            register.add(sponsor(name(random, i), TOWNS[random.nextInt(TOWNS.length)]));
        }
        List<ProviderEntry> providers = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            SponsorEntry like = register.get(random.nextInt(register.size()));
            String providerName = i % 3 == 0 ? name(random, i) : like.name().replace(" Ltd", " Limited");
            providers.add(ProviderEntry.of("1-" + i, providerName, null, List.of(), List.of(like.town()),
                    List.of(like.town())));
        }
        Set<String> removed = register.stream().filter(s -> random.nextInt(50) == 0).map(SponsorEntry::key)
                .collect(Collectors.toSet());
        List<SponsorEntry> added = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            added.add(sponsor(name(random, i) + " New", TOWNS[random.nextInt(TOWNS.length)]));
        }
        added.add(sponsor(providers.get(1).name(), providers.get(1).towns().getFirst()));

        MatchRunState first = new SponsorMatcher(register).run(providers, MatchDecisions.NONE, ProgressListener.NONE);
        MatchRunState rerun = SponsorMatcher.rerun(first, removed, added, MatchDecisions.NONE, ProgressListener.NONE);
        MatchRunState everyone = rerun.matcher().run(providers, MatchDecisions.NONE, ProgressListener.NONE);

        assertThat(describe(rerun.results())).isEqualTo(describe(everyone.results()));
        assertThat(describe(rerun.results())).isNotEqualTo(describe(first.results()));
        assertThat(rerun.results()).noneMatch(r -> r.isMatched() && removed.contains(r.sponsor().key()));
        assertThat(rerun.results().get(1).sponsor().name()).as("a newcomer with the provider's own name")
                .isEqualTo(providers.get(1).name());
    }

    private static List<String> describe(List<MatchResult> results) {
        return results.stream().map(r -> r.provider().providerId() + " -> "
                + (r.isMatched() ? r.sponsor().key() + " " + r.band() + " " + r.score() : "none") + " | "
                + r.runnersUp().stream().map(c -> c.sponsor().key() + " " + c.score()).toList() + " | "
                + r.evidence()).toList();
    }
}
