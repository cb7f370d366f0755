package org.irwatch.core.snapshot;

/**
 * Where a snapshot's data comes from. The figures use the newest snapshot of each source: a CQC file of any of its
 * three kinds replaces the CQC data before it.
 */
public enum SnapshotSource {
    REGISTER,
    CQC;

    public boolean holds(SnapshotKind kind) {
        return kind.isCqc() == (this == CQC);
    }
}
