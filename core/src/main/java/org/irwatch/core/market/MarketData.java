package org.irwatch.core.market;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.OrganisationKey;
import org.irwatch.core.register.RegisterChange;

/**
 * The whole market held in memory, joined once after each change of data so that switching council, filtering and
 * ranking never go back to the database. England is about 90,000 locations: a few tens of megabytes.
 */
public final class MarketData {

    private final DataDates dates;
    private final Set<CqcColumn> cqcColumns;
    private final Map<String, MarketProvider> providers;
    private final Map<String, List<MarketProvider>> providersByCouncil;
    private final List<ScopedEvent> events;

    private MarketData(DataDates dates, Set<CqcColumn> cqcColumns, Map<String, MarketProvider> providers,
                       List<ScopedEvent> events) {
        this.dates = dates;
        this.cqcColumns = cqcColumns;
        this.providers = providers;
        this.events = events;
        this.providersByCouncil = new HashMap<>();
        for (MarketProvider provider : providers.values()) {
            for (String council : provider.councils()) {
                providersByCouncil.computeIfAbsent(council, c -> new ArrayList<>()).add(provider);
            }
        }
    }

    public static MarketData of(MarketSources sources) {
        Map<String, List<MarketLocation>> locations = new HashMap<>();
        sources.locations().forEach(l -> locations.computeIfAbsent(l.providerId(), id -> new ArrayList<>()).add(l));
        Map<String, StoredMatch> matches = new HashMap<>();
        sources.matches().forEach(m -> matches.put(m.providerId(), m));
        Map<String, StoredMatch.SponsorRef> former = new HashMap<>();
        sources.formerSponsorships().forEach(f -> former.put(f.providerId(), f.sponsor()));

        // A provider's register changes are those of its current sponsor, or of its former one when it has none now.
        Map<String, String> providerBySponsor = new HashMap<>();
        matches.values().stream().filter(MarketData::isSponsorship)
                .forEach(m -> providerBySponsor.put(m.sponsor().key(), m.providerId()));
        former.keySet().removeIf(providerId -> isSponsorship(matches.get(providerId)));
        former.forEach((providerId, sponsor) -> providerBySponsor.putIfAbsent(sponsor.key(), providerId));

        Set<String> moved = movedOrganisations(sources.registerChanges());
        Map<String, List<RegisterChange>> changes = new HashMap<>();
        for (RegisterChange change : sources.registerChanges()) {
            String providerId = providerBySponsor.get(OrganisationKey.of(change.organisationName(), change.town()));
            if (providerId != null && !moved.contains(nameKey(change.organisationName()))) {
                changes.computeIfAbsent(providerId, id -> new ArrayList<>()).add(change);
            }
        }
        Map<String, List<EnforcementEvent>> eventsByProvider = new HashMap<>();
        Map<EnforcementEvent, String> providerOfEvent = new LinkedHashMap<>();
        for (EnforcementEvent event : sources.events()) {
            String providerId = event.cqcProviderId() != null && locations.containsKey(event.cqcProviderId())
                    ? event.cqcProviderId()
                    : event.sponsorKey() == null ? null : providerBySponsor.get(event.sponsorKey());
            providerOfEvent.put(event, providerId);
            if (providerId != null) {
                eventsByProvider.computeIfAbsent(providerId, id -> new ArrayList<>()).add(event);
            }
        }

        Map<String, MarketProvider> providers = new LinkedHashMap<>();
        locations.keySet().stream()
                .sorted(Comparator.comparing((String id) -> nameKey(sources.providerNames().getOrDefault(id, id)))
                        .thenComparing(id -> id))
                .forEach(id -> {
                    StoredMatch match = matches.get(id);
                    RegisterEntry entry = match != null && match.isMatched()
                            ? sources.registerEntries().get(match.sponsor().key()) : null;
                    providers.put(id, new MarketProvider(id, sources.providerNames().getOrDefault(id, id),
                            locations.get(id), match, entry, former.get(id), changes.getOrDefault(id, List.of()),
                            eventsByProvider.getOrDefault(id, List.of())));
                });

        List<ScopedEvent> events = new ArrayList<>();
        providerOfEvent.forEach((event, providerId) -> {
            MarketProvider provider = providerId == null ? null : providers.get(providerId);
            Set<String> councils = !event.councilGssCodes().isEmpty() || provider == null
                    ? event.councilGssCodes() : provider.councils();
            events.add(new ScopedEvent(event, provider, councils));
        });
        events.sort(Comparator.comparing(ScopedEvent::event, MarketProvider.NEWEST_FIRST));
        return new MarketData(sources.dates(), sources.cqcColumns(), providers, List.copyOf(events));
    }

    public DataDates dates() {
        return dates;
    }

    /** Whether the newest CQC file held this optional column; without it, figures counted from it have no value. */
    public boolean holds(CqcColumn column) {
        return cqcColumns.contains(column);
    }

    /**
     * A location's CQC rating as views show it: its label ("Not rated" when CQC has not rated it), or "not in this
     * file" when the file held no ratings.
     */
    public String ratingText(MarketLocation location) {
        return holds(CqcColumn.RATINGS) ? location.rating().label() : CqcColumn.NOT_IN_FILE;
    }

    public Collection<MarketProvider> providers() {
        return providers.values();
    }

    public Optional<MarketProvider> provider(String providerId) {
        return Optional.ofNullable(providers.get(providerId));
    }

    /** Providers with an adult social care location in any of these councils, by name. */
    public List<MarketProvider> providersIn(Set<String> councilGssCodes) {
        if (councilGssCodes.size() == 1) {
            return providersByCouncil.getOrDefault(councilGssCodes.iterator().next(), List.of());
        }
        return providers.values().stream()
                .filter(p -> p.locations().stream().anyMatch(l -> councilGssCodes.contains(l.councilGssCode())))
                .toList();
    }

    /** Every recorded event, newest first. */
    public List<ScopedEvent> events() {
        return events;
    }

    private static boolean isSponsorship(StoredMatch match) {
        return match != null && match.isMatched() && match.band() != MatchBand.REJECTED;
    }

    /**
     * Names both removed and added between the two registers: the organisation moved town (its key is name and
     * town), so it is neither new nor gone.
     */
    private static Set<String> movedOrganisations(List<RegisterChange> changes) {
        Set<String> removed = new HashSet<>();
        Set<String> added = new HashSet<>();
        for (RegisterChange change : changes) {
            if (change.change() == ChangeType.REMOVED) {
                removed.add(nameKey(change.organisationName()));
            } else if (change.change() == ChangeType.ADDED) {
                added.add(nameKey(change.organisationName()));
            }
        }
        removed.retainAll(added);
        return removed;
    }

    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
