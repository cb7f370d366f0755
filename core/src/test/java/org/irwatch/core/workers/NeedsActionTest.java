package org.irwatch.core.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irwatch.core.workers.TestWorkers.TODAY;

import org.junit.jupiter.api.Test;

class NeedsActionTest {

    private final Worker recent = TestWorkers.withContact(TestWorkers.worker("A", "07700900001"), TODAY);

    @Test
    void deadlineWithin21DaysWithoutOfferNeedsAction() {
        assertThat(NeedsAction.reasons(TestWorkers.withDeadline(recent, TODAY.plusDays(21)), TODAY))
                .containsExactly(NeedsAction.Why.DEADLINE_NEAR);
        assertThat(NeedsAction.reasons(TestWorkers.withDeadline(recent, TODAY.plusDays(22)), TODAY)).isEmpty();
        assertThat(NeedsAction.reasons(TestWorkers.withDeadline(recent, TODAY.minusDays(3)), TODAY))
                .containsExactly(NeedsAction.Why.DEADLINE_NEAR);
    }

    @Test
    void anOfferMeetsTheDeadlineRule() {
        Worker offered = TestWorkers.atStage(TestWorkers.withDeadline(recent, TODAY.plusDays(5)), Stage.OFFER_MADE,
                TODAY);
        assertThat(NeedsAction.reasons(offered, TODAY)).isEmpty();
    }

    @Test
    void noContactFor14DaysNeedsAction() {
        Worker contacted = TestWorkers.withContact(TestWorkers.worker("A", "07700900001"), TODAY.minusDays(5));
        assertThat(NeedsAction.reasons(contacted, TODAY.plusDays(9)))
                .containsExactly(NeedsAction.Why.NO_CONTACT);
        assertThat(NeedsAction.applies(contacted, TODAY.plusDays(8))).isFalse();
    }

    @Test
    void aStageMoveCountsAsContact() {
        Worker moved = TestWorkers.atStage(TestWorkers.withContact(recent, TODAY.minusDays(30)), Stage.CONTACTED,
                TODAY.minusDays(2));
        assertThat(WorkerDates.daysSinceContact(moved, TODAY)).isEqualTo(2);
        assertThat(NeedsAction.applies(moved, TODAY)).isFalse();
    }

    @Test
    void closedRecordsNeverNeedAction() {
        Worker left = TestWorkers.atStage(TestWorkers.withDeadline(recent, TODAY.plusDays(2)), Stage.LEFT_UK,
                TODAY.minusDays(40));
        assertThat(NeedsAction.applies(left, TODAY)).isFalse();
    }

    @Test
    void daysToDeadlineCountFromToday() {
        assertThat(WorkerDates.daysToDeadline(TestWorkers.withDeadline(recent, TODAY.plusDays(9)), TODAY))
                .isEqualTo(9);
        assertThat(WorkerDates.daysToDeadline(TestWorkers.withDeadline(recent, null), TODAY)).isNull();
    }
}
