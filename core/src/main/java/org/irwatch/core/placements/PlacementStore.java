package org.irwatch.core.placements;

import java.time.Instant;
import java.util.Optional;

/** Keeps what people enter for placements: ethical employers, exclusions, notices sent, introductions made. */
public interface PlacementStore {

    /** Adds the employer, or replaces the one of the same CQC provider; returns it as stored. */
    EthicalEmployer saveEmployer(EthicalEmployer employer, Instant at);

    /** Saves them all in one transaction, or none. */
    void saveEmployers(java.util.List<EthicalEmployer> employers, Instant at);

    void deleteEmployer(long id);

    void exclude(ProviderExclusion exclusion);

    void include(String providerId);

    void recordNotice(String area, String notice, int recipients, String sentBy, Instant sentAt);

    /** The notice for the area last recorded as sent; empty when none was. */
    Optional<SentNotice> lastNotice(String area);

    void recordIntroduction(Introduction introduction);
}
