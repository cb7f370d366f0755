package org.irwatch.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.imports.table.SheetTable;
import org.irwatch.core.register.OrganisationKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Recording, editing and deleting events: checks that explain themselves, linking, the audit trail, tracker rows. */
class EventServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private final MemoryEvents repository = new MemoryEvents();
    private final MemoryLookup lookup = new MemoryLookup();
    private final EventService service = new EventService(repository, lookup, Clock.fixed(NOW, ZoneOffset.UTC), "alice");

    private static EventDraft draft(String name, String town, LocalDate date, Integer workers) {
        return new EventDraft(name, town, EnforcementAction.SUSPENDED, date, null, workers, "Notice", "", null);
    }

    @Test
    void eachBrokenRuleIsNamedByItsField() {
        EventDraft bad = new EventDraft("", "", null, TODAY.plusDays(1), null, -2, "", "", null);

        assertThat(EventChecks.problems(bad, TODAY)).extracting(EventProblem::field).containsExactly(
                EventField.SPONSOR_NAME, EventField.ACTION, EventField.ACTION_DATE, EventField.WORKERS_AFFECTED);
        assertThat(EventChecks.problems(draft("A", "", TODAY, 1).withCouncils(null), TODAY)).isEmpty();
        EventDraft noticeFirst = new EventDraft("A", "", EnforcementAction.REVOKED, TODAY, TODAY.minusDays(3), 0, "",
                "", null);
        assertThat(EventChecks.problems(noticeFirst, TODAY)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(EventField.NOTICE_RECEIVED);
            assertThat(p.message()).contains("27/11/2026").contains("30/11/2026");
        });
    }

    @Test
    void datesAreReadAsEverywhereElse() {
        assertThat(EventValues.date("5 March 2026 ")).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(EventValues.date(" ")).isNull();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            31/02/2026, is not a date
            03/05/26,   two-digit year
            soon,       is not a date
            """)
    void badDatesSayHowToWriteOne(String text, String says) {
        assertThatThrownBy(() -> EventValues.date(text)).hasMessageContaining(says);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Suspended,                 SUSPENDED
            Licence suspension,        SUSPENDED
            Revoked,                   REVOKED
            Revocation,                REVOKED
            Reinstated after suspension, REINSTATED
            Surrendered,               SURRENDERED
            Downgraded to B,           DOWNGRADED_TO_B
            Removed from register,     REMOVED_FROM_REGISTER
            Sponsor licence revoked,   REVOKED
            SUSPENDED,                 SUSPENDED
            Suspension lifted,         REINSTATED
            """)
    void actionsAreReadFromTheWordsTrackersUse(String text, EnforcementAction expected) {
        assertThat(EventValues.action(text)).isEqualTo(expected);
    }

    /** A word inside other words must not decide: these say the opposite, or two things, or nothing yet. */
    @ParameterizedTest
    @ValueSource(strings = {"Not suspended", "Suspension withdrawn", "Pending suspension", "Suspended then reinstated",
            "Revocation overturned", "Revocation appealed", "Revoked / Suspended", "Downgraded to A", "Under review"})
    void actionsThatSayMoreThanOneWordAreRefused(String text) {
        assertThatThrownBy(() -> EventValues.action(text)).hasMessageContaining("can read for sure")
                .hasMessageContaining("Suspended");
    }

    @Test
    void workerCountsAreWholeNumbersNotBelowZero() {
        assertThat(EventValues.workers("1,200")).isEqualTo(1200);
        assertThat(EventValues.workers(" ")).isNull();
        assertThatThrownBy(() -> EventValues.workers("-3")).hasMessageContaining("negative");
        assertThatThrownBy(() -> EventValues.workers("2.5")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> EventValues.workers("many")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> EventValues.action("fined")).hasMessageContaining("Suspended");
    }

    @Test
    void aRecordedEventTakesTheRegisterSpellingItsProviderAndTheProvidersCouncils() {
        lookup.sponsor("ACME CARE LTD", "Leeds", true);
        lookup.link("ACME CARE LTD", "Leeds", "1-100", Set.of("E08000035", "E08000036"));

        EnforcementEvent event = service.record(draft("  acme care ltd ", "", TODAY.minusDays(2), 12));

        assertThat(event.sponsorName()).isEqualTo("ACME CARE LTD");
        assertThat(event.sponsorKey()).isEqualTo(OrganisationKey.of("ACME CARE LTD", "Leeds"));
        assertThat(event.cqcProviderId()).isEqualTo("1-100");
        assertThat(event.councilGssCodes()).containsExactlyInAnyOrder("E08000035", "E08000036");
        assertThat(event.recordedBy()).isEqualTo("alice");
        assertThat(repository.audit(event.id())).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AuditEntry.Kind.CREATED);
            assertThat(a.by()).isEqualTo("alice");
            assertThat(a.describe()).contains("Workers affected: (none) → 12");
        });
    }

    @Test
    void aSponsorOnNoRegisterOrInSeveralTownsIsRefusedWithWhatToDo() {
        lookup.sponsor("TWIN CARE LTD", "Leeds", true);
        lookup.sponsor("TWIN CARE LTD", "York", false);

        assertThatThrownBy(() -> service.record(draft("Nobody Ltd", "", TODAY, 1)))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("not on any register snapshot held");
        assertThatThrownBy(() -> service.record(draft("Twin Care Ltd", "", TODAY, 1)))
                .hasMessageContaining("2 towns (Leeds, York)");
        assertThat(service.record(draft("Twin Care Ltd", "york", TODAY, 1)).sponsorTown()).isEqualTo("York");
    }

    @Test
    void editsAreAuditedFieldByFieldAndDeletesCanBeUndone() {
        lookup.sponsor("ACME CARE LTD", "Leeds", true);
        EnforcementEvent event = service.record(draft("ACME CARE LTD", "", TODAY.minusDays(5), 12));

        EventDraft changed = new EventDraft("ACME CARE LTD", "Leeds", EnforcementAction.REVOKED, TODAY.minusDays(5),
                null, 15, "Notice", "", Set.of("E08000035"));
        service.edit(event.id(), changed);
        service.edit(event.id(), changed); // nothing changed: no entry
        service.delete(event.id());
        assertThat(service.events()).isEmpty();
        service.restore(event.id());

        assertThat(service.events()).singleElement().extracting(EnforcementEvent::workersAffected).isEqualTo(15);
        List<AuditEntry> trail = service.audit(event.id());
        assertThat(trail).extracting(AuditEntry::kind).containsExactly(AuditEntry.Kind.CREATED,
                AuditEntry.Kind.EDITED, AuditEntry.Kind.DELETED, AuditEntry.Kind.RESTORED);
        assertThat(trail.get(1).changes()).extracting(AuditEntry.FieldChange::describe).containsExactly(
                "Action: Suspended → Revoked", "Workers affected: 12 → 15", "Councils affected: (none) → E08000035");
    }

    @Test
    void theSameActionOnTheSameDayIsNotRecordedTwice() {
        lookup.sponsor("ACME CARE LTD", "Leeds", true);
        service.record(draft("ACME CARE LTD", "", TODAY.minusDays(5), 12));

        assertThatThrownBy(() -> service.record(draft("Acme Care Ltd", "Leeds", TODAY.minusDays(5), 3)))
                .hasMessageContaining("already recorded (by alice)");
    }

    @Test
    void aTrackerWithBadRowsIsRefusedWholeWithEveryProblemByRowAndColumn() {
        lookup.sponsor("ACME CARE LTD", "Leeds", true);
        SheetTable table = new SheetTable("t.csv", List.of("Organisation Name", "Action/Status", "Date of action",
                "No. of workers"), List.of(
                new SheetTable.Row(2, List.of("ACME CARE LTD", "Revoked", "01/10/2026", "4")),
                new SheetTable.Row(3, List.of("Unknown Ltd", "Revoked", "31/02/2026", "-1")),
                new SheetTable.Row(4, List.of("ACME CARE LTD", "fined", "", "x"))));
        ColumnMapping<EventField> mapping = ColumnMapping.guess(EventField.TRACKER, table.header());

        assertThatThrownBy(() -> new TrackerImport(service, repository).run(table, mapping, ProgressListener.NONE))
                .isInstanceOfSatisfying(RowsRejectedException.class, e -> assertThat(e.problems())
                        .extracting(RowProblem::row, RowProblem::column).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(3L, "Organisation Name"),
                                org.assertj.core.groups.Tuple.tuple(3L, "Date of action"),
                                org.assertj.core.groups.Tuple.tuple(3L, "No. of workers"),
                                org.assertj.core.groups.Tuple.tuple(4L, "Action/Status"),
                                org.assertj.core.groups.Tuple.tuple(4L, "Date of action"),
                                org.assertj.core.groups.Tuple.tuple(4L, "No. of workers")));
        assertThat(repository.listAll()).isEmpty();
    }

    @Test
    void aRowRepeatedWithOtherDetailsIsRefusedAndAnExactRepeatCountsOnce() {
        lookup.sponsor("ACME CARE LTD", "Leeds", true);
        List<String> header = List.of("Organisation Name", "Action/Status", "Date of action", "No. of workers");
        SheetTable conflicting = new SheetTable("t.csv", header, List.of(
                new SheetTable.Row(2, List.of("ACME CARE LTD", "Revoked", "01/10/2026", "4")),
                new SheetTable.Row(3, List.of("ACME CARE LTD", "Revoked", "01/10/2026", "7"))));

        assertThatThrownBy(() -> new TrackerImport(service, repository).run(conflicting,
                ColumnMapping.guess(EventField.TRACKER, header), ProgressListener.NONE))
                .isInstanceOfSatisfying(RowsRejectedException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.row()).isEqualTo(3L);
                            assertThat(p.problem()).contains("repeats row 2");
                        }));
        assertThat(repository.listAll()).isEmpty();

        SheetTable repeated = new SheetTable("t.csv", header, List.of(
                new SheetTable.Row(2, List.of("ACME CARE LTD", "Revoked", "01/10/2026", "4")),
                new SheetTable.Row(3, List.of("ACME CARE LTD", "Revoked", "01/10/2026", "4"))));
        TrackerImportResult result = new TrackerImport(service, repository).run(repeated, ColumnMapping.guess(EventField.TRACKER, header),
                ProgressListener.NONE);
        assertThat(repository.listAll()).hasSize(1);
        assertThat(result.summary()).contains("1 event added");
    }

    @Test
    void headerNamesSuggestTheMapping() {
        ColumnMapping<EventField> mapping = ColumnMapping.guess(EventField.TRACKER, List.of("Sponsor", "Town/City", "Action/Status",
                "Date of revocation", "Date notice received", "No. of workers", "Source", "Comments"));

        assertThat(mapping.columns()).containsEntry(EventField.SPONSOR_NAME, "Sponsor")
                .containsEntry(EventField.SPONSOR_TOWN, "Town/City")
                .containsEntry(EventField.ACTION, "Action/Status")
                .containsEntry(EventField.ACTION_DATE, "Date of revocation")
                .containsEntry(EventField.NOTICE_RECEIVED, "Date notice received")
                .containsEntry(EventField.WORKERS_AFFECTED, "No. of workers")
                .containsEntry(EventField.NOTES, "Comments");
        assertThat(ColumnMapping.decode(EventField.TRACKER, mapping.encode())).isEqualTo(mapping);
        assertThat(mapping.parse("Comments=source,Source=none").columns())
                .containsEntry(EventField.SOURCE, "Comments").doesNotContainKey(EventField.NOTES);
    }

    /** Events and audit in memory. */
    static final class MemoryEvents implements EventRepository {
        private final Map<Long, EnforcementEvent> events = new HashMap<>();
        private final Map<Long, Boolean> deleted = new HashMap<>();
        private final Map<Long, List<AuditEntry>> audit = new HashMap<>();
        private long next = 1;

        @Override
        public Map<String, String> providerNames() {
            return Map.of();
        }

        @Override
        public List<EnforcementEvent> listAll() {
            return events.values().stream().filter(e -> !deleted.getOrDefault(e.id(), false)).toList();
        }

        @Override
        public Optional<EnforcementEvent> find(long id) {
            return Optional.ofNullable(events.get(id));
        }

        @Override
        public List<Long> create(List<EnforcementEvent> created, List<AuditEntry> audits) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < created.size(); i++) {
                EnforcementEvent e = created.get(i);
                long id = next++;
                events.put(id, new EnforcementEvent(id, e.sponsorName(), e.sponsorTown(), e.sponsorKey(),
                        e.cqcProviderId(), e.action(), e.actionDate(), e.noticeReceived(), e.workersAffected(),
                        e.source(), e.notes(), e.councilGssCodes(), e.recordedBy(), e.recordedAt()));
                audit.computeIfAbsent(id, k -> new ArrayList<>()).add(audits.get(i));
                ids.add(id);
            }
            return ids;
        }

        @Override
        public void update(EnforcementEvent event, AuditEntry entry) {
            events.put(event.id(), event);
            audit.get(event.id()).add(entry);
        }

        @Override
        public void setDeleted(long id, boolean isDeleted, AuditEntry entry) {
            deleted.put(id, isDeleted);
            audit.get(id).add(entry);
        }

        @Override
        public List<AuditEntry> audit(long eventId) {
            return List.copyOf(audit.getOrDefault(eventId, List.of()));
        }
    }

    /** A register and its links in memory. */
    static final class MemoryLookup implements SponsorLookup {
        private final List<RegisterSponsor> sponsors = new ArrayList<>();
        private final Map<String, LinkedProvider> providers = new HashMap<>();
        private final Map<String, Set<String>> councils = new HashMap<>();

        void sponsor(String name, String town, boolean onLatest) {
            sponsors.add(new RegisterSponsor(OrganisationKey.of(name, town), name, town, TODAY, onLatest));
        }

        void link(String name, String town, String providerId, Set<String> councilCodes) {
            providers.put(OrganisationKey.of(name, town), new LinkedProvider(providerId, "Provider " + providerId));
            councils.put(providerId, councilCodes);
        }

        @Override
        public Map<String, List<RegisterSponsor>> sponsorsNamed(Set<String> foldedNames) {
            Map<String, List<RegisterSponsor>> found = new HashMap<>();
            sponsors.stream().filter(s -> foldedNames.contains(OrganisationKey.fold(s.name())))
                    .forEach(s -> found.computeIfAbsent(OrganisationKey.fold(s.name()), k -> new ArrayList<>()).add(s));
            return found;
        }

        @Override
        public Map<String, LinkedProvider> providersOf(Set<String> sponsorKeys) {
            Map<String, LinkedProvider> found = new HashMap<>(providers);
            found.keySet().retainAll(sponsorKeys);
            return found;
        }

        @Override
        public Map<String, Set<String>> councilsOf(Set<String> providerIds) {
            Map<String, Set<String>> found = new HashMap<>(councils);
            found.keySet().retainAll(providerIds);
            return found;
        }
    }
}
