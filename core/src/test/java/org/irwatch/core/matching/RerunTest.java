package org.irwatch.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** A made-up word of letters only, different for each number. */
    private static String coined(String stem, int n) {
        StringBuilder word = new StringBuilder(stem);
        for (int k = n; k > 0; k /= 26) {
            word.append((char) ('a' + k % 26));
        }
        return word.toString();
    }

    /**
     * Names mixing rare words (a few names each), words used by about as many names as the common-word limit (so
     * newcomers push some over it), and common words (where only a name's rarest one finds candidates).
     */
    private static String mixedName(Random random) {
        String rare = random.nextInt(3) == 0 ? "" : coined("Qu", random.nextInt(400)) + " ";
        return rare + coined("Mid", random.nextInt(50)) + " " + WORDS[random.nextInt(WORDS.length)] + " "
                + KINDS[random.nextInt(KINDS.length)] + (random.nextBoolean() ? " Ltd" : " Limited");
    }

    @Test
    void registerAfterRegisterEachRerunEqualsRankingEveryoneAgain() {
        for (int seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            List<SponsorEntry> register = new ArrayList<>();
            for (int i = 0; i < 2_500; i++) {
                register.add(sponsor(mixedName(random), TOWNS[random.nextInt(TOWNS.length)]));
            }
            List<ProviderEntry> providers = new ArrayList<>();
            for (int i = 0; i < 800; i++) {
                SponsorEntry like = register.get(random.nextInt(register.size()));
                providers.add(ProviderEntry.of("1-" + i, i % 4 == 0 ? mixedName(random) : like.name(), null,
                        List.of(mixedName(random), coined("Qu", random.nextInt(400)) + " House"),
                        List.of(like.town()), List.of(like.town())));
            }
            MatchRunState state = new SponsorMatcher(register).run(providers, MatchDecisions.NONE,
                    ProgressListener.NONE);
            List<SponsorEntry> alive = new ArrayList<>(register);
            for (int round = 0; round < 3; round++) {
                Set<String> removed = alive.stream().filter(s -> random.nextInt(20) == 0).map(SponsorEntry::key)
                        .collect(Collectors.toSet());
                alive.removeIf(s -> removed.contains(s.key()));
                List<SponsorEntry> added = new ArrayList<>();
                for (int i = 0; i < 120; i++) {
                    added.add(sponsor(i % 10 == 0 ? providers.get(random.nextInt(providers.size())).name()
                            : mixedName(random), TOWNS[random.nextInt(TOWNS.length)]));
                }
                alive.addAll(added);
                state = SponsorMatcher.rerun(state, removed, added, MatchDecisions.NONE, ProgressListener.NONE);
                MatchRunState everyone = state.matcher().run(providers, MatchDecisions.NONE, ProgressListener.NONE);
                assertThat(describe(state.results())).as("seed %d, round %d", seed, round)
                        .isEqualTo(describe(everyone.results()));
            }
            assertThat(state.pools()).as("some providers had more candidates than their pool holds")
                    .anyMatch(pool -> !pool.complete());
        }
    }

    @Test
    void newcomersThatMakeAnotherWordTheRarestOfANameChangeItsCandidates() {
        List<SponsorEntry> register = alphasAndBetas(60, 62);
        ProviderEntry provider = ProviderEntry.of("1-1", "Alpha Beta Ltd", null, List.of(), List.of("York"),
                List.of("York"));
        MatchRunState first = runFor(provider, register);
        List<SponsorEntry> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(sponsor("Alpha " + coined("Zc", i) + " Homes Ltd", "Hull"));
        }

        MatchRunState rerun = SponsorMatcher.rerun(first, Set.of(), added, MatchDecisions.NONE, ProgressListener.NONE);
        MatchRunState everyone = rerun.matcher().run(List.of(provider), MatchDecisions.NONE, ProgressListener.NONE);

        assertThat(first.ranked().getFirst()).as("'alpha' (60 names) was the rarest word")
                .allMatch(c -> c.sponsor().name().startsWith("Alpha"));
        assertThat(everyone.ranked().getFirst()).as("'beta' (62) is now").allMatch(c -> c.sponsor().name().startsWith("Beta"));
        assertThat(describe(rerun.results())).isEqualTo(describe(everyone.results()));
        assertThat(rerun.ranked()).isEqualTo(everyone.ranked());
    }

    @Test
    void aNewcomerWithTheCommonWordThatIsANamesRarestGainsItsWeight() {
        List<SponsorEntry> register = alphasAndBetas(60, 62);
        for (int i = 0; i < 3; i++) {
            register.add(sponsor("Zeta " + coined("Zc", i) + " Homes Ltd", "York"));
        }
        ProviderEntry provider = ProviderEntry.of("1-1", "Alpha Beta Ltd", null, List.of("Zeta House"),
                List.of("York"), List.of("York"));
        MatchRunState first = runFor(provider, register);

        MatchRunState rerun = SponsorMatcher.rerun(first, Set.of(),
                List.of(sponsor("Alpha Zeta Homes Ltd", "Hull")), MatchDecisions.NONE, ProgressListener.NONE);
        MatchRunState everyone = rerun.matcher().run(List.of(provider), MatchDecisions.NONE, ProgressListener.NONE);

        assertThat(first.pools().getFirst().complete()).as("'alpha' (60 names) found more than a pool holds").isFalse();
        assertThat(everyone.ranked().getFirst()).as("found by 'alpha', its name's rarest word, and 'zeta' of its home")
                .anyMatch(c -> c.sponsor().name().equals("Alpha Zeta Homes Ltd"));
        assertThat(describePools(rerun.pools())).isEqualTo(describePools(everyone.pools()));
    }

    @Test
    void aCommonWordPushedOverTheRarestWordLimitStopsFindingCandidates() {
        List<SponsorEntry> register = alphasAndBetas(5_000, 5_010);
        ProviderEntry provider = ProviderEntry.of("1-1", "Alpha Beta Ltd", null, List.of(), List.of("York"),
                List.of("York"));
        MatchRunState first = runFor(provider, register);

        MatchRunState rerun = SponsorMatcher.rerun(first, Set.of(),
                List.of(sponsor("Alpha Omega Ltd", "Hull")), MatchDecisions.NONE, ProgressListener.NONE);
        MatchRunState everyone = rerun.matcher().run(List.of(provider), MatchDecisions.NONE, ProgressListener.NONE);

        assertThat(first.pools().getFirst().ids()).as("'alpha' (5,000 names) found candidates").isNotEmpty();
        assertThat(everyone.pools().getFirst().ids()).as("at 5,001 it finds none").isEmpty();
        assertThat(describePools(rerun.pools())).isEqualTo(describePools(everyone.pools()));
    }

    /** A register where every name of all-common words has 'alpha' or 'beta', used by these many names each. */
    private static List<SponsorEntry> alphasAndBetas(int alphas, int betas) {
        List<SponsorEntry> register = new ArrayList<>();
        for (int i = 0; i < alphas; i++) {
            register.add(sponsor("Alpha " + coined("Xa", i) + " Care Ltd", "York"));
        }
        for (int i = 0; i < betas; i++) {
            register.add(sponsor("Beta " + coined("Yb", i) + " Care Ltd", "York"));
        }
        return register;
    }

    private static MatchRunState runFor(ProviderEntry provider, List<SponsorEntry> register) {
        return new SponsorMatcher(register).run(List.of(provider), MatchDecisions.NONE, ProgressListener.NONE);
    }

    private static List<String> describePools(List<CandidatePool> pools) {
        return pools.stream().map(pool -> Arrays.toString(pool.ids()) + " " + Arrays.toString(pool.overlaps()) + " "
                + pool.complete()).toList();
    }

    private static List<String> describe(List<MatchResult> results) {
        return results.stream().map(r -> r.provider().providerId() + " -> "
                + (r.isMatched() ? r.sponsor().key() + " " + r.band() + " " + r.score() : "none") + " | "
                + r.runnersUp().stream().map(c -> c.sponsor().key() + " " + c.score()).toList() + " | "
                + r.evidence()).toList();
    }
}
