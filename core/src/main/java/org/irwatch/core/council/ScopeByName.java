package org.irwatch.core.council;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.irwatch.core.common.UserFacingException;

/**
 * An area named on the command line: "England", a region (as ONS or CQC write it, or as the area picker labels it),
 * a council by any name variant a source uses, or a partnership by its name. An unknown name is refused with the closest names offered.
 */
public final class ScopeByName {

    private static final String REGION_SUFFIX = "(region)";
    private static final String PARTNERSHIP_SUFFIX = "(partnership)";
    private static final int SUGGESTIONS = 5;

    private ScopeByName() {
    }

    public static Scope find(String name, CouncilDirectory directory, List<Partnership> partnerships) {
        return lookUp(name, directory, partnerships).orElseThrow(() -> {
            List<String> close = closeNames(name, directory, partnerships);
            return new UserFacingException("No council, region or partnership is called \"" + name.strip()
                    + "\"." + (close.isEmpty() ? " Give a council's name, e.g. \"Birmingham\", a region, e.g. "
                    + "\"West Midlands\", a partnership's name (irwatch partnerships list), or \"England\"."
                    : " Did you mean: " + String.join(", ", close) + "?"));
        });
    }

    static Optional<Scope> lookUp(String name, CouncilDirectory directory, List<Partnership> partnerships) {
        String plain = withoutSuffix(name.strip(), REGION_SUFFIX);
        if (CouncilNames.key(plain).equals("england")) {
            return Optional.of(Scope.england());
        }
        Optional<Scope> council = directory.byName(plain).map(Scope.CouncilScope::new);
        if (council.isPresent()) {
            return council;
        }
        Optional<Scope> region = directory.regionNamed(plain).map(Scope.RegionScope::new);
        if (region.isPresent()) {
            return region;
        }
        return Partnerships.find(partnerships, withoutSuffix(name.strip(), PARTNERSHIP_SUFFIX))
                .map(Scope.PartnershipScope::new);
    }

    private static String withoutSuffix(String name, String suffix) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(suffix)
                ? name.substring(0, name.length() - suffix.length()).strip() : name;
    }

    /** Names that contain what was typed, or differ from it by a few letters; the closest first. */
    static List<String> closeNames(String name, CouncilDirectory directory) {
        return closeNames(name, directory, List.of());
    }

    private static List<String> closeNames(String name, CouncilDirectory directory, List<Partnership> partnerships) {
        String typed = CouncilNames.key(name);
        List<String> names = new ArrayList<>();
        directory.councils().forEach(c -> names.add(c.name()));
        directory.regions().forEach(r -> names.add(r.onsName()));
        partnerships.forEach(p -> names.add(p.name()));
        return names.stream()
                .filter(candidate -> {
                    String key = CouncilNames.key(candidate);
                    return !typed.isEmpty() && (key.contains(typed) || typed.contains(key)
                            || distance(key, typed) <= Math.max(2, typed.length() / 4));
                })
                .sorted(Comparator.comparingInt((String c) -> distance(CouncilNames.key(c), typed))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(SUGGESTIONS).toList();
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
