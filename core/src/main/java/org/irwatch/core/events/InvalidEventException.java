package org.irwatch.core.events;

import java.util.List;
import java.util.stream.Collectors;
import org.irwatch.core.common.UserFacingException;

/** An event that cannot be recorded as entered; the problems name the fields. */
public final class InvalidEventException extends UserFacingException {

    private final transient List<EventProblem> problems;

    public InvalidEventException(List<EventProblem> problems) {
        super("The event was not saved: " + problems.stream().map(p -> p.field().label() + ": " + p.message())
                .collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<EventProblem> problems() {
        return problems;
    }
}
