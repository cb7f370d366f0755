package org.irwatch.core.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Local authorities are known by their place, not by their style: "London Borough of Harrow" and "Harrow Council",
 * "Bury Metropolitan Borough Council" and "Bury Council", "Portsmouth City Council" and "Portsmouth Local
 * Authority" are each one body. The style (metropolitan, borough, district, city) is dropped; the tier (county,
 * town, parish) is kept, as a county council and a town council of one place are different bodies.
 */
final class Councils {

    /**
     * A council's words reduced to place, tier and "council"; with its department after them; the place alone.
     */
    record Council(List<String> tokens, List<String> words, String place) {
    }

    private static final Set<String> STYLES = Set.of("metropolitan", "borough", "district", "city");
    private static final Set<String> TIERS = Set.of("county", "town", "parish", "community");
    /** "Council for Voluntary Service", "Council of Mosques": other bodies, not a council's department. */
    private static final Set<String> NOT_A_DEPARTMENT = Set.of("for", "of", "on", "in");
    private static final List<List<String>> STYLE_PREFIXES = List.of(List.of("london", "borough", "of"),
            List.of("london", "borough"), List.of("royal", "borough", "of"), List.of("borough", "of"),
            List.of("city", "of"));

    private Councils() {
    }

    /** The council these words name, or null when they name something else. */
    static Council of(List<String> name) {
        if (!name.contains("council") && !name.contains("authority") && !name.contains("borough")) {
            return null;
        }
        List<String> rest = new ArrayList<>(name);
        int size = rest.size();
        if (size > 2 && rest.get(size - 2).equals("local") && rest.getLast().equals("authority")) {
            rest = new ArrayList<>(rest.subList(0, size - 2));
            rest.add("council");
        }
        boolean londonStyle = startsWith(rest, STYLE_PREFIXES.get(1)) || startsWith(rest, STYLE_PREFIXES.get(2));
        int council = councilWord(rest);
        if (council < 0 && !londonStyle) {
            return null;
        }
        // What follows "Council" names a department of it ("Manchester City Council - Adult Directorate").
        List<String> place = new ArrayList<>(council < 0 ? rest : rest.subList(0, council));
        for (List<String> prefix : STYLE_PREFIXES) {
            if (startsWith(place, prefix)) {
                place.subList(0, prefix.size()).clear();
            }
        }
        List<String> tiers = new ArrayList<>();
        while (!place.isEmpty() && (STYLES.contains(place.getLast()) || TIERS.contains(place.getLast()))) {
            String word = place.removeLast();
            if (TIERS.contains(word)) {
                tiers.addFirst(word);
            }
        }
        if (place.isEmpty()) {
            return null;
        }
        List<String> tokens = new ArrayList<>(place);
        tokens.addAll(tiers);
        tokens.add("council");
        List<String> words = new ArrayList<>(tokens);
        if (council >= 0) {
            words.addAll(rest.subList(council + 1, rest.size()));
        }
        return new Council(tokens, words, String.join(" ", place));
    }

    /** Two councils of one tier and one place (Kingston upon Hull City Council, Hull City Council). */
    static boolean sameAuthority(ComparableName a, ComparableName b) {
        return a.isCouncil() && b.isCouncil() && tier(a).equals(tier(b)) && onePlace(a, b);
    }

    /** Two councils' places are one, under one name or a long and a short one (Kingston upon Hull, Hull). */
    static boolean onePlace(ComparableName a, ComparableName b) {
        return a.council().equals(b.council()) || shortFormOf(a.council(), b.council())
                || shortFormOf(b.council(), a.council());
    }

    /** The words of a council's name after its place: "county council", "council". */
    private static List<String> tier(ComparableName council) {
        List<String> tokens = council.tokens();
        return tokens.subList(council.council().split(" ").length, tokens.size());
    }

    /**
     * A place "A upon B" or "A-on-B" is also called by A alone, and "A upon B" by B alone: Newcastle upon Tyne is
     * Newcastle, Southend-on-Sea is Southend, Kingston upon Hull is Hull.
     */
    static boolean shortFormOf(String place, String shorter) {
        for (String joiner : List.of(" upon ", " on ")) {
            int at = place.indexOf(joiner);
            if (at > 0 && (place.substring(0, at).equals(shorter)
                    || joiner.equals(" upon ") && place.substring(at + joiner.length()).equals(shorter))) {
                return true;
            }
        }
        return false;
    }

    /** Where "council" is, after at least one word and not followed by "for" or "of"; -1 when it is not. */
    private static int councilWord(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).equals("council")
                    && (i == words.size() - 1 || !NOT_A_DEPARTMENT.contains(words.get(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(List<String> words, List<String> prefix) {
        return words.size() > prefix.size() && words.subList(0, prefix.size()).equals(prefix);
    }
}
