package org.irwatch.core.market;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.events.LinkedProvider;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.register.OrganisationSummary;

/**
 * The stored rows the market is assembled from, read as they are: which snapshots to read, and what to make of the
 * rows, is {@link MarketAssembler}'s to decide.
 */
public interface MarketRows {

    /** The adult social care locations of a CQC snapshot. */
    List<MarketLocation> adultSocialCareLocations(long cqcSnapshotId);

    /** The optional columns a CQC snapshot's file held, as its import recorded them. */
    Set<CqcColumn> cqcColumns(long cqcSnapshotId);

    /** CQC provider names by provider ID, of a CQC snapshot. */
    Map<String, String> providerNames(long cqcSnapshotId);

    /** Every organisation of a register snapshot, as written. */
    List<RegisterEntry> registerEntries(long registerSnapshotId);

    /** A register snapshot reduced to what change detection compares. */
    List<OrganisationSummary> registerSummaries(long registerSnapshotId);

    /** The latest run's matches of every provider, with people's decisions applied. */
    List<StoredMatch> storedMatches();

    /** When matching last ran; empty when it has not. */
    Optional<Instant> matchedAt();

    /** The CQC provider each of these organisation keys was surely matched to, where one was. */
    Map<String, LinkedProvider> providersOf(Set<String> sponsorKeys);

    /** Every enforcement event recorded. */
    List<EnforcementEvent> events();

    /**
     * A cheap fingerprint of the stored data these rows come from: it changes whenever a snapshot, a match run, a
     * decision or an event is added, changed or removed.
     */
    String version();
}
