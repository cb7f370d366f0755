package org.irwatch.core.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.irwatch.core.register.OrganisationKey;

/**
 * Links sponsor names, as a notice or tracker writes them, to register organisations (newest snapshot first, then
 * older ones: a revoked sponsor is gone from the latest register), to their CQC provider, and to that provider's
 * councils. Many names at once, so an import reads the register once.
 */
public final class SponsorLinker {

    /** A sponsor as written: name, and town when known. */
    public record Name(String name, String town) {
    }

    private final SponsorLookup lookup;

    public SponsorLinker(SponsorLookup lookup) {
        this.lookup = lookup;
    }

    public SponsorLink link(String name, String town) {
        return link(List.of(new Name(name, town))).get(new Name(name, town));
    }

    public Map<Name, SponsorLink> link(List<Name> names) {
        Set<String> folded = names.stream().map(n -> OrganisationKey.fold(n.name())).collect(Collectors.toSet());
        Map<String, List<RegisterSponsor>> found = lookup.sponsorsNamed(folded);
        Map<Name, RegisterSponsor> chosen = new HashMap<>();
        Map<Name, SponsorLink> links = new HashMap<>();
        for (Name name : new HashSet<>(names)) {
            List<RegisterSponsor> candidates = found.getOrDefault(OrganisationKey.fold(name.name()), List.of());
            RegisterSponsor sponsor = choose(name, candidates);
            if (sponsor == null) {
                links.put(name, SponsorLink.notFound(candidates.isEmpty()
                        ? "'" + name.name() + "' is not on any register snapshot held. Check the spelling against the "
                        + "register, or import the register of the date of the notice."
                        : "'" + name.name() + "' is on the register in " + candidates.size() + " towns ("
                        + candidates.stream().map(RegisterSponsor::town).sorted().collect(Collectors.joining(", "))
                        + "); give the town to say which."));
            } else {
                chosen.put(name, sponsor);
            }
        }
        Map<String, LinkedProvider> providers = lookup.providersOf(
                chosen.values().stream().map(RegisterSponsor::key).collect(Collectors.toSet()));
        Map<String, Set<String>> councils = lookup.councilsOf(
                providers.values().stream().map(LinkedProvider::providerId).collect(Collectors.toSet()));
        chosen.forEach((name, sponsor) -> {
            LinkedProvider provider = providers.get(sponsor.key());
            links.put(name, new SponsorLink(sponsor, provider,
                    provider == null ? Set.of() : councils.getOrDefault(provider.providerId(), Set.of()), null));
        });
        return links;
    }

    /** The one organisation the name means: the town decides between several; the newest snapshot's entry wins. */
    private static RegisterSponsor choose(Name name, List<RegisterSponsor> candidates) {
        if (candidates.size() == 1) {
            return candidates.getFirst();
        }
        String town = OrganisationKey.fold(name.town());
        List<RegisterSponsor> inTown = candidates.stream()
                .filter(c -> !town.isEmpty() && Objects.equals(OrganisationKey.fold(c.town()), town)).toList();
        return inTown.size() == 1 ? inTown.getFirst() : null;
    }
}
