package org.irwatch.core.quarterly;

import java.util.Optional;
import org.irwatch.core.common.FinancialQuarter;

/** Where each area's narrative for each quarter is kept. */
public interface NarrativeRepository {

    /** The narrative saved for the area (by its key) and quarter; empty when none. */
    Optional<Narrative> find(String areaKey, FinancialQuarter quarter);

    /** Keeps it in place of the area's narrative for the quarter. */
    void save(Narrative narrative);

    /** Forgets the area's narrative for the quarter; nothing happens when there is none. */
    void remove(String areaKey, FinancialQuarter quarter);
}
