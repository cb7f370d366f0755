package org.irwatch.data.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.demo.DemoDataGenerator;
import org.irwatch.core.demo.DemoDataSet;
import org.irwatch.core.events.AuditEntry;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.register.Licence;
import org.irwatch.core.register.LicenceType;
import org.irwatch.core.register.Rating;
import org.irwatch.core.register.SponsorOrganisation;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.events.JooqEventRepository;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.snapshot.SnapshotWriter;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoDataRepositoryTest {

    private final Database database = Database.inMemory();
    private final JooqDemoDataRepository repository = new JooqDemoDataRepository(database.dsl());
    private final JooqSnapshotRepository snapshots = new JooqSnapshotRepository(database.dsl());
    private final JooqEventRepository events = new JooqEventRepository(database.dsl());
    private final DemoDataSet demo =
            new DemoDataGenerator(new JooqCouncilRepository(database.dsl()).loadDirectory()).generate();

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void freshDatabaseIsEmptyWithoutDemo() {
        assertThat(repository.isEmpty()).isTrue();
        assertThat(repository.hasDemoData()).isFalse();
    }

    @Test
    void loadedDemoShowsTwoRegisterSnapshotsAndOneCqcSnapshotNewestFirst() {
        repository.load(demo, ProgressListener.NONE);

        DemoDataSet.RegisterRelease previous = demo.registers().get(0);
        DemoDataSet.RegisterRelease latest = demo.registers().get(1);
        assertThat(repository.isEmpty()).isFalse();
        assertThat(repository.hasDemoData()).isTrue();
        assertThat(snapshots.list())
                .extracting(Snapshot::kind, Snapshot::dataDate, Snapshot::rows, Snapshot::organisations,
                        Snapshot::providers, Snapshot::locations, Snapshot::demo)
                .containsExactly(
                        tuple(SnapshotKind.REGISTER, latest.dataDate(), latest.rows(), latest.organisations().size(),
                                0, 0, true),
                        tuple(SnapshotKind.CQC_DIRECTORY, demo.cqcDate(), demo.locations().size(), 0,
                                demo.providers().size(), demo.locations().size(), true),
                        tuple(SnapshotKind.REGISTER, previous.dataDate(), previous.rows(),
                                previous.organisations().size(), 0, 0, true));
        assertThat(snapshots.list()).extracting(Snapshot::sourceName).containsOnly(DemoDataSet.SOURCE_NAME);
    }

    @Test
    void loadedDemoShowsItsEventsNewestFirst() {
        repository.load(demo, ProgressListener.NONE);

        List<EnforcementEvent> listed = events.listAll();
        assertThat(listed).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .containsExactlyInAnyOrderElementsOf(demo.events());
        assertThat(listed).extracting(EnforcementEvent::id).doesNotContainNull();
        assertThat(events.audit(listed.getFirst().id())).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(AuditEntry.Kind.CREATED);
            assertThat(entry.by()).isEqualTo(listed.getFirst().recordedBy());
            assertThat(entry.changes()).isNotEmpty();
        });
        assertThat(listed).extracting(EnforcementEvent::actionDate).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void removingTheDemoLeavesTheDatabaseEmpty() {
        repository.load(demo, ProgressListener.NONE);

        repository.remove();

        assertThat(repository.isEmpty()).isTrue();
        assertThat(repository.hasDemoData()).isFalse();
        assertThat(snapshots.list()).isEmpty();
        assertThat(events.listAll()).isEmpty();
        assertThat(database.dsl().fetchCount(DSL.table("cqc_location"))).isZero();
        assertThat(database.dsl().fetchCount(DSL.table("sponsor"))).isZero();
    }

    @Test
    void removingTheDemoKeepsRealSnapshotsAndEvents() {
        repository.load(demo, ProgressListener.NONE);
        EnforcementEvent realEvent = new EnforcementEvent(null, "REAL CARE LTD", "Walsall", null, null,
                EnforcementAction.SUSPENDED, LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 6), 12,
                "Home Office notice", "", Set.of("E08000030"), "officer",
                Instant.parse("2026-10-07T08:00:00Z"));
        database.dsl().transaction(configuration -> {
            var tx = DSL.using(configuration);
            new SnapshotWriter(tx).writeRegister(new SnapshotWriter.Header(SnapshotKind.REGISTER, "register.csv",
                            "ab".repeat(32), LocalDate.of(2026, 10, 20), Instant.parse("2026-10-21T10:00:00Z"), false),
                    List.of(new SponsorOrganisation("REAL CARE LTD", "Walsall", "West Midlands", List.of(
                            new Licence(LicenceType.WORKER, Rating.A, "Worker (A rating)", "Skilled Worker")))),
                    ProgressListener.NONE);
            JooqEventRepository.insert(tx, realEvent, false);
        });

        repository.remove();

        assertThat(repository.hasDemoData()).isFalse();
        assertThat(repository.isEmpty()).isFalse();
        assertThat(snapshots.list()).singleElement().satisfies(snapshot -> {
            assertThat(snapshot.sourceName()).isEqualTo("register.csv");
            assertThat(snapshot.demo()).isFalse();
            assertThat(snapshot.organisations()).isEqualTo(1);
        });
        assertThat(events.listAll()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .containsExactly(realEvent);
    }
}
