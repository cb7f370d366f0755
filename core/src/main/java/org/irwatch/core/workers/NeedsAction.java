package org.irwatch.core.workers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who needs someone to act now: an open record whose deadline is within 21 days with no offer yet, or with no contact
 * for 14 days.
 */
public final class NeedsAction {

    public static final int DEADLINE_DAYS = 21;
    public static final int NO_CONTACT_DAYS = 14;

    private NeedsAction() {
    }

    public enum Why implements Labelled {
        DEADLINE_NEAR("Deadline within " + DEADLINE_DAYS + " days and no offer"),
        NO_CONTACT("No contact for " + NO_CONTACT_DAYS + " days");

        private final String label;

        Why(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Why the worker needs action today; empty when they do not (and always for a closed record). */
    public static List<Why> reasons(Worker worker, LocalDate today) {
        List<Why> reasons = new ArrayList<>(2);
        if (worker.stage().isClosed()) {
            return reasons;
        }
        Long daysLeft = WorkerDates.daysToDeadline(worker, today);
        if (daysLeft != null && daysLeft <= DEADLINE_DAYS && !worker.stage().hasOffer()) {
            reasons.add(Why.DEADLINE_NEAR);
        }
        if (WorkerDates.daysSinceContact(worker, today) >= NO_CONTACT_DAYS) {
            reasons.add(Why.NO_CONTACT);
        }
        return reasons;
    }

    public static boolean applies(Worker worker, LocalDate today) {
        if (worker.stage().isClosed()) {
            return false;
        }
        Long daysLeft = WorkerDates.daysToDeadline(worker, today);
        return daysLeft != null && daysLeft <= DEADLINE_DAYS && !worker.stage().hasOffer()
                || WorkerDates.daysSinceContact(worker, today) >= NO_CONTACT_DAYS;
    }
}
