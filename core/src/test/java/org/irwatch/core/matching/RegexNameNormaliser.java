package org.irwatch.core.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The name preparation as it was written with regular expressions, kept as the reference that
 * {@link NameNormaliserEquivalenceTest} holds the hand-scanning {@link NameNormaliser} to.
 *
 * <p>Prepares organisation names from the register and the CQC for comparison. The rules are general, read off the
 * real files: legal forms and their misspellings, trading names ("t/a", "T/A", "TA", "trading as"), bracketed
 * parts, "&amp;" and "and", dotted initials, appended company numbers, O typed as 0, "(The)" at the end of CQC
 * names, and councils under their abbreviations.
 */
final class RegexNameNormaliser {

    private static final Pattern TRADING_AS = Pattern.compile(
            "\\s+(?:t\\s*/\\s*as?|t\\.a\\.|ta|trading\\s+as|trades\\s+as|known\\s+as|operating\\s+as)(?=\\s|$)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    /** "S.E.S.", "S.E.S" and "C.I.C": single letters joined by dots, the last dot optional. */
    private static final Pattern DOTTED_INITIALS = Pattern.compile("\\b((?:\\p{L}\\.)+\\p{L})\\b\\.?");
    private static final Pattern COMPANY_NUMBER = Pattern.compile("\\b(?:\\d{8}|[a-z]{2}\\d{6}|\\d{6,7})\\s*$");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    /** Legal-form words and the misspellings met in the register, each with the form it declares. */
    private static final Map<String, LegalForm> LEGAL_WORDS = Map.ofEntries(
            Map.entry("ltd", LegalForm.LIMITED), Map.entry("limited", LegalForm.LIMITED),
            Map.entry("limted", LegalForm.LIMITED), Map.entry("limitd", LegalForm.LIMITED),
            Map.entry("limite", LegalForm.LIMITED), Map.entry("lmited", LegalForm.LIMITED),
            Map.entry("ltd.", LegalForm.LIMITED), Map.entry("pvt", LegalForm.LIMITED),
            Map.entry("private", LegalForm.LIMITED), Map.entry("plc", LegalForm.PLC),
            Map.entry("llp", LegalForm.LLP), Map.entry("cic", LegalForm.CIC), Map.entry("cio", LegalForm.CHARITY),
            Map.entry("lp", LegalForm.LLP));
    /**
     * "NHS" after a place marks a statutory body: "… Partnership NHS Trust" and "… Partnership Trust" name one
     * trust. It stays a word of the name, not one that carries it.
     */
    private static final String DESIGNATION = "nhs";
    /** Qualifiers that tell a group's companies apart; kept aside, not as name words. */
    private static final Set<String> QUALIFIERS = Set.of("uk", "gb", "england", "wales", "scotland",
            "international", "holdings", "group");
    /** Last words of a bare care-home name: "The Grange", "Alexander House", "Willows Care Home". */
    private static final Set<String> HOME_WORDS = Set.of("home", "house", "lodge", "hall", "court", "manor",
            "grange", "croft", "cottage", "gardens", "mews", "villa", "view", "residence", "farm");
    /** Council and NHS abbreviations, expanded when they end a name ("Calderdale MBC"). */
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "mbc", "metropolitan borough council", "cc", "county council", "bc", "borough council",
            "dc", "district council", "ft", "foundation trust", "nhsft", "nhs foundation trust");

    private RegexNameNormaliser() {
    }

    static ComparableName prepare(String original) {
        String text = original == null ? "" : original;
        List<String> parts = splitTradingNames(text);
        List<ComparableName> tradingNames = new ArrayList<>();
        for (String tradingName : parts.subList(1, parts.size())) {
            ComparableName prepared = prepareOne(tradingName, tradingName, List.of());
            if (!prepared.isEmpty()) {
                tradingNames.add(prepared);
            }
        }
        return prepareOne(original, parts.getFirst(), tradingNames);
    }

    /** "(t/a Vision Norfolk)": a trading name in brackets. */
    private static final Pattern BRACKETED_TRADING_AS = Pattern.compile(
            "[(\\[]\\s*(?:t\\s*/\\s*as?|trading\\s+as)\\s+([^)\\]]*)[)\\]]", Pattern.CASE_INSENSITIVE);

