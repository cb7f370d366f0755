package org.irwatch.core.register;

import java.util.List;

/** Reads what change detection needs from a stored register snapshot. */
public interface RegisterSnapshotReader {

    List<OrganisationSummary> summaries(long snapshotId);
}
