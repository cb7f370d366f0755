package org.irwatch.app.workers;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.irwatch.core.workers.Labelled;
import org.irwatch.core.workers.NeedsAction;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerDates;

/**
 * A worker as the list shows them on a given day: the counts of days come from core's rules, worked out once when the
 * list is read so sorting and filtering never recompute them.
 *
 * @param daysLeft days to the Home Office deadline (negative once passed); null when there is no deadline
 * @param councilName the council's name; empty when not known
 * @param needs why the worker needs action today; empty when they do not
 */
public record WorkerRow(Worker worker, Long daysLeft, long daysSinceContact, String councilName,
                        List<NeedsAction.Why> needs) {

    public WorkerRow {
        needs = List.copyOf(needs);
    }

    static WorkerRow of(Worker worker, LocalDate today, Function<String, String> councilName) {
        return new WorkerRow(worker, WorkerDates.daysToDeadline(worker, today),
                WorkerDates.daysSinceContact(worker, today),
                worker.councilGss().isEmpty() ? "" : councilName.apply(worker.councilGss()),
                NeedsAction.reasons(worker, today));
    }

    public String name() {
        return worker.person().name();
    }

    public String roles() {
        return worker.work() == null ? "" : labels(worker.work().roles());
    }

    public String reason() {
        return worker.reason() == null ? "" : worker.reason().label();
    }

    /** Labels in the enum's order, joined: "Care worker, Nurse". */
    static String labels(java.util.Collection<? extends Labelled> values) {
        return values.stream().sorted(java.util.Comparator.comparing(v -> ((Enum<?>) v).ordinal()))
                .map(Labelled::label).collect(Collectors.joining(", "));
    }
}
