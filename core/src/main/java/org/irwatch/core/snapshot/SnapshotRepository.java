package org.irwatch.core.snapshot;

import java.util.List;
import java.util.Optional;

/** The snapshots held, newest data first; deleting one deletes everything it holds. */
public interface SnapshotRepository {

    List<Snapshot> list();

    Optional<Snapshot> find(long id);

    /** @return true when a snapshot was deleted */
    boolean delete(long id);
}
