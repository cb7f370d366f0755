package org.irwatch.core.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A recorded action on a sponsor licence, with the sponsor as written on the register and, when known, its register
 * organisation key and the CQC provider it was matched to.
 *
 * @param id null until stored
 * @param sponsorKey the register organisation's {@code OrganisationKey}; null when the sponsor was not found on a
 *                   register snapshot held
 * @param workersAffected null when the notice does not say
 * @param councilGssCodes the councils affected: by default those of the provider's locations, editable
 */
public record EnforcementEvent(Long id, String sponsorName, String sponsorTown, String sponsorKey, String cqcProviderId,
                               EnforcementAction action, LocalDate actionDate, LocalDate noticeReceived,
                               Integer workersAffected, String source, String notes, Set<String> councilGssCodes,
                               String recordedBy, Instant recordedAt) {

    public EnforcementEvent {
        councilGssCodes = Set.copyOf(councilGssCodes);
    }

    /** Suspensions and revocations are what put workers at risk; the other actions end or record a state. */
    public boolean putsWorkersAtRisk() {
        return action == EnforcementAction.SUSPENDED || action == EnforcementAction.REVOKED;
    }
}
