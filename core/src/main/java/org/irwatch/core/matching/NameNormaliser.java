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

/**
 * Prepares organisation names from the register and the CQC for comparison. The rules are general, read off the
 * real files: legal forms and their misspellings, trading names ("t/a", "T/A", "TA", "trading as"), bracketed
 * parts, "&amp;" and "and", dotted initials, appended company numbers, O typed as 0, "(The)" at the end of CQC
 * names, and councils under their abbreviations.
 */
public final class NameNormaliser {

    private static final Pattern TRADING_AS = Pattern.compile(
            "\\s+(?:t\\s*/\\s*as?|t\\.a\\.|ta|trading\\s+as|trades\\s+as|known\\s+as|operating\\s+as)(?=\\s|$)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    private static final Pattern DOTTED_INITIALS = Pattern.compile("\\b((?:\\p{L}\\.){2,})");
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
    /** Qualifiers that tell a group's companies apart; kept aside, not as name words. */
    private static final Set<String> QUALIFIERS = Set.of("uk", "gb", "england", "wales", "scotland",
            "international", "holdings", "group");
    /** Council and NHS abbreviations, expanded when they end a name ("Calderdale MBC"). */
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "mbc", "metropolitan borough council", "cc", "county council", "bc", "borough council",
            "dc", "district council", "ft", "foundation trust", "nhsft", "nhs foundation trust");

    private NameNormaliser() {
    }

    public static ComparableName prepare(String original) {
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
        Set<String> qualifiers = new LinkedHashSet<>();
        Matcher bracketed = BRACKETED.matcher(folded);
        StringBuilder outside = new StringBuilder();
        while (bracketed.find()) {
            for (String word : NOT_WORD.split(bracketed.group(1))) {
                if (!word.isEmpty() && !word.equals("the")) {
                    qualifiers.add(word);
                }
            }
            bracketed.appendReplacement(outside, " ");
        }
        bracketed.appendTail(outside);
        folded = joinInitials(outside.toString()).replace("&", " and ").replace("+", " and ").replace("'", "");
        folded = COMPANY_NUMBER.matcher(folded.strip()).replaceAll("");

        LegalForm form = LegalForm.NONE;
        List<String> tokens = new ArrayList<>();
        for (String raw : NOT_WORD.split(folded)) {
            if (raw.isEmpty()) {
                continue;
            }
            String word = zeroAsO(raw);
            LegalForm declared = LEGAL_WORDS.get(word);
            if (declared != null) {
                form = declared;
                continue;
            }
            if (word.equals("the") || (word.equals("company") || word.equals("co")) && !tokens.isEmpty()) {
                continue;
            }
            if (QUALIFIERS.contains(word) && !tokens.isEmpty()) {
                qualifiers.add(word);
                continue;
            }
            tokens.add(word);
        }
        if (tokens.size() > 1 && ABBREVIATIONS.containsKey(tokens.getLast())) {
            String expanded = ABBREVIATIONS.get(tokens.removeLast());
            tokens.addAll(List.of(expanded.split(" ")));
        }
        if (form == LegalForm.NONE && (tokens.contains("charity") || tokens.contains("trust"))) {
            form = LegalForm.CHARITY;
        }
        qualifiers.removeIf(q -> LEGAL_WORDS.containsKey(q) || q.equals("the"));
        return new ComparableName(original, tokens, form, qualifiers, tradingNames);
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
