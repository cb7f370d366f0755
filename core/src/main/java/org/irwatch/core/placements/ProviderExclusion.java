package org.irwatch.core.placements;

import java.time.Instant;

/** A provider a person left out of every placement search, with why: remembered until they take it back. */
public record ProviderExclusion(String providerId, String reason, String excludedBy, Instant excludedAt) {
}
