package org.irwatch.core.matching;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.irwatch.core.common.CancelledException;
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
    /** The last run of this session, kept for an incremental next run; null before the first. */
    private LastRun last;

    private record LastRun(MatchRun run, MatchRunState state) {
    }

    public MatchingService(MatchInputs inputs, MatchRepository repository, Clock clock) {
        this.inputs = inputs;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Matches and stores the results; fails in a sentence when a register or CQC snapshot is missing. When this
     * session last matched the same CQC data and stored results are still that run's, a new register snapshot is
     * matched incrementally (see {@link SponsorMatcher#rerun}).
     */
    public List<MatchResult> matchLatest(ProgressListener progress) {
        return matchLatest(progress, results -> { });
    }

    /**
     * As {@link #matchLatest(ProgressListener)}, handing the results to {@code whileSaving} as soon as they are known,
     * on a thread of its own while they are saved (a command writes its CSV meanwhile instead of after). Returns when
     * both are done; a failure of either is thrown.
     */
    public synchronized List<MatchResult> matchLatest(ProgressListener progress,
                                                      Consumer<List<MatchResult>> whileSaving) {
        Long register = inputs.latestRegisterSnapshot();
        Long cqc = inputs.latestCqcSnapshot();
        if (register == null || cqc == null) {
            throw new UserFacingException("Matching needs a register snapshot and a CQC snapshot; "
                    + (register == null ? "no register" : "no CQC data") + " is held. Import one first.");
        }
        MatchDecisions decisions = new MatchDecisions(repository.decisions());
        if (!canRerun(cqc)) {
            Optional<MatchRun> stored = repository.lastRun();
            Long previous = inputs.previousRegisterSnapshot();
            // A first run with an older register held starts from it, so that the sponsors the newest one lost are
            // remembered with their providers (ADR 0022); the step to the newest is then incremental and cheap.
            long base = stored.isEmpty() && previous != null ? previous : register;
            matchInFull(base, cqc, decisions, progress, base == register ? whileSaving : results -> { });
            if (base == register) {
                return last.state().results();
            }
        }
        progress.progress("Reading the register's changes", 0, -1);
        RegisterDelta delta = inputs.registerChangesFrom(last.state().registerChanges());
        progress.progress("Preparing the new organisations", 0, -1);
        List<SponsorEntry> added = delta.added().stream().map(StoredSponsor::toEntry).toList();
        MatchRunState state = SponsorMatcher.rerun(last.state(), delta.removedKeys(), added, decisions, progress);
        MatchRun run = new MatchRun(register, cqc, now(), state.results().size());
        save(new LastRun(run, state), whileSaving, progress);
        return state.results();
    }

    private void matchInFull(long register, long cqc, MatchDecisions decisions, ProgressListener progress,
                             Consumer<List<MatchResult>> whileSaving) {
        progress.progress("Reading the register and the CQC providers", 0, -1);
        SponsorMatcher matcher;
        List<ProviderEntry> providers;
        // Two independent reads side by side: the CQC providers on a thread of their own while the register is read
        // and indexed here.
        try (ExecutorService side = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<List<ProviderEntry>> reading = CompletableFuture.supplyAsync(inputs::careProviders, side);
            matcher = new SponsorMatcher(inputs.preparedRegister(register));
            providers = reading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        // What an incremental next run needs (MatchRunState#providersByWord) is built only when one happens: a
        // one-off `irwatch match` never needs it.
        MatchRunState state = matcher.run(providers, decisions, progress);
        MatchRun run = new MatchRun(register, cqc, now(), state.results().size());
        save(new LastRun(run, state), whileSaving, progress);
    }

    /**
     * Stores the run's results (only the rows that changed, ADR 0045) while {@code whileSaving} is given them, and
     * keeps the run for an incremental next one once it is stored, also when the work alongside failed.
     */
    private void save(LastRun done, Consumer<List<MatchResult>> whileSaving, ProgressListener progress) {
        progress.progress("Saving the matches", 0, -1);
        List<MatchResult> results = done.state().results();
        Future<?> alongside;
        RuntimeException savingFailed = null;
        try (ExecutorService side = Executors.newVirtualThreadPerTaskExecutor()) {
            alongside = side.submit(() -> whileSaving.accept(results));
            try {
                repository.replace(done.run(), results);
            } catch (RuntimeException saving) {
                savingFailed = saving;
            }
        } // closing waits for the work alongside, also when saving failed
        if (savingFailed != null) {
            failureOf(alongside).ifPresent(savingFailed::addSuppressed); // its own failure goes with the saving's
            throw savingFailed;
        }
        last = done;
        Optional<Throwable> failure = failureOf(alongside);
        if (failure.isPresent()) {
            throw failure.get() instanceof RuntimeException cause ? cause : new IllegalStateException(failure.get());
        }
    }

    private static Optional<Throwable> failureOf(Future<?> finished) {
        try {
            finished.get();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new CancelledException());
        }
    }

    /** To the millisecond, as stored, so a run read back equals the run written. */
    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** Whether this session's last run can be built on: same CQC data, and the stored results are that run's. */
    private boolean canRerun(long cqc) {
        return last != null && last.run().cqcSnapshotId() == cqc
                && repository.lastRun().map(stored -> stored.equals(last.run())).orElse(false);
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
