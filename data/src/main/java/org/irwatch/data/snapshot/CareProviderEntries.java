package org.irwatch.data.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.irwatch.core.matching.ProviderEntry;

/**
 * The CQC providers matching compares, gathered from their adult social care locations in the order written: a match
 * reading them back from the rows and a CQC import preparing them beside its writing (ADR 0047) gather them alike,
 * so the two give equal entries.
 */
public final class CareProviderEntries {

    private final Map<String, Places> places = new LinkedHashMap<>();
    private final Map<String, String[]> names = new HashMap<>();

    /** One adult social care location; {@code council} is the council's name, null when not known. */
    public void location(String providerId, String locationName, String town, String council) {
        places.computeIfAbsent(providerId, id -> new Places()).add(locationName, town, council);
    }

    /** The provider's own name and brand. */
    public void provider(String providerId, String name, String brandName) {
        names.put(providerId, new String[] {name, brandName});
    }

    public boolean isEmpty() {
        return places.isEmpty();
    }

    public int size() {
        return places.size();
    }

    /** Every provider with a location, prepared on all cores (preparing names is the costly part), in order. */
    public List<ProviderEntry> prepared() {
        return new ArrayList<>(places.entrySet()).parallelStream().map(this::entry).toList();
    }

    /** Every provider prepared in turn on this thread; false when {@code stop} said to stop first. */
    boolean prepareEach(Consumer<ProviderEntry> each, BooleanSupplier stop) {
        for (Map.Entry<String, Places> provider : places.entrySet()) {
            if (stop.getAsBoolean()) {
                return false;
            }
            each.accept(entry(provider));
        }
        return true;
    }

    private ProviderEntry entry(Map.Entry<String, Places> provider) {
        String[] name = names.getOrDefault(provider.getKey(), new String[] {provider.getKey(), null});
        Places where = provider.getValue();
        return ProviderEntry.of(provider.getKey(), name[0], name[1], List.copyOf(where.locationNames),
                List.copyOf(where.towns), List.copyOf(where.councils));
    }

    /** Where one provider's adult social care locations are. */
    private static final class Places {
        private final Set<String> locationNames = new LinkedHashSet<>();
        private final Set<String> towns = new LinkedHashSet<>();
        private final Set<String> councils = new LinkedHashSet<>();

        void add(String locationName, String town, String council) {
            locationNames.add(locationName);
            if (town != null && !town.isBlank()) {
                towns.add(town);
            }
            if (council != null) {
                councils.add(council);
            }
        }
    }
}
