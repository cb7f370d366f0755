package org.irwatch.core.placements;

/**
 * The sponsor a worker was displaced from, as the worker register keeps it: the register organisation, and its CQC
 * provider where matched. Either may be null; the finder never offers it, or any provider linked to it (ADR 0032).
 */
public record FormerSponsor(String organisationKey, String providerId, String name) {
}
