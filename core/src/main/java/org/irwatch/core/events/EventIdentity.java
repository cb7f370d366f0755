package org.irwatch.core.events;

import java.time.LocalDate;

/** What makes two records the same event: one register organisation, one action, one date. */
public record EventIdentity(String sponsorKey, EnforcementAction action, LocalDate actionDate) {

    public static EventIdentity of(EnforcementEvent event) {
        return new EventIdentity(event.sponsorKey(), event.action(), event.actionDate());
    }
}
