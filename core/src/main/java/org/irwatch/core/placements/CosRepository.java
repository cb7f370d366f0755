package org.irwatch.core.placements;

import java.time.Instant;
import java.util.List;

/** Keeps certificates of sponsorship (restricted data). */
public interface CosRepository {

    /** Replaces the rows of every period the new rows hold by them, in one transaction. */
    void replacePeriods(List<CosRow> rows, String sourceName, Instant importedAt);

    /** Rows whose link waits for a person's review (Medium, Low, none found). */
    List<CosRow> toReview();

    /** Records a person's decision on a row's link: CONFIRMED or REJECTED. */
    void decide(long id, CosLink.Band decision);
}
