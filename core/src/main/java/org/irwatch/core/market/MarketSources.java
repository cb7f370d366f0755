package org.irwatch.core.market;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.register.RegisterChange;

/**
 * What the market views are built from, read in one go from the newest snapshots, the stored matches and the
 * recorded events.
 *
 * @param cqcColumns the optional columns the newest CQC snapshot held (none when no CQC file is held)
 * @param locations adult social care locations of the newest CQC snapshot
 * @param providerNames CQC provider names by provider ID
 * @param registerEntries the newest register's entries of the matched sponsors, by organisation key
 * @param registerChanges changes between the two newest registers; empty when fewer than two are held
 */
public record MarketSources(DataDates dates, Set<CqcColumn> cqcColumns, List<MarketLocation> locations, Map<String, String> providerNames,
                            List<StoredMatch> matches, Map<String, RegisterEntry> registerEntries,
                            List<RegisterChange> registerChanges, List<FormerSponsorship> formerSponsorships,
                            List<EnforcementEvent> events) {

    public MarketSources {
        cqcColumns = Set.copyOf(cqcColumns);
    }

    public static final MarketSources EMPTY = new MarketSources(DataDates.NONE, Set.of(), List.of(), Map.of(), List.of(),
            Map.of(), List.of(), List.of(), List.of());
}
