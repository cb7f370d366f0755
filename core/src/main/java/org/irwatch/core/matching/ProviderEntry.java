package org.irwatch.core.matching;

import java.util.List;

/**
 * A CQC provider as matching sees it: its name, brand and the places of its locations.
 *
 * @param locationNames names of its locations (a trading name on the register is often one of them)
 * @param towns the towns of its locations, as written
 * @param councils the councils of its locations, by name
 */
public record ProviderEntry(String providerId, String name, String brandName, List<String> locationNames,
                            List<String> towns, List<String> councils, ComparableName prepared) {

    public ProviderEntry {
        locationNames = List.copyOf(locationNames);
        towns = List.copyOf(towns);
        councils = List.copyOf(councils);
    }

    public static ProviderEntry of(String providerId, String name, String brandName, List<String> locationNames,
                                   List<String> towns, List<String> councils) {
        return new ProviderEntry(providerId, name, brandName, locationNames, towns, councils,
                NameNormaliser.prepare(name));
    }
}
