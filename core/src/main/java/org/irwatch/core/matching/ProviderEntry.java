package org.irwatch.core.matching;

import java.util.List;
import java.util.Set;

/**
 * A CQC provider as matching sees it: its name, brand and the places of its locations.
 *
 * @param locationNames names of its locations (a trading name on the register is often one of them)
 * @param towns the towns of its locations, as written
 * @param councils the councils of its locations, by name
 * @param places its location names and brand, prepared once for comparing with trading names
 */
public record ProviderEntry(String providerId, String name, String brandName, List<String> locationNames,
                            List<String> towns, List<String> councils, ComparableName prepared,
                            List<ComparableName> places, Set<String> foldedTowns,
                            Set<String> foldedCouncils) {

    public ProviderEntry {
        locationNames = List.copyOf(locationNames);
        towns = List.copyOf(towns);
        councils = List.copyOf(councils);
        places = List.copyOf(places);
    }

    /** Every name it may be found by: its location names and brand, then its own name. */
    public List<ComparableName> names() {
        List<ComparableName> names = new java.util.ArrayList<>(places.size() + 1);
        names.addAll(places);
        names.add(prepared);
        return names;
    }

    public static ProviderEntry of(String providerId, String name, String brandName, List<String> locationNames,
                                   List<String> towns, List<String> councils) {
        List<ComparableName> places = new java.util.ArrayList<>();
        locationNames.forEach(location -> places.add(NameNormaliser.prepare(location)));
        if (brandName != null && !brandName.isBlank()) {
            places.add(NameNormaliser.prepare(brandName));
        }
        java.util.Set<String> foldedTowns = new java.util.HashSet<>();
        towns.forEach(town -> foldedTowns.add(MatchScorer.fold(town)));
        java.util.Set<String> foldedCouncils = new java.util.HashSet<>();
        councils.forEach(council -> foldedCouncils.add(MatchScorer.fold(council)));
        return new ProviderEntry(providerId, name, brandName, locationNames, towns, councils,
                NameNormaliser.prepare(name), places, Set.copyOf(foldedTowns), Set.copyOf(foldedCouncils));
    }
}
