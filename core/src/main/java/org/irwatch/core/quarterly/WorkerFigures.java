package org.irwatch.core.quarterly;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irwatch.core.market.ReportPeriod;

/**
 * The Displaced workers sheet's anonymised counts, or the sentence saying why there are none (the register is empty
 * or locked): the sheet never shows zeros in place of figures it does not have.
 *
 * @param unavailable why there are no figures; null when there are
 * @param total every worker counted
 * @param tables each table's counts, in its own order
 */
public record WorkerFigures(String unavailable, Count total, Map<WorkerTable, List<Count>> tables) {

    public WorkerFigures {
        tables = Map.copyOf(tables);
    }

    /**
     * One line of a table.
     *
     * @param heldBack what is shown instead of the number ("fewer than 5", "not shown"); null when it is shown
     */
    public record Count(String label, int count, String heldBack) {
    }

    /** The counts of the area's workers in a period, or why there are none. */
    @FunctionalInterface
    public interface Source {
        WorkerFigures of(Set<String> councils, ReportPeriod period);
    }

    public static WorkerFigures unavailable(String sentence) {
        return new WorkerFigures(sentence, null, Map.of());
    }

    public boolean available() {
        return unavailable == null;
    }
}