    private static List<String> splitTradingNames(String text) {
        List<String> parts = new ArrayList<>();
        Matcher bracketed = BRACKETED_TRADING_AS.matcher(text);
        if (bracketed.find()) {
            String rest = text.substring(0, bracketed.start()) + text.substring(bracketed.end());
            List<String> split = splitTradingNames(rest);
            split.add(bracketed.group(1));
            return split;
        }
        Matcher matcher = TRADING_AS.matcher(text);
        int start = 0;
        while (matcher.find()) {
            parts.add(text.substring(start, matcher.start()));
            start = matcher.end();
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static ComparableName prepareOne(String original, String text, List<ComparableName> tradingNames) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
        folded = DIACRITICS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT).strip();
        folded = joinInitials(folded).replace("&", " and ").replace("+", " and ").replace("'", "");
        folded = COMPANY_NUMBER.matcher(folded.strip()).replaceAll("");
        Words words = new Words();
        Matcher bracketed = BRACKETED.matcher(folded);
        int at = 0;
        while (bracketed.find()) {
            words.add(folded.substring(at, bracketed.start()), false);
            words.add(bracketed.group(1), true);
            at = bracketed.end();
        }
        words.add(folded.substring(at), false);
        List<String> tokens = expandAbbreviation(words.tokens);
        List<String> all = expandAbbreviation(words.all);
        LegalForm form = words.form;
        Councils.Council council = form == LegalForm.NONE ? Councils.of(tokens) : null;
        if (council != null) {
            tokens = council.tokens();
            all = council.words();
        }
        if (form == LegalForm.NONE && (tokens.contains("charity") || tokens.contains("trust"))) {
            form = LegalForm.CHARITY;
        }
        boolean homeName = form == LegalForm.NONE && council == null && !tokens.isEmpty()
                && HOME_WORDS.contains(tokens.getLast());
        // "UK" or "Group" may stand anywhere in a name ("Simply Care Group UK", "Simply UK Care Group").
        String compact = all.stream().filter(word -> !(QUALIFIERS.contains(word) && words.qualifiers.contains(word)))
                .collect(Collectors.joining());
        return new ComparableName(original, tokens, all, form, words.qualifiers, tradingNames,
                council == null ? "" : council.place(), homeName, compact);
    }

    /** The words of a name as they are read, inside brackets or out. */
    private static final class Words {
        final List<String> tokens = new ArrayList<>();
        final List<String> all = new ArrayList<>();
        final Set<String> qualifiers = new LinkedHashSet<>();
        LegalForm form = LegalForm.NONE;

        void add(String text, boolean inBrackets) {
            for (String raw : NOT_WORD.split(text)) {
                if (raw.isEmpty()) {
                    continue;
                }
                String word = zeroAsO(raw);
                LegalForm declared = LEGAL_WORDS.get(word);
                if (declared != null) {
                    form = declared;
                    continue;
                }
                boolean companyWord = word.equals("company") || word.equals("co");
                if (word.equals("the") || !inBrackets && companyWord && !tokens.isEmpty()) {
                    continue;
                }
                all.add(word);
                if (word.equals(DESIGNATION) && !tokens.isEmpty()) {
                    continue;
                }
                if (inBrackets || QUALIFIERS.contains(word) && !tokens.isEmpty()) {
                    qualifiers.add(word);
                } else {
                    tokens.add(word);
                }
            }
        }
    }

    /** "Calderdale MBC": a council abbreviation ending a name is written out. */
    private static List<String> expandAbbreviation(List<String> words) {
        if (words.size() < 2 || !ABBREVIATIONS.containsKey(words.getLast())) {
            return words;
        }
        List<String> expanded = new ArrayList<>(words.subList(0, words.size() - 1));
        expanded.addAll(List.of(ABBREVIATIONS.get(words.getLast()).split(" ")));
        return expanded;
    }

    /** "s.m.s. care" becomes "sms care". */
    private static String joinInitials(String text) {
        Matcher matcher = DOTTED_INITIALS.matcher(text);
        StringBuilder joined = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(joined, matcher.group(1).replace(".", "") + " ");
        }
        matcher.appendTail(joined);
        return joined.toString();
    }

    /** A zero among letters is a letter O typed wrong ("C0MFORT"); a number stays a number. */
    private static String zeroAsO(String word) {
        if (word.indexOf('0') < 0 || word.chars().noneMatch(Character::isLetter)) {
            return word;
        }
        return word.replace('0', 'o');
    }
}
