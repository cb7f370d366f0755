package org.irwatch.core.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores how likely a register organisation is the same legal entity as a CQC provider, in 0..1, and says why
 * in words. The score is the rarity-weighted agreement of their words (each word matched exactly or, when long
 * enough, by a close spelling), lowered below Medium when declared legal forms (Ltd/PLC aside) or qualifiers
 * such as "(UK)" or "(England)" differ, and moved a little by place: the register town against the provider's
 * location towns and councils. A trading name on the register that names one of the provider's locations or its
 * brand counts as the name, and so does a bare home name of the provider in its town. Councils are compared by
 * place. High needs the same name: no word on one side only, and a bare home name ("The Grange") only with its
 * town.
 */
public final class MatchScorer {

    public static final double HIGH = 0.88;
    public static final double MEDIUM = 0.74;
    public static final double LOW = 0.55;

    private static final double LEGAL_FORM_CONFLICT = 0.12;
    private static final double QUALIFIER_CONFLICT = 0.14;
    private static final double TOWN_AGREES = 0.05;
    private static final double TOWN_DISAGREES = 0.04;
    private static final double FUZZY_TOKEN = 0.92;
    /** A name at least this alike is the same name; a home name or council this alike is the same place. */
    private static final double SAME_PLACE = 0.95;
    private static final double SAME_TOKENS = 0.99;
    /** Words that join a name's parts: where they stand says nothing ("Smith and Jones", "Jones and Smith"). */
    private static final Set<String> CONNECTIVES = Set.of("and", "of", "for", "in", "at", "on");

    private final TokenWeights weights;

    public MatchScorer(TokenWeights weights) {
        this.weights = weights;
    }

    /** A score with its reasons. */
    public record Scored(double score, String evidence) {
    }

    /**
     * A provider's name with its words weighed once, to be scored against each of its candidates; its places (a
     * national provider has hundreds) weighed only when a candidate is compared with them. Used by one thread.
     */
    final class WeighedProvider {
        private final ProviderEntry entry;
        private final WeighedName name;
        private List<WeighedName> places;

        private WeighedProvider(ProviderEntry entry) {
            this.entry = entry;
            this.name = WeighedName.of(entry.prepared(), weights);
        }

        private List<WeighedName> places() {
            if (places == null) {
                places = WeighedName.all(entry.places(), weights);
            }
            return places;
        }
    }

    WeighedProvider weigh(ProviderEntry provider) {
        return new WeighedProvider(provider);
    }

    WeighedName weigh(SponsorEntry sponsor) {
        return WeighedName.of(sponsor.prepared(), weights);
    }

    /** The score alone: what ranking needs, without building sentences for every candidate. */
    public double score(ProviderEntry provider, SponsorEntry sponsor) {
        return score(weigh(provider), sponsor, weigh(sponsor));
    }

    /** As {@link #score(ProviderEntry, SponsorEntry)}, for a provider and a sponsor whose words are weighed. */
    double score(WeighedProvider provider, SponsorEntry sponsor, WeighedName sponsorName) {
        return evaluate(provider, sponsor, sponsorName, null).score();
    }

    /** The score with its reasons in words. */
    public Scored explain(ProviderEntry provider, SponsorEntry sponsor) {
        return evaluate(weigh(provider), sponsor, weigh(sponsor), new ArrayList<>());
    }

