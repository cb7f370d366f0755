package org.irwatch.core.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores enforcement events and the audit trail of every change to them. */
public interface EventRepository {

    /** Current events (not deleted), newest action first, with their councils. */
    List<EnforcementEvent> listAll();

    /**
     * The names of the current events' CQC providers by provider ID, as the newest CQC data writes them; a provider
     * that data holds no adult social care location of is left out, as the market leaves it out.
     */
    Map<String, String> providerNames();

    /** An event by ID, also when deleted. */
    Optional<EnforcementEvent> find(long id);

    /** Stores new events and their "recorded" audit entries in one transaction; returns their IDs in order. */
    List<Long> create(List<EnforcementEvent> events, List<AuditEntry> audits);

    /** Replaces an event's values and councils, with the audit entry, in one transaction. */
    void update(EnforcementEvent event, AuditEntry audit);

    /** Marks an event deleted, or current again, with the audit entry, in one transaction. */
    void setDeleted(long id, boolean deleted, AuditEntry audit);

    /** The audit trail of an event, oldest first. */
    List<AuditEntry> audit(long eventId);
}
