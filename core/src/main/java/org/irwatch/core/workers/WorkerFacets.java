package org.irwatch.core.workers;

import java.time.LocalDate;
import java.util.Set;

/**
 * The anonymous part of a worker's record: what the counts need, kept in the clear so the counts survive consent
 * withdrawal and deletion, and can be made without the passphrase.
 *
 * @param councilGss empty when not known
 * @param reason null when not said
 * @param nationality empty when not said
 * @param sex null when not said
 * @param source null when not said
 * @param stageSince the date the current stage was reached
 * @param personalRemoved true once consent was withdrawn or the record deleted at the end of retention
 */
public record WorkerFacets(Long id, String councilGss, Stage stage, Reason reason, Set<Role> roles, String nationality,
                           Sex sex, SourceKind source, Long fairId, LocalDate registeredOn, LocalDate stageSince,
                           boolean personalRemoved) {

    public WorkerFacets {
        councilGss = Text.clean(councilGss);
        roles = Set.copyOf(roles);
        nationality = Text.clean(nationality);
    }
}
