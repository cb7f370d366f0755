package org.irwatch.core.workers;

import java.time.LocalDate;

/** The two counts the list shows for each worker: days left to the visa deadline, days since the last contact. */
public final class WorkerDates {

    private WorkerDates() {
    }

    /** Days from today to the Home Office deadline (negative once passed); null when there is no deadline. */
    public static Long daysToDeadline(Worker worker, LocalDate today) {
        LocalDate deadline = worker.deadline();
        return deadline == null ? null : deadline.toEpochDay() - today.toEpochDay();
    }

    public static long daysSinceContact(Worker worker, LocalDate today) {
        return today.toEpochDay() - worker.lastContactOn().toEpochDay();
    }
}
