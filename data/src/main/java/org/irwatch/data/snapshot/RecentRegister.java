package org.irwatch.data.snapshot;

import java.util.List;
import java.util.Optional;
import org.irwatch.core.matching.StoredSponsor;
import org.irwatch.core.register.SponsorOrganisation;

/**
 * The organisations of the register snapshot this process imported last, kept once its import has committed: the
 * incremental match that follows an import then needs not read 120,000 rows back from the database.
 */
public final class RecentRegister {

    private volatile Held held;

    private record Held(long snapshotId, List<StoredSponsor> rows) {
    }

    /** Call after the snapshot's transaction committed. */
    public void imported(long snapshotId, List<SponsorOrganisation> organisations) {
        held = new Held(snapshotId, organisations.stream()
                .map(o -> new StoredSponsor(o.key(), o.name(), o.town(), o.county())).toList());
    }

    /** The rows of this snapshot when it is the one imported last by this process. */
    public Optional<List<StoredSponsor>> rows(long snapshotId) {
        Held current = held;
        return current != null && current.snapshotId() == snapshotId ? Optional.of(current.rows()) : Optional.empty();
    }
}
