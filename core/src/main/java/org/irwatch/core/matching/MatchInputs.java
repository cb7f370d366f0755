package org.irwatch.core.matching;

import java.util.List;

/** Reads what matching compares: the organisations of the latest register and the care providers of the latest CQC data. */
public interface MatchInputs {

    /** The newest register snapshot's ID, or null when none is held. */
    Long latestRegisterSnapshot();

    /** The newest CQC snapshot's ID, or null when none is held. */
    Long latestCqcSnapshot();

    /** The register snapshot before the newest (by data date), or null when fewer than two are held. */
    Long previousRegisterSnapshot();

    /** Organisations of the newest register snapshot, not yet prepared; empty when none is held. */
    List<StoredSponsor> registerRows();

    /** Organisations of one register snapshot, not yet prepared. */
    List<StoredSponsor> registerRows(long snapshotId);

    /**
     * Organisations of one register snapshot, prepared for matching: by default its rows, prepared on all cores. A
     * store may keep them prepared (ADR 0047); the entries are the same either way.
     */
    default List<SponsorEntry> preparedRegister(long snapshotId) {
        return registerRows(snapshotId).parallelStream().map(StoredSponsor::toEntry).toList();
    }

    /**
     * How the newest register snapshot differs from the organisations a run compared with: feeds {@code changes}
     * every row's key, and the row itself when the key is new. Reads only what it must: the keys of every row, and
     * the name, town and county of new ones.
     */
    RegisterDelta registerChangesFrom(RegisterChanges changes);

    /** Organisations of the newest register snapshot, prepared for matching on all cores. */
    default List<SponsorEntry> sponsors() {
        return registerRows().parallelStream().map(StoredSponsor::toEntry).toList();
    }

    /** Providers with at least one adult social care location in the newest CQC snapshot. */
    List<ProviderEntry> careProviders();
}
