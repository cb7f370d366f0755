package org.irwatch.core.market;

import org.irwatch.core.matching.StoredMatch;

/** A provider's sponsor that is missing from the newest register: matched on the one before, gone since. */
public record FormerSponsorship(String providerId, StoredMatch.SponsorRef sponsor) {
}
