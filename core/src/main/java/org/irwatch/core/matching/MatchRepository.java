package org.irwatch.core.matching;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The latest run's results, replaced whole by each run, and people's decisions, kept across runs. */
public interface MatchRepository {

    /**
     * Replaces the stored results with this run's, in one transaction, a full run's or an incremental one's alike.
     * Providers with no sponsor and no runner-up scoring at least Low need not be stored.
     */
    void replace(MatchRun run, List<MatchResult> results);

    Optional<MatchRun> lastRun();

    /**
     * Stored matches of the providers with a location in these councils; all when {@code councilGssCodes} is null. A
     * provider missing has no sponsor.
     */
    List<StoredMatch> matches(Set<String> councilGssCodes);

    /** The stored match of one provider. */
    Optional<StoredMatch> match(String providerId);

    /** Replaces one provider's stored match (after a decision, or its undo). */
    void update(StoredMatch match);

    /** Whether this register organisation is the stored match of a provider other than {@code providerId}. */
    boolean isMatchedToAnother(String sponsorKey, String providerId);

    List<MatchDecision> decisions();

    /**
     * Records a decision. A confirmation replaces the provider's other confirmations (one sponsor per provider); a
     * pair already decided takes the new verdict.
     */
    void decide(MatchDecision decision);

    /** Takes back the decision on this pair (undo); false when there was none. */
    boolean withdraw(String providerId, String sponsorKey);

    /**
     * Adds shared decisions in one transaction: a pair not held is added; a pair held is replaced only by a later
     * decision.
     */
    DecisionsImported importDecisions(List<MatchDecision> decisions);
}
