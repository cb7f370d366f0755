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
 *
 * <p>Every name of both files passes through here, so the common path scans characters by hand: the regular
 * expressions remain only for the rare names a cheap check shows they may change (a slash, a bracket, a dot, a last
 * digit).
 */
public final class NameNormaliser {

    private static final Pattern TRADING_AS = Pattern.compile(
            "\\s+(?:t\\s*/\\s*as?|t\\.a\\.|ta|trading\\s+as|trades\\s+as|known\\s+as|operating\\s+as)(?=\\s|$)\\s*",
            Pattern.CASE_INSENSITIVE);
    /** "S.E.S.", "S.E.S" and "C.I.C": single letters joined by dots, the last dot optional. */
    private static final Pattern DOTTED_INITIALS = Pattern.compile("\\b((?:\\p{L}\\.)+\\p{L})\\b\\.?");
    private static final Pattern COMPANY_NUMBER = Pattern.compile("\\b(?:\\d{8}|[a-z]{2}\\d{6}|\\d{6,7})\\s*$");

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
        if (!mayNameTradingName(text)) {
            parts.add(text);
            return parts;
        }
        Matcher bracketed = BRACKETED_TRADING_AS.matcher(text);
        if (hasBracket(text) && bracketed.find()) {
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

    /**
     * Whether a trading-name pattern could match: each needs a slash, a bracket, "t.a.", "trad", "known",
     * "operating" or a word beginning "ta" (case as the patterns ignore it, ASCII only).
     */
    private static boolean mayNameTradingName(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.indexOf('/') >= 0 || hasBracket(lower) || lower.contains("t.a.") || lower.contains("trad")
                || lower.contains("known") || lower.contains("operating")) {
            return true;
        }
        for (int at = lower.indexOf("ta"); at >= 0; at = lower.indexOf("ta", at + 1)) {
            if (at > 0 && isPatternSpace(lower.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBracket(String text) {
        return text.indexOf('(') >= 0 || text.indexOf('[') >= 0;
    }

    /** {@code \s} of the patterns: ASCII white space only. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static ComparableName prepareOne(String original, String text, List<ComparableName> tradingNames) {
        String folded = withoutDiacritics(text).toLowerCase(Locale.ROOT).strip();
        if (folded.indexOf('.') >= 0) {
            folded = joinInitials(folded);
        }
        folded = folded.replace("&", " and ").replace("+", " and ").replace("'", "").strip();
        if (mayEndInCompanyNumber(folded)) {
            folded = COMPANY_NUMBER.matcher(folded).replaceAll("");
        }
        Words words = new Words();
        // Each "(" or "[" up to the next ")" or "]" is a bracketed part (an opener without a closer after it is text).
        int at = 0;
        while (true) {
            int open = firstOf(folded, '(', '[', at);
            int close = open < 0 ? -1 : firstOf(folded, ')', ']', open + 1);
            if (close < 0) {
                break;
            }
            words.add(folded.substring(at, open), false);
            words.add(folded.substring(open + 1, close), true);
            at = close + 1;
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
        StringBuilder compact = new StringBuilder();
        for (String word : all) {
            if (!(QUALIFIERS.contains(word) && words.qualifiers.contains(word))) {
                compact.append(word);
            }
        }
        return new ComparableName(original, tokens, all, form, words.qualifiers, tradingNames,
                council == null ? "" : council.place(), homeName, compact.toString());
    }

    /** A company number ends in a digit; {@code $} of the pattern also matches before a last U+0085. */
    private static boolean mayEndInCompanyNumber(String folded) {
        if (folded.isEmpty()) {
            return false;
        }
        char last = folded.charAt(folded.length() - 1);
        return Character.isDigit(last) || last == '\u0085';
    }

    /** The first of two characters from {@code from} on, or -1. */
    private static int firstOf(String text, char one, char other, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == one || c == other) {
                return i;
            }
        }
        return -1;
    }

    /** Accents taken off ("é" to "e"); ASCII text, most names, has none and is not decomposed. */
    private static String withoutDiacritics(String text) {
        if (isAscii(text)) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> !isMark(cp)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** A loop, not a stream: every name of both files passes here, in code the quick compiler made. */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** A letter or a number ({@code \p{L}} or {@code \p{N}}): what the words of a name are made of. */
    private static boolean isWordPart(int codePoint) {
        if (codePoint < 0x80) { // most characters: ASCII has no letter or number outside these ranges
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    || codePoint >= '0' && codePoint <= '9';
        }
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The words of a name as they are read, inside brackets or out. */
    private static final class Words {
        final List<String> tokens = new ArrayList<>();
        final List<String> all = new ArrayList<>();
        final Set<String> qualifiers = new LinkedHashSet<>();
        LegalForm form = LegalForm.NONE;

        /** Each run of letters and numbers in the text is a word. */
        void add(String text, boolean inBrackets) {
            int i = 0;
            while (i < text.length()) {
                int start = i;
                while (i < text.length() && isWordPart(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                if (i == start) {
                    i += Character.charCount(text.codePointAt(i));
                } else {
                    addWord(text.substring(start, i), inBrackets);
                }
            }
        }

        private void addWord(String raw, boolean inBrackets) {
            String word = zeroAsO(raw);
            LegalForm declared = LEGAL_WORDS.get(word);
            if (declared != null) {
                form = declared;
                return;
            }
            boolean companyWord = word.equals("company") || word.equals("co");
            if (word.equals("the") || !inBrackets && companyWord && !tokens.isEmpty()) {
                return;
            }
            all.add(word);
            if (word.equals(DESIGNATION) && !tokens.isEmpty()) {
                return;
            }
            if (inBrackets || QUALIFIERS.contains(word) && !tokens.isEmpty()) {
                qualifiers.add(word);
            } else {
                tokens.add(word);
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
