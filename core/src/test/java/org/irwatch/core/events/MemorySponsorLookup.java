package org.irwatch.core.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irwatch.core.register.OrganisationKey;

/** A register and its links in memory. */
public final class MemorySponsorLookup implements SponsorLookup {

    private static final LocalDate SEEN = LocalDate.of(2026, 11, 30);
    private final List<RegisterSponsor> sponsors = new ArrayList<>();
    private final Map<String, LinkedProvider> providers = new HashMap<>();
    private final Map<String, Set<String>> councils = new HashMap<>();

    public void sponsor(String name, String town, boolean onLatest) {
        sponsors.add(new RegisterSponsor(OrganisationKey.of(name, town), name, town, SEEN, onLatest));
    }

    public void link(String name, String town, String providerId, Set<String> councilCodes) {
        providers.put(OrganisationKey.of(name, town), new LinkedProvider(providerId, "Provider " + providerId));
        councils.put(providerId, councilCodes);
    }

    @Override
    public Map<String, List<RegisterSponsor>> sponsorsNamed(Set<String> foldedNames) {
        Map<String, List<RegisterSponsor>> found = new HashMap<>();
        sponsors.stream().filter(s -> foldedNames.contains(OrganisationKey.fold(s.name())))
                .forEach(s -> found.computeIfAbsent(OrganisationKey.fold(s.name()), k -> new ArrayList<>()).add(s));
        return found;
    }

    @Override
    public Map<String, LinkedProvider> providersOf(Set<String> sponsorKeys) {
        Map<String, LinkedProvider> found = new HashMap<>(providers);
        found.keySet().retainAll(sponsorKeys);
        return found;
    }

    @Override
    public Map<String, Set<String>> councilsOf(Set<String> providerIds) {
        Map<String, Set<String>> found = new HashMap<>(councils);
        found.keySet().retainAll(providerIds);
        return found;
    }
}
