package org.irwatch.core.workers;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the list shows: every part empty or null means "any".
 *
 * @param councils council GSS codes
 * @param deadlineWithinDays only deadlines from today up to this many days ahead (and passed ones)
 * @param needsActionOnly only the {@link NeedsAction} view
 */
public record WorkerFilter(Set<String> councils, Set<Stage> stages, Role role, Reason reason,
                           Integer deadlineWithinDays, boolean needsActionOnly) {

    public static final WorkerFilter ALL = new WorkerFilter(Set.of(), Set.of(), null, null, null, false);

    public WorkerFilter {
        councils = Set.copyOf(councils);
        stages = Set.copyOf(stages);
    }

    public WorkerFilter withCouncils(Set<String> newCouncils) {
        return new WorkerFilter(newCouncils, stages, role, reason, deadlineWithinDays, needsActionOnly);
    }

    public WorkerFilter withStages(Set<Stage> newStages) {
        return new WorkerFilter(councils, newStages, role, reason, deadlineWithinDays, needsActionOnly);
    }

    public WorkerFilter withRole(Role newRole) {
        return new WorkerFilter(councils, stages, newRole, reason, deadlineWithinDays, needsActionOnly);
    }

    public WorkerFilter withReason(Reason newReason) {
        return new WorkerFilter(councils, stages, role, newReason, deadlineWithinDays, needsActionOnly);
    }

    public WorkerFilter withDeadlineWithinDays(Integer days) {
        return new WorkerFilter(councils, stages, role, reason, days, needsActionOnly);
    }

    public WorkerFilter withNeedsActionOnly(boolean only) {
        return new WorkerFilter(councils, stages, role, reason, deadlineWithinDays, only);
    }

    public boolean test(Worker worker, LocalDate today) {
        if (!councils.isEmpty() && !councils.contains(worker.councilGss())) {
            return false;
        }
        if (!stages.isEmpty() && !stages.contains(worker.stage())) {
            return false;
        }
        if (role != null && (worker.work() == null || !worker.work().roles().contains(role))) {
            return false;
        }
        if (reason != null && reason != worker.reason()) {
            return false;
        }
        if (deadlineWithinDays != null) {
            Long left = WorkerDates.daysToDeadline(worker, today);
            if (left == null || left > deadlineWithinDays) {
                return false;
            }
        }
        return !needsActionOnly || NeedsAction.applies(worker, today);
    }
}
