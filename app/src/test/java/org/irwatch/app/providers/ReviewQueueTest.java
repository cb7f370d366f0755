package org.irwatch.app.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.StoredMatch;
import org.junit.jupiter.api.Test;

/** Which matches wait for a person, in what order, and where the reviewer goes after a decision. */
class ReviewQueueTest {

    private static final StoredMatch HIGH = match("1-1", "Alder Care Ltd", 0.93, MatchBand.HIGH);
    private static final StoredMatch MEDIUM_A = match("1-2", "Beech Care Ltd", 0.86, MatchBand.MEDIUM);
    private static final StoredMatch MEDIUM_B = match("1-3", "Cedar Care Ltd", 0.80, MatchBand.MEDIUM);
    private static final StoredMatch LOW = match("1-4", "Daisy Care Ltd", 0.58, MatchBand.LOW);
    private static final StoredMatch CONFIRMED = match("1-5", "Elm Care Ltd", 0.60, MatchBand.CONFIRMED);
    private static final StoredMatch NONE = new StoredMatch("1-6", "Fern Care Ltd", null, 0, null, "", List.of());

    @Test
    void onlyMediumAndLowMatchesWaitAndTheSurestComeFirst() {
        assertThat(ReviewQueue.of(List.of(LOW, HIGH, MEDIUM_B, CONFIRMED, NONE, MEDIUM_A)))
                .containsExactly(MEDIUM_A, MEDIUM_B, LOW);
    }

    @Test
    void equalScoresAreOrderedByProviderName() {
        StoredMatch sameScore = match("1-9", "Aspen Care Ltd", 0.86, MatchBand.MEDIUM);
        assertThat(ReviewQueue.of(List.of(MEDIUM_A, sameScore))).containsExactly(sameScore, MEDIUM_A);
    }

    @Test
    void aConfirmedMatchLeavesTheQueueAndTheNextOneIsChosen() {
        List<StoredMatch> before = List.of(MEDIUM_A, MEDIUM_B, LOW);
        StoredMatch confirmed = match("1-2", "Beech Care Ltd", 0.86, MatchBand.CONFIRMED);

        List<StoredMatch> after = ReviewQueue.withChange(before, confirmed);

        assertThat(after).containsExactly(MEDIUM_B, LOW);
        assertThat(ReviewQueue.nextAfter(before, after, "1-2")).isEqualTo(MEDIUM_B);
    }

    @Test
    void aRejectedMatchWhoseNextCandidateIsDoubtfulStaysInItsNewPlaceAndTheReviewerMovesOn() {
        List<StoredMatch> before = List.of(MEDIUM_A, MEDIUM_B, LOW);
        StoredMatch nextCandidate = match("1-2", "Beech Care Ltd", 0.56, MatchBand.LOW);

        List<StoredMatch> after = ReviewQueue.withChange(before, nextCandidate);

        assertThat(after).containsExactly(MEDIUM_B, LOW, nextCandidate);
        assertThat(ReviewQueue.nextAfter(before, after, "1-2")).isEqualTo(MEDIUM_B);
    }

    @Test
    void afterTheLastItemTheReviewerGoesBackToTheOneBeforeAndAnEmptyQueueSelectsNothing() {
        List<StoredMatch> before = List.of(MEDIUM_A, LOW);
        List<StoredMatch> after = List.of(MEDIUM_A);
        assertThat(ReviewQueue.nextAfter(before, after, "1-4")).isEqualTo(MEDIUM_A);
        assertThat(ReviewQueue.nextAfter(List.of(LOW), List.of(), "1-4")).isNull();
    }

    @Test
    void whenOnlyTheDecidedProviderIsLeftItStaysChosenWithItsNewCandidate() {
        StoredMatch nextCandidate = match("1-4", "Daisy Care Ltd", 0.56, MatchBand.LOW);
        assertThat(ReviewQueue.nextAfter(List.of(LOW), List.of(nextCandidate), "1-4")).isEqualTo(nextCandidate);
    }

    private static StoredMatch match(String providerId, String name, double score, MatchBand band) {
        String sponsor = name.toUpperCase(java.util.Locale.ROOT);
        return new StoredMatch(providerId, name, new StoredMatch.SponsorRef(sponsor.toLowerCase(java.util.Locale.ROOT)
                + "|york", sponsor, "York"), score, band, "names alike", List.of());
    }
}
