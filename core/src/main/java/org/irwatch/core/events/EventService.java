package org.irwatch.core.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.register.OrganisationKey;

/**
 * Records, edits and deletes enforcement events: checks them, links the sponsor to its register organisation, CQC
 * provider and councils, and keeps every change in the audit trail under the name of the person making it.
 */
public final class EventService {

    private final EventRepository repository;
    private final SponsorLinker linker;
    private final Clock clock;
    private final String user;

    /** @param user who changes are recorded as made by (the computer's user name, as for match decisions) */
    public EventService(EventRepository repository, SponsorLookup lookup, Clock clock, String user) {
        this.repository = repository;
        this.linker = new SponsorLinker(lookup);
        this.clock = clock;
        this.user = user == null || user.isBlank() ? "unknown" : user;
    }

    public List<EnforcementEvent> events() {
        return repository.listAll();
    }

    /** The current events' providers by name, by provider ID; see {@link EventRepository#providerNames()}. */
    public Map<String, String> providerNames() {
        return repository.providerNames();
    }

    public List<AuditEntry> audit(long eventId) {
        return repository.audit(eventId);
    }

    /** Where a sponsor name leads, for the form to show the provider and default councils before saving. */
    public SponsorLink link(String sponsorName, String sponsorTown) {
        return linker.link(sponsorName, sponsorTown);
    }

    SponsorLinker linker() {
        return linker;
    }

    /** Checks, links and stores a new event; refuses it with every problem named when it cannot be recorded. */
    public EnforcementEvent record(EventDraft draft) {
        EnforcementEvent event = checkedEvent(null, draft, null);
        long id = create(List.of(event)).getFirst();
        return repository.find(id).orElseThrow();
    }

    /** Stores events already checked, each with its "recorded" audit entry, in one transaction. */
    List<Long> create(List<EnforcementEvent> events) {
        Instant now = now();
        List<AuditEntry> audits = events.stream()
                .map(e -> new AuditEntry(null, now, user, AuditEntry.Kind.CREATED, EventDiff.between(null, e)))
                .toList();
        return repository.create(events, audits);
    }

    /** Changes an event; nothing is written when nothing changed. */
    public EnforcementEvent edit(long id, EventDraft draft) {
        EnforcementEvent before = current(id);
        EnforcementEvent after = checkedEvent(id, draft, before);
        List<AuditEntry.FieldChange> changes = EventDiff.between(before, after);
        if (!changes.isEmpty()) {
            repository.update(after, new AuditEntry(id, now(), user, AuditEntry.Kind.EDITED, changes));
        }
        return repository.find(id).orElseThrow();
    }

    public void delete(long id) {
        current(id);
        repository.setDeleted(id, true, new AuditEntry(id, now(), user, AuditEntry.Kind.DELETED, List.of()));
    }

    /** Undoes a delete. */
    public void restore(long id) {
        repository.setDeleted(id, false, new AuditEntry(id, now(), user, AuditEntry.Kind.RESTORED, List.of()));
    }

    /** The problems of a draft that need no database: for the form to show as the user types. */
    public List<EventProblem> problems(EventDraft draft) {
        return EventChecks.problems(draft, today());
    }

    private EnforcementEvent checkedEvent(Long id, EventDraft draft, EnforcementEvent before) {
        List<EventProblem> problems = new ArrayList<>(EventChecks.problems(draft, today()));
        if (!problems.isEmpty()) {
            throw new InvalidEventException(problems);
        }
        EnforcementEvent event = linked(id, draft, before);
        if (event == null) {
            throw new InvalidEventException(List.of(new EventProblem(EventField.SPONSOR_NAME,
                    linker.link(draft.sponsorName(), draft.sponsorTown()).problem())));
        }
        EventIdentity identity = EventIdentity.of(event);
        repository.listAll().stream()
                .filter(other -> !Objects.equals(other.id(), id) && EventIdentity.of(other).equals(identity))
                .findFirst()
                .ifPresent(other -> {
                    throw new InvalidEventException(List.of(new EventProblem(EventField.ACTION_DATE,
                            "This " + event.action().label().toLowerCase(java.util.Locale.UK) + " of "
                                    + event.sponsorName() + " on " + UkDates.numeric(event.actionDate())
                                    + " is already recorded (by " + other.recordedBy() + ").")));
                });
        return event;
    }

    /**
     * The event the draft describes, linked; null when the sponsor is not found. An edit that keeps the sponsor keeps
     * its link, so a later re-match does not move an old event to another provider.
     */
    EnforcementEvent linked(Long id, EventDraft draft, EnforcementEvent before) {
        if (before != null && sameSponsor(before, draft)) {
            return linked(id, draft, before, new SponsorLink(
                    new RegisterSponsor(before.sponsorKey(), before.sponsorName(), before.sponsorTown(), null, false),
                    before.cqcProviderId() == null ? null : new LinkedProvider(before.cqcProviderId(), ""),
                    before.councilGssCodes(), null));
        }
        SponsorLink link = linker.link(draft.sponsorName(), draft.sponsorTown());
        return link.isFound() ? linked(id, draft, before, link) : null;
    }

    /** The event the draft describes with the sponsor as the register writes it, and the link's provider. */
    EnforcementEvent linked(Long id, EventDraft draft, EnforcementEvent before, SponsorLink link) {
        RegisterSponsor sponsor = link.sponsor();
        return new EnforcementEvent(id, sponsor.name(), sponsor.town(), sponsor.key(),
                link.provider() == null ? null : link.provider().providerId(), draft.action(), draft.actionDate(),
                draft.noticeReceived(), draft.workersAffected(), blankToNull(draft.source()),
                blankToNull(draft.notes()), draft.councilGssCodes() == null ? link.councils() : draft.councilGssCodes(),
                before == null ? user : before.recordedBy(), before == null ? now() : before.recordedAt());
    }

    private static boolean sameSponsor(EnforcementEvent event, EventDraft draft) {
        return OrganisationKey.fold(event.sponsorName()).equals(OrganisationKey.fold(draft.sponsorName()))
                && (draft.sponsorTown().isEmpty()
                || OrganisationKey.fold(event.sponsorTown()).equals(OrganisationKey.fold(draft.sponsorTown())));
    }

    private EnforcementEvent current(long id) {
        return repository.find(id).orElseThrow(() -> new UserFacingException(
                "Event #" + id + " is no longer held; it may have been deleted. Reload the Events screen."));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String user() {
        return user;
    }
}
