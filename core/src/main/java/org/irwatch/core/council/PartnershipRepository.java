package org.irwatch.core.council;

import java.util.List;

/** Where partnerships are kept. Names are unique whatever their case. */
public interface PartnershipRepository {

    /** Every partnership, by name. */
    List<Partnership> all();

    /** Stores a partnership, replacing the one called {@code replacing} (null for a new one). */
    void save(Partnership partnership, String replacing);

    /** @return whether a partnership of that name was there to remove */
    boolean remove(String name);
}
