package org.irwatch.core.matching;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;

/**
 * Matches the care providers of the latest CQC data to the organisations of the latest register, applying people's
 * decisions, and keeps the results for the screens.
 */
public final class MatchingService {

    private final MatchInputs inputs;
    private final MatchRepository repository;
    private final Clock clock;

    public MatchingService(MatchInputs inputs, MatchRepository repository, Clock clock) {
        this.inputs = inputs;
        this.repository = repository;
        this.clock = clock;
    }

    /** Matches and stores the results; fails in a sentence when a register or CQC snapshot is missing. */
    public List<MatchResult> matchLatest(ProgressListener progress) {
        Long register = inputs.latestRegisterSnapshot();
        Long cqc = inputs.latestCqcSnapshot();
        if (register == null || cqc == null) {
            throw new UserFacingException("Matching needs a register snapshot and a CQC snapshot; "
                    + (register == null ? "no register" : "no CQC data") + " is held. Import one first.");
        }
        progress.progress("Reading the register", 0, -1);
        List<SponsorEntry> sponsors = inputs.sponsors();
        progress.progress("Reading the CQC providers", 0, -1);
        List<ProviderEntry> providers = inputs.careProviders();
        MatchDecisions decisions = new MatchDecisions(repository.decisions());
        List<MatchResult> results = new SponsorMatcher(sponsors).matchAll(providers, decisions, progress);
        progress.progress("Saving the matches", 0, -1);
        repository.replace(new MatchRun(register, cqc, clock.instant(), results.size()), results);
        return results;
    }

    /** Whether the stored results compare other snapshots than the newest held (or there are none but could be). */
    public boolean isStale() {
        Long register = inputs.latestRegisterSnapshot();
        Long cqc = inputs.latestCqcSnapshot();
        if (register == null || cqc == null) {
            return false;
        }
        return repository.lastRun()
                .map(run -> run.registerSnapshotId() != register || run.cqcSnapshotId() != cqc)
                .orElse(true);
    }

    public Optional<MatchRun> lastRun() {
        return repository.lastRun();
    }

    /** The stored matches of providers with a location in these councils. */
    public List<StoredMatch> matches(Set<String> councilGssCodes) {
        return repository.matches(councilGssCodes);
    }

    public List<MatchDecision> decisions() {
        return repository.decisions();
    }

    /**
     * Records a decision and applies it to the provider's stored match at once.
     *
     * @return the provider's match as it is now, or empty when no run has stored one
     */
    public Optional<StoredMatch> decide(MatchDecision decision) {
        repository.decide(decision);
        Optional<StoredMatch> current = repository.match(decision.providerId());
        current.ifPresent(match -> repository.update(ReviewedMatch.apply(match, decision,
                key -> repository.isMatchedToAnother(key, decision.providerId()))));
        return repository.match(decision.providerId());
    }

    /** Undoes a decision: takes it back and puts the provider's stored match back as it was before. */
    public void undo(MatchDecision decision, StoredMatch before) {
        repository.withdraw(decision.providerId(), decision.sponsorKey());
        repository.update(before);
    }

    public DecisionsImported importDecisions(List<MatchDecision> decisions) {
        return repository.importDecisions(decisions);
    }
}
