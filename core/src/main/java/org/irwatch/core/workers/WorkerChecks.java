package org.irwatch.core.workers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a record needs before it is saved; checked as the form is typed and again on saving. */
public final class WorkerChecks {

    private WorkerChecks() {
    }

    public static List<WorkerProblem> problems(Worker worker, LocalDate today) {
        List<WorkerProblem> problems = new ArrayList<>();
        if (worker.person().name().isEmpty()) {
            problems.add(new WorkerProblem(WorkerField.NAME, "Give the person's name."));
        }
        if (!worker.person().phone().isEmpty() && Duplicates.phoneKey(worker.person().phone()).length() < 6) {
            problems.add(new WorkerProblem(WorkerField.PHONE, "The phone number has too few digits; check it."));
        }
        if (worker.consent() == null || !worker.consent().holdRecord()) {
            problems.add(new WorkerProblem(WorkerField.CONSENT,
                    "The person must agree to their record being held before it is saved."));
        }
        if (worker.person().dateOfBirth() != null && !worker.person().dateOfBirth().isBefore(today)) {
            problems.add(new WorkerProblem(WorkerField.DATE_OF_BIRTH, "The date of birth must be in the past."));
        }
        if (worker.registeredOn().isAfter(today)) {
            problems.add(new WorkerProblem(WorkerField.REGISTERED_ON, "The registration date cannot be in the future."));
        }
        Situation situation = worker.situation();
        if (situation != null && situation.letterDate() != null && situation.deadline() != null
                && situation.deadline().isBefore(situation.letterDate())) {
            problems.add(new WorkerProblem(WorkerField.DEADLINE,
                    "The deadline is before the date of the Home Office letter; check both dates."));
        }
        return problems;
    }
}
