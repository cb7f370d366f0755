package org.irwatch.data.snapshot;

import static org.irwatch.data.jooq.Tables.MATCH_CANDIDATE;
import static org.irwatch.data.jooq.Tables.MATCH_RUN;
import static org.irwatch.data.jooq.Tables.PROVIDER_MATCH;

import java.util.Collection;
import org.jooq.DSLContext;

/** Stored match results stop being true when a snapshot they compared is deleted: they go with it. */
public final class StaleMatches {

    private StaleMatches() {
    }

    /** Inside the caller's transaction: clears the stored results if the last run compared one of these snapshots. */
    public static void clearIfComparing(DSLContext tx, Collection<Long> snapshotIds) {
        boolean stale = tx.fetchExists(MATCH_RUN, MATCH_RUN.REGISTER_SNAPSHOT_ID.in(snapshotIds)
                .or(MATCH_RUN.CQC_SNAPSHOT_ID.in(snapshotIds)));
        if (stale) {
            tx.deleteFrom(MATCH_CANDIDATE).execute();
            tx.deleteFrom(PROVIDER_MATCH).execute();
            tx.deleteFrom(MATCH_RUN).execute();
        }
    }
}
