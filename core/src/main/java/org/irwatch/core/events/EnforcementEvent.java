package org.irwatch.core.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded action on a sponsor licence, with the sponsor as written on the register and, when known, the
 * CQC provider it was matched to.
 *
 * @param workersAffected null when the notice does not say
 */
public record EnforcementEvent(String sponsorName, String sponsorTown, String cqcProviderId,
                               EnforcementAction action, LocalDate actionDate, LocalDate noticeReceived,
                               Integer workersAffected, String source, String notes, String recordedBy,
                               Instant recordedAt) {
}
