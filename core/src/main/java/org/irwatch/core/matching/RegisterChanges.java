package org.irwatch.core.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Works out how the newest register differs from the organisations a run compared with, fed its rows one by one:
 * every row's key, and the whole row only when its key is new, so a reader never builds the other 99%. Keys are
 * looked up once each in the index's own key map: building sets of 120,000 keys was most of a re-match's time.
 */
public final class RegisterChanges {

    private final RegisterIndex index;
    private final boolean[] stayed;
    private final List<StoredSponsor> arrived = new ArrayList<>();

    RegisterChanges(RegisterIndex index) {
        this.index = index;
        this.stayed = new boolean[index.size()];
    }

    /** Notes that the organisations with this key are still on the register; false when none compared had it. */
    public boolean stays(String key) {
        boolean known = false;
        for (int id : index.idsOf(key)) {
            if (!index.isRemoved(id)) {
                stayed[id] = true;
                known = true;
            }
        }
        return known;
    }

    /** A row whose key {@link #stays} did not know. */
    public void arrives(StoredSponsor row) {
        arrived.add(row);
    }

    /** The keys of the organisations compared with that did not stay, and the rows that arrived. */
    public RegisterDelta delta() {
        Set<String> left = new HashSet<>();
        for (int id = 0; id < stayed.length; id++) {
            if (!stayed[id] && !index.isRemoved(id)) {
                left.add(index.sponsor(id).key());
            }
        }
        return new RegisterDelta(left, arrived);
    }
}
