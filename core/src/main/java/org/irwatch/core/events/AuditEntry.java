package org.irwatch.core.events;

import java.time.Instant;
import java.util.List;

/**
 * One change to an event in its audit trail: who made it, when, and what changed.
 *
 * @param eventId null before the event is stored
 */
public record AuditEntry(Long eventId, Instant at, String by, Kind kind, List<FieldChange> changes) {

    public AuditEntry {
        changes = List.copyOf(changes);
    }

    public enum Kind {
        CREATED("Recorded"),
        EDITED("Edited"),
        DELETED("Deleted"),
        RESTORED("Restored");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One field's value before and after; empty text for no value. */
    public record FieldChange(String field, String before, String after) {

        /** "Workers affected: 12 → 15". */
        public String describe() {
            return field + ": " + (before.isEmpty() ? "(none)" : before) + " → " + (after.isEmpty() ? "(none)" : after);
        }
    }

    /** The changes in one line, for a table cell. */
    public String describe() {
        return String.join("; ", changes.stream().map(FieldChange::describe).toList());
    }
}
