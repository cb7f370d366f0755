package org.irwatch.core.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A stored match after a person's decision, so the screens show it at once; the next run of matching comes to the
 * same answer from the decision itself.
 */
final class ReviewedMatch {

    private ReviewedMatch() {
    }

    /**
     * @param takenElsewhere whether a register organisation (by key) is another provider's match, so is not offered
     *                       in place of a rejected one
     */
    static StoredMatch apply(StoredMatch current, MatchDecision decision, Predicate<String> takenElsewhere) {
        return decision.verdict() == Verdict.CONFIRMED
                ? confirm(current, decision)
                : reject(current, decision, takenElsewhere);
    }

    private static StoredMatch confirm(StoredMatch current, MatchDecision decision) {
        String key = decision.sponsorKey();
        StoredMatch.Candidate chosen = null;
        List<StoredMatch.Candidate> others = new ArrayList<>();
        if (current.isMatched()) {
            StoredMatch.Candidate previous = new StoredMatch.Candidate(current.sponsor(), current.score(),
                    current.evidence());
            if (current.sponsor().key().equals(key)) {
                chosen = previous;
            } else {
                others.add(previous);
            }
        }
        for (StoredMatch.Candidate candidate : current.candidates()) {
            if (candidate.sponsor().key().equals(key)) {
                chosen = candidate;
            } else {
                others.add(candidate);
            }
        }
        if (chosen == null) {
            chosen = new StoredMatch.Candidate(
                    new StoredMatch.SponsorRef(key, decision.sponsorName(), decision.sponsorTown()), 0, "");
        }
        String who = decision.decidedBy().isBlank() ? "a reviewer" : decision.decidedBy();
        String evidence = "confirmed by " + who + (chosen.evidence().isBlank() ? "" : "; " + chosen.evidence());
        return new StoredMatch(current.providerId(), current.providerName(), chosen.sponsor(), chosen.score(),
                MatchBand.CONFIRMED, evidence, others);
    }

    private static StoredMatch reject(StoredMatch current, MatchDecision decision,
                                      Predicate<String> takenElsewhere) {
        String key = decision.sponsorKey();
        List<StoredMatch.Candidate> remaining = current.candidates().stream()
                .filter(c -> !c.sponsor().key().equals(key)).toList();
        if (!current.isMatched() || !current.sponsor().key().equals(key)) {
            return new StoredMatch(current.providerId(), current.providerName(), current.sponsor(), current.score(),
                    current.band(), current.evidence(), remaining);
        }
        for (StoredMatch.Candidate next : remaining) {
            if (MatchBand.ofScore(next.score()) != null && !takenElsewhere.test(next.sponsor().key())) {
                List<StoredMatch.Candidate> rest = remaining.stream().filter(c -> c != next).toList();
                return new StoredMatch(current.providerId(), current.providerName(), next.sponsor(), next.score(),
                        MatchBand.ofScore(next.score()), next.evidence(), rest);
            }
        }
        return new StoredMatch(current.providerId(), current.providerName(), null, 0, null,
                "'" + current.sponsor().name() + "' rejected; no other register organisation is close enough",
                remaining);
    }
}