    /** @param wanted null when no words are wanted */
    private Scored evaluate(WeighedProvider weighed, SponsorEntry sponsor, WeighedName sw, List<String> wanted) {
        List<String> reasons = wanted == null ? new Silent() : wanted;
        ProviderEntry provider = weighed.entry;
        WeighedName pw = weighed.name;
        ComparableName p = pw.name();
        ComparableName s = sw.name();
        boolean townAgrees = townAgrees(provider, sponsor);
        double name = nameSimilarity(pw, sw);
        String nameReason = wanted == null ? "" : describeName(provider.name(), sponsor.name(), p, s, name);
        boolean sameCouncil = name < SAME_PLACE && townAgrees && Councils.sameAuthority(p, s);
        if (sameCouncil) {
            name = SAME_PLACE;
            nameReason = "the same council: '" + s.council() + "' and '" + p.council() + "' name one place";
        }
        double viaTradingName = 0;
        String tradingReason = null;
        // Indexed loops here and below: most sponsors have no trading name, and an iterator per pair was garbage.
        List<WeighedName> tradingNames = sw.tradingNames();
        for (int t = 0; t < tradingNames.size(); t++) {
            WeighedName tradingName = tradingNames.get(t);
            List<WeighedName> places = weighed.places();
            for (int k = 0; k < places.size(); k++) {
                WeighedName place = places.get(k);
                double similarity = nameSimilarity(place, tradingName);
                if (similarity > viaTradingName) {
                    viaTradingName = similarity;
                    tradingReason = wanted == null ? "" : "trading name '" + tradingName.name().text()
                            + "' is the provider's location or brand '" + place.name().original().strip() + "'";
                }
            }
        }
        // The register name is one of the provider's care homes (or its brand), in the same town: a trading name.
        // A company named after the home ("Garrett House Ltd") is not: it is often the home's next operator.
        double asPlace = 0;
        String placeReason = null;
        if (name < SAME_PLACE && townAgrees && s.legalForm() == LegalForm.NONE) {
            List<WeighedName> places = weighed.places();
            for (int k = 0; k < places.size(); k++) {
                WeighedName place = places.get(k);
                double similarity = nameSimilarity(place, sw);
                if (similarity > asPlace) {
                    asPlace = similarity;
                    placeReason = wanted == null ? "" : "register name is the provider's location or brand '"
                            + place.name().original().strip() + "'";
                }
            }
        }
        double score = name;
        boolean byPlace = asPlace >= SAME_PLACE && asPlace * 0.9 > score;
        if (byPlace) {
            score = asPlace * 0.9;
            nameReason = placeReason;
        }
        boolean byTradingName = viaTradingName >= SAME_PLACE && name >= 0.5;
        if (byTradingName) {
            score = Math.max(score, Math.min(0.97, (name + viaTradingName) / 2 + 0.15));
            reasons.add(nameReason);
            reasons.add(tradingReason);
        } else {
            reasons.add(nameReason);
        }
        // The provider's legal form and qualifiers describe its company name, not the name of its home.
        boolean formsConflict = !byPlace && !p.legalForm().compatibleWith(s.legalForm());
        if (formsConflict) {
            score -= LEGAL_FORM_CONFLICT;
            reasons.add("legal forms differ (" + label(p.legalForm()) + " / " + label(s.legalForm()) + ")");
        }
        boolean qualifiersConflict = !byPlace && !qualifiersAgree(p, s);
        if (qualifiersConflict) {
            score -= QUALIFIER_CONFLICT;
            reasons.add("qualifiers differ (" + qualifiers(p) + " / " + qualifiers(s) + "): may be a sister company");
        }
        score += place(provider, sponsor, reasons);
        if (formsConflict || qualifiersConflict) {
            score = Math.min(score, MEDIUM - 0.02); // a different form or qualifier: most likely a sister company
        }
        score = limit(score, p, s, byPlace || byTradingName || sameCouncil, townAgrees, reasons);
        // Only the same words reach 1, so a town cannot lift a near name level with the name itself.
        double ceiling = p.compact().equals(s.compact()) ? 1 : SAME_TOKENS;
        return new Scored(Math.max(0, Math.min(ceiling, score)), wanted == null ? "" : String.join("; ", reasons));
    }

