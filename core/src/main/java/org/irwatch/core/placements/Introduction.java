package org.irwatch.core.placements;

import java.time.Instant;
import java.time.LocalDate;

/** A worker (by register ID only) introduced to a provider's location on a date. */
public record Introduction(long workerId, String providerId, String providerName, String locationId,
                           String locationName, LocalDate on, String recordedBy, Instant recordedAt) {
}
