package org.irwatch.core.events;

import java.time.LocalDate;
import java.util.Set;

/**
 * An event as entered on the form, read from a tracker row or proposed by a register signal, before it is checked
 * and linked.
 *
 * @param councilGssCodes the councils affected as the user chose them; null to take those of the linked provider
 */
public record EventDraft(String sponsorName, String sponsorTown, EnforcementAction action, LocalDate actionDate,
                         LocalDate noticeReceived, Integer workersAffected, String source, String notes,
                         Set<String> councilGssCodes) {

    public EventDraft {
        sponsorName = trimmed(sponsorName);
        sponsorTown = trimmed(sponsorTown);
        source = trimmed(source);
        notes = notes == null ? "" : notes.strip();
        councilGssCodes = councilGssCodes == null ? null : Set.copyOf(councilGssCodes);
    }

    /** The draft of an event already recorded, for editing. */
    public static EventDraft of(EnforcementEvent event) {
        return new EventDraft(event.sponsorName(), event.sponsorTown(), event.action(), event.actionDate(),
                event.noticeReceived(), event.workersAffected(), event.source(), event.notes(),
                event.councilGssCodes());
    }

    public EventDraft withCouncils(Set<String> councils) {
        return new EventDraft(sponsorName, sponsorTown, action, actionDate, noticeReceived, workersAffected, source,
                notes, councils);
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
