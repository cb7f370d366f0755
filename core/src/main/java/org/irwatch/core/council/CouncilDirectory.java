package org.irwatch.core.council;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The councils and regions, with look-up by any name variant a source uses. Immutable; built once from the
 * reference data in the database.
 */
public final class CouncilDirectory {

    private final List<Council> councils;
    private final List<Region> regions;
    private final Map<String, Council> byGss = new HashMap<>();
    private final Map<String, Council> byNameKey = new HashMap<>();

    public CouncilDirectory(List<Council> councils) {
        this.councils = councils.stream().sorted(Comparator.comparing(Council::name)).toList();
        Map<String, Region> distinctRegions = new LinkedHashMap<>();
        for (Council council : this.councils) {
            byGss.put(council.gssCode(), council);
            distinctRegions.putIfAbsent(council.region().code(), council.region());
            byNameKey.put(CouncilNames.key(council.name()), council);
            byNameKey.put(CouncilNames.key(council.officialName()), council);
            council.nameVariants().forEach(variant -> byNameKey.putIfAbsent(CouncilNames.key(variant), council));
        }
        this.regions = distinctRegions.values().stream().sorted(Comparator.comparing(Region::onsName)).toList();
    }

    public List<Council> councils() {
        return councils;
    }

    public List<Region> regions() {
        return regions;
    }

    public Optional<Council> byGssCode(String gssCode) {
        return Optional.ofNullable(byGss.get(gssCode));
    }

    /** Resolves a council name as any source writes it; empty when no variant matches. */
    public Optional<Council> byName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byNameKey.get(CouncilNames.key(name)));
    }

    public Optional<Region> regionNamed(String name) {
        return regions.stream().filter(region -> region.isNamed(name)).findFirst();
    }

    public List<Council> inRegion(Region region) {
        return councils.stream().filter(council -> council.region().equals(region)).toList();
    }
}
