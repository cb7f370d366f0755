package org.irwatch.core.market;

import org.irwatch.core.matching.StoredMatch;

/** A provider's sponsor that is missing from the newest register: surely matched before, gone since (ADR 0022). */
public record FormerSponsorship(String providerId, StoredMatch.SponsorRef sponsor) {
}
