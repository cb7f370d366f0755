package org.irwatch.core.snapshot;

import java.util.List;

/** Lists the snapshots held, newest data first. */
public interface SnapshotRepository {

    List<Snapshot> list();
}
