package org.irwatch.core.workers;

import java.time.LocalDate;

/**
 * What happened with the former sponsor and how long the worker has.
 *
 * @param formerSponsor the sponsor as written on the register (or typed when not found there)
 * @param formerSponsorKey the register's organisation key when chosen from it; empty otherwise
 * @param formerProviderId the CQC provider matched to it; empty when none
 * @param deadline the date the Home Office letter gives; null when no letter
 * @param dependants null when not said
 */
public record Situation(String formerSponsor, String formerSponsorKey, String formerProviderId, Reason reason,
                        VisaRoute visaRoute, LocalDate visaExpiry, LocalDate letterDate, LocalDate deadline,
                        Integer dependants) {

    public Situation {
        formerSponsor = Text.clean(formerSponsor);
        formerSponsorKey = Text.clean(formerSponsorKey);
        formerProviderId = Text.clean(formerProviderId);
    }
}
