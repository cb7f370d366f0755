package org.irwatch.core.matching;

/**
 * A provider's sponsor that is missing from a newer register: matched on the one before, gone since.
 *
 * @param registerSnapshotId the first register snapshot without the sponsor
 */
public record FormerSponsorship(long registerSnapshotId, String providerId, StoredMatch.SponsorRef sponsor) {
}