    /**
     * What weighted words do not see: councils of other places, or a council and another body, are others; a
     * word in one name only, or the same words in another order, make another name ("Willows Care Home" /
     * "Willows Home", "Care Homes" / "Home Care") unless a home, trading name or council's place is what agrees;
     * a bare home name needs its town.
     */
    private static double limit(double score, ComparableName p, ComparableName s, boolean placeOrTradingName,
                                boolean townAgrees, List<String> reasons) {
        double limited = score;
        if (p.isCouncil() && s.isCouncil() && !Councils.onePlace(p, s)) {
            limited = Math.min(limited, LOW - 0.01);
            reasons.add("councils of different places");
        } else if (p.isCouncil() != s.isCouncil()) {
            limited = Math.min(limited, MEDIUM - 0.02);
            reasons.add("a council and another body of its place");
        }
        boolean byWords = limited >= HIGH && !placeOrTradingName && !p.compact().equals(s.compact());
        String loneWord = byWords ? loneWord(p, s) : null;
        String otherOrder = byWords && loneWord == null ? otherOrder(p, s) : null;
        if (loneWord != null) {
            limited = HIGH - 0.02;
            reasons.add("'" + loneWord + "' is in one name only");
        } else if (otherOrder != null) {
            limited = HIGH - 0.02;
            reasons.add("'" + otherOrder + "' in another order makes another name");
        }
        if ((p.homeName() || s.homeName()) && !townAgrees && limited >= HIGH) {
            limited = HIGH - 0.02;
            reasons.add("a bare home name, shared by homes in many towns, and the town does not confirm it");
        }
        return limited;
    }

    /** A word carrying one name that is not among the other's words, in either direction; null when none. */
    private static String loneWord(ComparableName a, ComparableName b) {
        for (String token : a.tokens()) {
            if (bestMatch(token, b.words()) == 0) {
                return token;
            }
        }
        for (String token : b.tokens()) {
            if (bestMatch(token, a.words()) == 0) {
                return token;
            }
        }
        return null;
    }

    /** Each side's qualifiers are among the other's words: "(Essex)" agrees with "Essex", "(UK)" not with nothing. */
    private static boolean qualifiersAgree(ComparableName a, ComparableName b) {
        return amongWords(a.qualifiers(), b.words()) && amongWords(b.qualifiers(), a.words());
    }

    /** Two words both names have, in one order in the first and the other in the second; null when none. */
    private static String otherOrder(ComparableName a, ComparableName b) {
        int last = -1;
        String previous = null;
        for (String token : a.tokens()) {
            int at = CONNECTIVES.contains(token) ? -1 : indexOfMatch(token, b.tokens());
            if (at >= 0 && at < last) {
                return previous + " " + token;
            }
            if (at >= 0) {
                last = at;
                previous = token;
            }
        }
        return null;
    }

