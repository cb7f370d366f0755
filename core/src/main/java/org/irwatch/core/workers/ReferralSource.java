package org.irwatch.core.workers;

/**
 * Who sent the worker to the register.
 *
 * @param fairId the job fair they were seen at; null when not at a fair
 * @param detail which group, team or employer, as typed
 */
public record ReferralSource(SourceKind kind, Long fairId, String detail) {

    public ReferralSource {
        detail = Text.clean(detail);
    }
}
