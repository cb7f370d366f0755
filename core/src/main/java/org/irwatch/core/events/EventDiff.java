package org.irwatch.core.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.irwatch.core.common.UkDates;

/** What differs between two versions of an event, field by field, as the audit trail shows it. */
public final class EventDiff {

    private record Part(String field, Function<EnforcementEvent, String> value) {
    }

    private static final List<Part> PARTS = List.of(
            new Part(EventField.SPONSOR_NAME.label(), EnforcementEvent::sponsorName),
            new Part(EventField.SPONSOR_TOWN.label(), EnforcementEvent::sponsorTown),
            new Part("Register organisation", EnforcementEvent::sponsorKey),
            new Part(EventField.PROVIDER.label(), EnforcementEvent::cqcProviderId),
            new Part(EventField.ACTION.label(), e -> e.action().label()),
            new Part(EventField.ACTION_DATE.label(), e -> date(e.actionDate())),
            new Part(EventField.NOTICE_RECEIVED.label(), e -> date(e.noticeReceived())),
            new Part(EventField.WORKERS_AFFECTED.label(), e -> text(e.workersAffected())),
            new Part(EventField.SOURCE.label(), EnforcementEvent::source),
            new Part(EventField.NOTES.label(), EnforcementEvent::notes),
            new Part(EventField.COUNCILS.label(), e -> String.join(", ", e.councilGssCodes().stream().sorted().toList())));

    private EventDiff() {
    }

    /** Changes from {@code before} to {@code after}; a null {@code before} lists every value of a new event. */
    public static List<AuditEntry.FieldChange> between(EnforcementEvent before, EnforcementEvent after) {
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        for (Part part : PARTS) {
            String old = before == null ? "" : text(part.value().apply(before));
            String now = text(part.value().apply(after));
            if (!old.equals(now)) {
                changes.add(new AuditEntry.FieldChange(part.field(), old, now));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }

    private static String date(LocalDate date) {
        return UkDates.day(date);
    }
}
