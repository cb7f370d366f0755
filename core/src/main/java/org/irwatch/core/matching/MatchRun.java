package org.irwatch.core.matching;

import java.time.Instant;

/** One run of matching: the register and CQC snapshots it compared, when, and how many providers it matched. */
public record MatchRun(long registerSnapshotId, long cqcSnapshotId, Instant matchedAt, int providerCount) {
}