    /** Where the word is among the others, exactly or by a close spelling; -1 when it is not. */
    private static int indexOfMatch(String word, List<String> others) {
        for (int i = 0; i < others.size(); i++) {
            if (bestMatch(word, others.subList(i, i + 1)) > 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean amongWords(Set<String> qualifiers, List<String> words) {
        if (qualifiers.isEmpty()) {
            return true; // most names: no iterator made for every pair scored
        }
        for (String qualifier : qualifiers) {
            if (bestMatch(qualifier, words) == 0) {
                return false;
            }
        }
        return true;
    }

    /** A list that forgets what it is given: scoring without words. */
    private static final class Silent extends java.util.AbstractList<String> {
        @Override
        public boolean add(String reason) {
            return true;
        }

        @Override
        public String get(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            return 0;
        }
    }

    /**
     * Rarity-weighted agreement of two names' words, from both sides (harmonic mean), 1 for the same words. The
     * words carrying the name are compared, and all words too (qualifiers included), whichever agrees better.
     */
    double nameSimilarity(ComparableName a, ComparableName b) {
        return nameSimilarity(WeighedName.of(a, weights), WeighedName.of(b, weights));
    }

    private static double nameSimilarity(WeighedName weighedA, WeighedName weighedB) {
        ComparableName a = weighedA.name();
        ComparableName b = weighedB.name();
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.compact().equals(b.compact())) {
            return 1;
        }
        if (sameWords(weighedA.tokenIds(), a.tokens(), weighedB.tokenIds(), b.tokens())) {
            return SAME_TOKENS; // a qualifier or a department apart: the plain name ranks first
        }
        double similarity = similarity(weighedA.tokenIds(), a.tokens(), weighedA.tokenWeights(),
                weighedB.tokenIds(), b.tokens(), weighedB.tokenWeights());
        if (a.words().size() > a.tokens().size() || b.words().size() > b.tokens().size()) {
            similarity = Math.max(similarity, similarity(weighedA.wordIds(), a.words(), weighedA.wordWeights(),
                    weighedB.wordIds(), b.words(), weighedB.wordWeights()));
        }
        return similarity;
    }

    /** The same words in the same order, told by their numbers (by their letters only for words the register lacks). */
    private static boolean sameWords(int[] aIds, List<String> a, int[] bIds, List<String> b) {
        if (aIds.length != bIds.length) {
            return false;
        }
        for (int i = 0; i < aIds.length; i++) {
            if (!sameWord(aIds[i], a.get(i), bIds[i], b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Equal words have equal numbers; two words the register lacks share {@link TokenWeights#UNSEEN}. */
    private static boolean sameWord(int aId, String a, int bId, String b) {
        return aId == bId && (aId != TokenWeights.UNSEEN || a.equals(b));
    }

    private static double similarity(int[] aIds, List<String> a, double[] aWeights, int[] bIds, List<String> b,
                                     double[] bWeights) {
        double ab = coverage(aIds, a, aWeights, bIds, b);
        double ba = coverage(bIds, b, bWeights, aIds, a);
        return ab + ba == 0 ? 0 : 2 * ab * ba / (ab + ba);
    }

    /** @param weights the weights of {@code from}'s words, in their order */
    private static double coverage(int[] fromIds, List<String> from, double[] weights, int[] inIds, List<String> in) {
        double total = 0;
        double matched = 0;
        // Indexed loops: this runs for every word of every pair, and list iterators here were most of the garbage.
        for (int i = 0; i < weights.length; i++) {
            double weight = weights[i];
            total += weight;
            matched += weight * bestMatch(fromIds[i], from.get(i), inIds, in);
        }
        return total == 0 ? 0 : matched / total;
    }

    /** As {@link #bestMatch(String, List)}, the words told equal by their numbers. */
    private static double bestMatch(int tokenId, String token, int[] candidateIds, List<String> candidates) {
        double best = 0;
        for (int i = 0; i < candidateIds.length; i++) {
            String candidate = candidates.get(i);
            if (sameWord(tokenId, token, candidateIds[i], candidate)) {
                return 1;
            }
            best = closer(token, candidate, best);
        }
        return best;
    }

    /** 1 for the word itself among the candidates, else the best close spelling's similarity x 0.95, else 0. */
    private static double bestMatch(String token, List<String> candidates) {
        double best = 0;
        for (int i = 0; i < candidates.size(); i++) {
            String candidate = candidates.get(i);
            if (candidate.equals(token)) {
                return 1;
            }
            best = closer(token, candidate, best);
        }
        return best;
    }

    /** {@code best}, or the candidate's close spelling when it is closer (a different word of the same letter). */
    private static double closer(String token, String candidate, double best) {
        if (token.charAt(0) == candidate.charAt(0) && (token.length() >= 5 && candidate.length() >= 5
                || oneLetterAdded(token, candidate) || oneLetterAdded(candidate, token))) {
            double similarity = JaroWinkler.similarity(token, candidate);
            if (similarity >= FUZZY_TOKEN && similarity > best) {
                return similarity * 0.95;
            }
        }
        return best;
    }

    /** A short word spelt long by one letter: "care" / "cares", "home" / "homes"; not "care" / "carers". */
    private static boolean oneLetterAdded(String shorter, String longer) {
        if (shorter.length() != 4 || longer.length() != 5) {
            return false;
        }
        int i = 0;
        while (i < 4 && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.regionMatches(i, longer, i + 1, 4 - i);
    }

    private static boolean townAgrees(ProviderEntry provider, SponsorEntry sponsor) {
        String town = sponsor.foldedTown();
        return !town.isEmpty() && (provider.foldedTowns().contains(town) || provider.foldedCouncils().contains(town));
    }

    private static double place(ProviderEntry provider, SponsorEntry sponsor, List<String> reasons) {
        String town = sponsor.foldedTown();
        if (town.isEmpty() || provider.towns().isEmpty()) {
            return 0;
        }
        if (provider.foldedTowns().contains(town)) {
            if (!(reasons instanceof Silent)) { // counted only for the words: folding every town costs
                long agreeing = provider.towns().stream().filter(t -> fold(t).equals(town)).count();
                reasons.add("town " + sponsor.town().strip() + " matches " + agreeing + " of "
                        + provider.towns().size() + (provider.towns().size() == 1 ? " location" : " locations"));
            }
            return townAgrees(provider);
        }
        if (provider.foldedCouncils().contains(town)) {
            reasons.add("town " + sponsor.town().strip() + " is the council of a location");
            return townAgrees(provider);
        }
        reasons.add("town " + sponsor.town().strip() + " is not where its locations are");
        return -TOWN_DISAGREES;
    }

    /** A town agreeing tells more for a provider in one town than for one in a hundred. */
    private static double townAgrees(ProviderEntry provider) {
        return TOWN_AGREES * (1 + 1.0 / Math.max(1, provider.foldedTowns().size())) / 2;
    }

    private static String describeName(String providerName, String sponsorName, ComparableName p, ComparableName s,
                                       double similarity) {
        if (providerName.strip().equals(sponsorName.strip())) {
            return "same name";
        }
        if (providerName.strip().equalsIgnoreCase(sponsorName.strip())) {
            return "same name apart from capitals";
        }
        if (p.compact().equals(s.compact())) {
            if (!p.tokens().equals(s.tokens())) {
                return "same name apart from spacing or brackets";
            }
            return p.legalForm() != s.legalForm() ? "same words apart from the legal form"
                    : "same name apart from " + formDifference(providerName, sponsorName);
        }
        if (p.tokens().equals(s.tokens())) {
            return "same name apart from " + difference(onlyIn(p.words(), s.words()), onlyIn(s.words(), p.words()));
        }
        return String.format(Locale.ROOT, "names %.0f%% alike; differ in %s", similarity * 100,
                difference(onlyIn(p.tokens(), s.tokens()), onlyIn(s.tokens(), p.tokens())));
    }

    /** "'a' / 'b'", or "'a' only in the CQC name" when the register name has nothing of its own (and vice versa). */
    private static String difference(Set<String> onlyProvider, Set<String> onlySponsor) {
        String provider = "'" + String.join(" ", onlyProvider) + "'";
        String sponsor = "'" + String.join(" ", onlySponsor) + "'";
        if (onlySponsor.isEmpty()) {
            return provider + " only in the CQC name";
        }
        return onlyProvider.isEmpty() ? sponsor + " only in the register name" : provider + " / " + sponsor;
    }

    private static Set<String> onlyIn(List<String> words, List<String> others) {
        Set<String> only = new LinkedHashSet<>(words);
        others.forEach(only::remove);
        return only;
    }

    private static String formDifference(String a, String b) {
        String la = a.toLowerCase(Locale.ROOT);
        String lb = b.toLowerCase(Locale.ROOT);
        if (la.contains("limited") != lb.contains("limited") || la.contains("ltd") != lb.contains("ltd")) {
            return "'Ltd' / 'Limited'";
        }
        return "punctuation or spelling of the legal form";
    }

    private static String qualifiers(ComparableName name) {
        return name.qualifiers().isEmpty() ? "none" : String.join(", ", name.qualifiers());
    }

    private static String label(LegalForm form) {
        return form.name().toLowerCase(Locale.ROOT);
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");

    static String fold(String text) {
        return text == null ? "" : NOT_WORD.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
