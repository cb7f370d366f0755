package org.irwatch.core.snapshot;

import java.time.Instant;
import java.time.LocalDate;

/** One imported file, kept whole: where it came from, the date its data describes, and what it held. */
public record Snapshot(long id, SnapshotKind kind, String sourceName, String sha256, LocalDate dataDate,
                       Instant importedAt, int rows, int organisations, int providers, int locations,
                       boolean demo) {
}
