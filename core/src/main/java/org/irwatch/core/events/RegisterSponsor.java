package org.irwatch.core.events;

import java.time.LocalDate;

/**
 * A register organisation as the newest snapshot holding it writes it.
 *
 * @param lastSeen the data date of the newest register snapshot that has it
 * @param onLatest whether the newest register snapshot has it (a revoked sponsor is only on older ones)
 */
public record RegisterSponsor(String key, String name, String town, LocalDate lastSeen, boolean onLatest) {
}
