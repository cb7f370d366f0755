package org.irwatch.core.matching;

import java.util.List;
import java.util.Set;

/** How the newest register differs from a set of organisation keys: the keys gone, and the rows new. */
public record RegisterDelta(Set<String> removedKeys, List<StoredSponsor> added) {

    public RegisterDelta {
        removedKeys = Set.copyOf(removedKeys);
        added = List.copyOf(added);
    }
}
