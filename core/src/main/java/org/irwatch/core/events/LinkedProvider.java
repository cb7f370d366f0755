package org.irwatch.core.events;

/** The CQC provider a register organisation was matched to. */
public record LinkedProvider(String providerId, String providerName) {
}
