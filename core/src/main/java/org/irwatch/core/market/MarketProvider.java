package org.irwatch.core.market;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.RegisterChange;

/**
 * An adult social care provider with everything the market views know of it: its locations in every council, its
 * sponsor match, the register entry of that sponsor, the register's changes to it and the recorded events.
 *
 * @param match null when matching has not stored a row for it (no sponsor and no runner-up)
 * @param registerEntry the matched sponsor as the newest register writes it; null when not a sponsor
 * @param formerSponsor the sponsor it was matched to that has left the newest register; null when none, or when it
 *                      has a sponsor again
 * @param registerChanges changes to its sponsor between the two newest registers
 * @param events recorded events on it, newest first
 */
public record MarketProvider(String providerId, String name, List<MarketLocation> locations, StoredMatch match,
                             RegisterEntry registerEntry, StoredMatch.SponsorRef formerSponsor,
                             List<RegisterChange> registerChanges, List<EnforcementEvent> events) {

    /** Newest action first; on the same day the later recorded. */
    public static final Comparator<EnforcementEvent> NEWEST_FIRST = Comparator
            .comparing(EnforcementEvent::actionDate)
            .thenComparing(e -> e.id() == null ? Long.MAX_VALUE : e.id())
            .reversed();

    public MarketProvider {
        locations = List.copyOf(locations);
        registerChanges = List.copyOf(registerChanges);
        events = events.stream().sorted(NEWEST_FIRST).toList();
    }

    /** Matched to a register organisation and not rejected by a reviewer: a sponsor or a possible one. */
    public boolean hasSponsorMatch() {
        return match != null && match.isMatched() && match.band() != MatchBand.REJECTED;
    }

    /**
     * Surely matched (High or Confirmed): what the brief calls a sponsor, and the only kind every sponsor figure,
     * share, chart and the watch list's main ranking count.
     */
    public boolean isSponsor() {
        return hasSponsorMatch() && (match.band() == MatchBand.HIGH || match.band() == MatchBand.CONFIRMED);
    }

    /**
     * Matched only at Medium or Low: a possible sponsor until a reviewer confirms it. Counted apart ("possible
     * sponsors — to review"), never as a sponsor.
     */
    public boolean isUncertainSponsor() {
        return hasSponsorMatch() && (match.band() == MatchBand.MEDIUM || match.band() == MatchBand.LOW);
    }

    /**
     * Its sponsor's licence is on a route care providers recruit on (Skilled Worker, which the Health and Care visa
     * is part of); false when the newest register does not list its sponsor. See {@link WorkerRoutes}.
     */
    public boolean onWorkerRoute() {
        return registerEntry != null && WorkerRoutes.includesWorkerRoute(registerEntry.routes());
    }

    /** The band of its sponsor match, sure or possible; null when it has none. */
    public MatchBand band() {
        return hasSponsorMatch() ? match.band() : null;
    }

    public String sponsorName() {
        if (hasSponsorMatch()) {
            return match.sponsor().name();
        }
        return formerSponsor == null ? "" : formerSponsor.name();
    }

    /** The newest recorded event, which sets the licence status. */
    public Optional<EnforcementEvent> latestEvent() {
        return events.stream().findFirst();
    }

    public LicenceStatus status() {
        return latestEvent().map(e -> LicenceStatus.after(e.action())).orElse(LicenceStatus.ACTIVE);
    }

    /** Workers the current suspension or revocation puts at risk; 0 when the licence is not suspended or revoked. */
    public int workersAtRisk() {
        return latestEvent().filter(e -> status().putsWorkersAtRisk() && e.workersAffected() != null)
                .map(EnforcementEvent::workersAffected).orElse(0);
    }

    /** Its sponsor left the newest register and it has not been matched to another (a new name) since. */
    public boolean removedFromRegisterSinceLast() {
        return formerSponsor != null;
    }

    public boolean downgradedSinceLast() {
        return registerChanges.stream().anyMatch(RegisterChange::isDowngradeToB);
    }

    public boolean newOnRegister() {
        return registerChanges.stream().anyMatch(c -> c.change() == ChangeType.ADDED);
    }

    /** The sponsor holds a B-rated licence on the newest register. */
    public boolean hasBRating() {
        return registerEntry != null && List.of(registerEntry.ratings().split("; ")).contains("B");
    }

    public List<MarketLocation> locationsIn(Set<String> councilGssCodes) {
        return locations.stream().filter(l -> councilGssCodes.contains(l.councilGssCode())).toList();
    }

    public Set<String> councils() {
        Set<String> councils = new TreeSet<>();
        locations.stream().map(MarketLocation::councilGssCode).filter(c -> c != null).forEach(councils::add);
        return councils;
    }

    /**
     * The council holding most of its locations (the lower GSS code on a tie). CQC files carry no provider address,
     * so this stands in for where the provider is based.
     */
    public Optional<String> homeCouncil() {
        Map<String, Integer> counts = new TreeMap<>();
        locations.stream().map(MarketLocation::councilGssCode).filter(c -> c != null)
                .forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }
}
