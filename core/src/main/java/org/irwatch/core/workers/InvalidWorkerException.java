package org.irwatch.core.workers;

import java.util.List;
import org.irwatch.core.common.UserFacingException;

/** A record refused, with every problem named. */
public final class InvalidWorkerException extends UserFacingException {

    private final transient List<WorkerProblem> problems;

    public InvalidWorkerException(List<WorkerProblem> problems) {
        super(String.join(" ", problems.stream().map(WorkerProblem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<WorkerProblem> problems() {
        return problems;
    }
}
