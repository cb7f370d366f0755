package org.irwatch.core.imports.table;

import java.util.List;
import java.util.stream.Collectors;
import org.irwatch.core.common.UserFacingException;

/** A sheet with bad rows: nothing was imported, and every problem is listed by row and column. */
public final class RowsRejectedException extends UserFacingException {

    private static final int SHOWN_IN_MESSAGE = 20;

    private final transient List<RowProblem> problems;

    public RowsRejectedException(String fileName, List<RowProblem> problems) {
        super(fileName + " was not imported: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " in its rows. Correct them in the file and import it again; nothing was imported.\n"
                + problems.stream().limit(SHOWN_IN_MESSAGE).map(RowProblem::describe).collect(Collectors.joining("\n"))
                + (problems.size() > SHOWN_IN_MESSAGE ? "\n… and " + (problems.size() - SHOWN_IN_MESSAGE) + " more" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
