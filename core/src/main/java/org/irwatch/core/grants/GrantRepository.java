package org.irwatch.core.grants;

import java.util.List;
import org.irwatch.core.common.FinancialYear;

/** Where the grant initiatives and their spend by quarter are kept. */
public interface GrantRepository {

    /** Every area's initiatives of a financial year, by area and then name. */
    List<GrantInitiative> inYear(FinancialYear year);

    /**
     * Stores them all in one transaction, or none: a new initiative (no id) is added, a stored one replaced with its
     * budget and spend as given.
     *
     * @return them as stored, with their ids
     */
    List<GrantInitiative> saveAll(List<GrantInitiative> initiatives);

    void remove(long id);
}
