package org.irwatch.core.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.OrganisationKey;
import org.irwatch.core.register.OrganisationSummary;
import org.irwatch.core.register.RegisterChange;
import org.irwatch.core.register.RegisterChangeDetector;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotRepository;
import org.irwatch.core.snapshot.SnapshotSource;

/**
 * Puts together what the market views are built from: the newest CQC snapshot's adult social care locations, the
 * newest register's entries of the matched sponsors, the changes since the register before it and the providers
 * those changes took a sponsor from, the stored matches and the events.
 */
public final class MarketAssembler {

    private final SnapshotRepository snapshots;
    private final MarketRows rows;

    public MarketAssembler(SnapshotRepository snapshots, MarketRows rows) {
        this.snapshots = snapshots;
        this.rows = rows;
    }

    public MarketSources read() {
        Optional<Snapshot> cqc = snapshots.latest(SnapshotSource.CQC);
        Optional<Snapshot> register = snapshots.latest(SnapshotSource.REGISTER);
        Optional<Snapshot> previous = snapshots.previous(SnapshotSource.REGISTER);

        List<StoredMatch> stored = rows.storedMatches();
        Set<String> sponsorKeys = new HashSet<>();
        stored.stream().filter(StoredMatch::isMatched).forEach(m -> sponsorKeys.add(m.sponsor().key()));
        Map<String, RegisterEntry> entries = new HashMap<>();
        List<OrganisationSummary> latest = register.isEmpty() ? List.of()
                : summarise(rows.registerEntries(register.get().id()), sponsorKeys, entries);
        List<RegisterChange> changes = previous.isEmpty() ? List.of()
                : RegisterChangeDetector.between(rows.registerSummaries(previous.get().id()), latest);

        List<MarketLocation> locations = cqc.isEmpty() ? List.of() : rows.adultSocialCareLocations(cqc.get().id());
        Map<String, String> names = cqc.isEmpty() ? Map.of() : rows.providerNames(cqc.get().id());
        DataDates dates = new DataDates(dataDate(cqc), dataDate(register), dataDate(previous),
                rows.matchedAt().orElse(null));
        Set<CqcColumn> cqcColumns = cqc.isEmpty() ? Set.of() : rows.cqcColumns(cqc.get().id());
        return new MarketSources(dates, cqcColumns, locations, names, stored, entries, changes, formerSponsorships(changes),
                rows.events());
    }

    /** Changes when anything the sources come from changes; see {@link MarketRows#version()}. */
    public String version() {
        return rows.version();
    }

    /**
     * The newest register reduced for change detection, keeping the matched sponsors' entries in the same pass: a
     * national register is 120,000 rows.
     */
    private static List<OrganisationSummary> summarise(List<RegisterEntry> register, Set<String> sponsorKeys,
                                                       Map<String, RegisterEntry> entries) {
        List<OrganisationSummary> summaries = new ArrayList<>(register.size());
        for (RegisterEntry entry : register) {
            summaries.add(new OrganisationSummary(entry.key(), entry.name(), entry.town(), entry.ratings(),
                    entry.routes()));
            if (sponsorKeys.contains(entry.key())) {
                entries.put(entry.key(), entry);
            }
        }
        return summaries;
    }

    /** The providers of the sponsors the newest register lost, through the sure pairs matching remembered. */
    private List<FormerSponsorship> formerSponsorships(List<RegisterChange> changes) {
        Map<String, RegisterChange> removed = new HashMap<>();
        changes.stream().filter(c -> c.change() == ChangeType.REMOVED)
                .forEach(c -> removed.put(OrganisationKey.of(c.organisationName(), c.town()), c));
        List<FormerSponsorship> former = new ArrayList<>();
        rows.providersOf(removed.keySet()).forEach((key, provider) -> former.add(new FormerSponsorship(
                provider.providerId(), new StoredMatch.SponsorRef(key, removed.get(key).organisationName(),
                        removed.get(key).town()))));
        return former;
    }

    private static LocalDate dataDate(Optional<Snapshot> snapshot) {
        return snapshot.map(Snapshot::dataDate).orElse(null);
    }
}
