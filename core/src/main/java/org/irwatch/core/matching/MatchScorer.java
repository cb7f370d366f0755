package org.irwatch.core.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores how likely a register organisation is the same legal entity as a CQC provider, in 0..1, and says why
 * in words. The score is the rarity-weighted agreement of their words (each word matched exactly or, when long
 * enough, by a close spelling), lowered when declared legal forms or qualifiers such as "(UK)" or "(England)"
 * differ, and moved a little by place: the register town against the provider's location towns and councils.
 * A trading name on the register that names one of the provider's locations or its brand counts as the name.
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

    private final TokenWeights weights;

    public MatchScorer(TokenWeights weights) {
        this.weights = weights;
    }

    /** A score with its reasons. */
    public record Scored(double score, String evidence) {
    }

    /** The score alone: what ranking needs, without building sentences for every candidate. */
    public double score(ProviderEntry provider, SponsorEntry sponsor) {
        return evaluate(provider, sponsor, null).score();
    }

    /** The score with its reasons in words. */
    public Scored explain(ProviderEntry provider, SponsorEntry sponsor) {
        return evaluate(provider, sponsor, new ArrayList<>());
    }

    /** @param reasons null when no words are wanted */
    private Scored evaluate(ProviderEntry provider, SponsorEntry sponsor, List<String> wanted) {
        List<String> reasons = wanted == null ? new Silent() : wanted;
        ComparableName p = provider.prepared();
        ComparableName s = sponsor.prepared();
        double name = nameSimilarity(p, s);
        String nameReason = wanted == null ? "" : describeName(provider.name(), sponsor.name(), p, s, name);
        double viaTradingName = 0;
        String tradingReason = null;
        for (ComparableName tradingName : s.tradingNames()) {
            for (ComparableName place : provider.places()) {
                double similarity = nameSimilarity(place, tradingName);
                if (similarity > viaTradingName) {
                    viaTradingName = similarity;
                    tradingReason = wanted == null ? "" : "trading name '" + tradingName.text()
                            + "' is the provider's location or brand '" + place.original().strip() + "'";
                }
            }
        }
        // The register name is one of the provider's care homes (or its brand), in the same town: a trading name.
        double asPlace = 0;
        String placeReason = null;
        if (name < 0.95 && townAgrees(provider, sponsor)) {
            for (ComparableName place : provider.places()) {
                double similarity = nameSimilarity(place, s);
                if (similarity > asPlace) {
                    asPlace = similarity;
                    placeReason = wanted == null ? "" : "register name is the provider's location or brand '"
                            + place.original().strip() + "'";
                }
            }
        }
        double score = name;
        if (asPlace >= 0.95 && asPlace * 0.9 > score) {
            score = asPlace * 0.9;
            nameReason = placeReason;
        }
        if (viaTradingName >= 0.95 && name >= 0.5) {
            score = Math.max(score, Math.min(0.97, (name + viaTradingName) / 2 + 0.15));
            reasons.add(nameReason);
            reasons.add(tradingReason);
        } else {
            reasons.add(nameReason);
        }
        if (p.legalForm() != LegalForm.NONE && s.legalForm() != LegalForm.NONE && p.legalForm() != s.legalForm()) {
            score -= LEGAL_FORM_CONFLICT;
            reasons.add("legal forms differ (" + label(p.legalForm()) + " / " + label(s.legalForm()) + ")");
        }
        if (!p.qualifiers().equals(s.qualifiers())) {
            score -= QUALIFIER_CONFLICT;
            reasons.add("qualifiers differ (" + qualifiers(p) + " / " + qualifiers(s) + "): may be a sister company");
        }
        boolean conflict = p.legalForm() != LegalForm.NONE && s.legalForm() != LegalForm.NONE
                && p.legalForm() != s.legalForm() || !p.qualifiers().equals(s.qualifiers());
        score += place(provider, sponsor, reasons);
        if (conflict) {
            score = Math.min(score, HIGH - 0.02); // a different form or qualifier is a question for a person
        }
        return new Scored(Math.max(0, Math.min(1, score)), wanted == null ? "" : String.join("; ", reasons));
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

    /** Rarity-weighted agreement of two names' words, from both sides (harmonic mean), 1 for the same words. */
    double nameSimilarity(ComparableName a, ComparableName b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.compact().equals(b.compact())) {
            return 1;
        }
        double ab = coverage(a.tokens(), b.tokens());
        double ba = coverage(b.tokens(), a.tokens());
        return ab + ba == 0 ? 0 : 2 * ab * ba / (ab + ba);
    }

    private double coverage(List<String> from, List<String> in) {
        double total = 0;
        double matched = 0;
        for (String token : from) {
            double weight = weights.weight(token);
            total += weight;
            matched += weight * bestMatch(token, in);
        }
        return total == 0 ? 0 : matched / total;
    }

    private static double bestMatch(String token, List<String> candidates) {
        double best = 0;
        for (String candidate : candidates) {
            if (candidate.equals(token)) {
                return 1;
            }
            if (token.length() >= 5 && candidate.length() >= 5 && token.charAt(0) == candidate.charAt(0)) {
                double similarity = JaroWinkler.similarity(token, candidate);
                if (similarity >= FUZZY_TOKEN && similarity > best) {
                    best = similarity * 0.95;
                }
            }
        }
        return best;
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
        long agreeing = provider.towns().stream().filter(t -> fold(t).equals(town)).count();
        boolean council = provider.foldedCouncils().contains(town);
        if (agreeing > 0) {
            reasons.add("town " + sponsor.town().strip() + " matches " + agreeing + " of " + provider.towns().size()
                    + (provider.towns().size() == 1 ? " location" : " locations"));
            return TOWN_AGREES;
        }
        if (council) {
            reasons.add("town " + sponsor.town().strip() + " is the council of a location");
            return TOWN_AGREES;
        }
        reasons.add("town " + sponsor.town().strip() + " is not where its locations are");
        return -TOWN_DISAGREES;
    }

    private static String describeName(String providerName, String sponsorName, ComparableName p, ComparableName s,
                                       double similarity) {
        if (providerName.strip().equals(sponsorName.strip())) {
            return "same name";
        }
        if (providerName.strip().equalsIgnoreCase(sponsorName.strip())) {
            return "same name apart from capitals";
        }
        if (p.text().equals(s.text())) {
            return p.legalForm() != s.legalForm() || !p.qualifiers().equals(s.qualifiers())
                    ? "same words apart from legal form or qualifiers"
                    : "same name apart from " + formDifference(providerName, sponsorName);
        }
        if (p.compact().equals(s.compact())) {
            return "same name apart from spacing";
        }
        Set<String> onlyProvider = new HashSet<>(p.tokens());
        onlyProvider.removeAll(s.tokens());
        Set<String> onlySponsor = new HashSet<>(s.tokens());
        onlySponsor.removeAll(p.tokens());
        return String.format(Locale.ROOT, "names %.0f%% alike; differ in '%s' / '%s'", similarity * 100,
                String.join(" ", onlyProvider), String.join(" ", onlySponsor));
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
