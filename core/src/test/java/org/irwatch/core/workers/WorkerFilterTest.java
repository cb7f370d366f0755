package org.irwatch.core.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irwatch.core.workers.TestWorkers.TODAY;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkerFilterTest {

    private final Worker coventry = TestWorkers.withContact(TestWorkers.worker("A", "07700900001"), TODAY);

    @Test
    void filtersByCouncilStageRoleAndReason() {
        assertThat(WorkerFilter.ALL.withCouncils(Set.of("E08000026")).test(coventry, TODAY)).isTrue();
        assertThat(WorkerFilter.ALL.withCouncils(Set.of("E06000001")).test(coventry, TODAY)).isFalse();
        assertThat(WorkerFilter.ALL.withStages(Set.of(Stage.REGISTERED)).test(coventry, TODAY)).isTrue();
        assertThat(WorkerFilter.ALL.withStages(Set.of(Stage.PLACED)).test(coventry, TODAY)).isFalse();
        assertThat(WorkerFilter.ALL.withRole(Role.CARE_WORKER).test(coventry, TODAY)).isTrue();
        assertThat(WorkerFilter.ALL.withRole(Role.NURSE).test(coventry, TODAY)).isFalse();
        assertThat(WorkerFilter.ALL.withReason(Reason.LICENCE_REVOKED).test(coventry, TODAY)).isTrue();
        assertThat(WorkerFilter.ALL.withReason(Reason.NOT_ENOUGH_WORK).test(coventry, TODAY)).isFalse();
    }

    @Test
    void deadlineWithinDaysKeepsNearAndPassedDeadlinesOnly() {
        WorkerFilter within30 = WorkerFilter.ALL.withDeadlineWithinDays(30);
        assertThat(within30.test(TestWorkers.withDeadline(coventry, TODAY.plusDays(30)), TODAY)).isTrue();
        assertThat(within30.test(TestWorkers.withDeadline(coventry, TODAY.minusDays(1)), TODAY)).isTrue();
        assertThat(within30.test(TestWorkers.withDeadline(coventry, TODAY.plusDays(31)), TODAY)).isFalse();
        assertThat(within30.test(TestWorkers.withDeadline(coventry, null), TODAY)).isFalse();
    }

    @Test
    void needsActionViewKeepsOnlyThoseNeedingAction() {
        WorkerFilter view = WorkerFilter.ALL.withNeedsActionOnly(true);
        assertThat(view.test(coventry, TODAY)).isFalse();
        assertThat(view.test(TestWorkers.withDeadline(coventry, TODAY.plusDays(3)), TODAY)).isTrue();
    }
}
