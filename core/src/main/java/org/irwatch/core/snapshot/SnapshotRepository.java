package org.irwatch.core.snapshot;

import java.util.List;
import java.util.Optional;

/**
 * The snapshots held, newest data first (of two with the same data date, the later imported first); deleting one
 * deletes everything it holds.
 */
public interface SnapshotRepository {

    List<Snapshot> list();

    /** The snapshots of one source, newest data first. */
    List<Snapshot> list(SnapshotSource source);

    /** The snapshot the figures use for this source: the first of {@link #list(SnapshotSource)}. */
    Optional<Snapshot> latest(SnapshotSource source);

    /** The one before {@link #latest}: what changes are counted from. */
    Optional<Snapshot> previous(SnapshotSource source);

    Optional<Snapshot> find(long id);

    /** @return true when a snapshot was deleted */
    boolean delete(long id);
}
