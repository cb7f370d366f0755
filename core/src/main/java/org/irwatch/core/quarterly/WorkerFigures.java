package org.irwatch.core.quarterly;

import java.util.List;
import java.util.Map;

/**
 * The Displaced workers sheet's anonymised counts, or the sentence saying why there are none (the register is empty
 * or locked): the sheet never shows zeros in place of figures it does not have.
 *
 * @param unavailable why there are no figures; null when there are
 * @param total every worker counted
 * @param tables each table's counts, in its own order
 */
public record WorkerFigures(String unavailable, Count total, Map<WorkerTable, List<Count>> tables) {

    /** What a count from 1 to 4 shows instead of its number. */
    public static final String FEWER_THAN_5 = "fewer than 5";

    public WorkerFigures {
        tables = Map.copyOf(tables);
    }

    /** One line of a table, its number held back when it is small. */
    public record Count(String label, int count, boolean suppressed) {
    }

    public static WorkerFigures unavailable(String sentence) {
        return new WorkerFigures(sentence, null, Map.of());
    }

    public boolean available() {
        return unavailable == null;
    }
}
