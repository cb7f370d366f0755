package org.irwatch.data.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.demo.DemoDataGenerator;
import org.irwatch.core.demo.DemoDataSet;
import org.irwatch.core.demo.DemoWorkersGenerator;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.workers.DemoWorkers;
import org.irwatch.core.workers.Duplicates;
import org.irwatch.core.workers.NeedsAction;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerChecks;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.junit.jupiter.api.Test;

/** The demo's displaced workers, made from the demo market against the real council reference data. */
class DemoWorkersGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void sixtyInventedWorkersOfTheDemosSuspendedAndRevokedSponsorsAtSeveralStages() {
        DemoDataSet data;
        try (Database database = Database.inMemory()) {
            CouncilDirectory councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
            data = new DemoDataGenerator(councils).generate();
        }
        DemoWorkers demo = new DemoWorkersGenerator(data).generate(TODAY);

        assertThat(demo.workers()).hasSize(DemoWorkersGenerator.WORKERS);
        Set<String> atRisk = data.events().stream().filter(EnforcementEvent::putsWorkersAtRisk)
                .map(EnforcementEvent::sponsorName).collect(Collectors.toSet());
        assertThat(demo.workers()).allSatisfy(w -> {
            assertThat(w.situation().formerSponsor()).isIn(atRisk);
            assertThat(Duplicates.phoneKey(w.person().phone())).matches("07700900\\d{3}");
            assertThat(WorkerChecks.problems(w, TODAY)).isEmpty();
            assertThat(w.history().getLast().to()).isEqualTo(w.stage());
            assertThat(w.place().councilGss()).isNotEmpty();
        });
        assertThat(demo.workers().stream().map(w -> w.person().phone()).distinct()).hasSize(60);
        assertThat(demo.workers().stream().map(Worker::stage).distinct().count()).isGreaterThanOrEqualTo(7);
        assertThat(demo.workers()).anyMatch(w -> w.stage().isClosed() && w.stage() != Stage.PLACED);
        assertThat(demo.workers()).filteredOn(w -> NeedsAction.applies(w, TODAY)).hasSizeBetween(5, 50);
        assertThat(demo.fairs()).hasSize(2);
        assertThat(demo.workers()).anyMatch(w -> w.source().fairId() != null);
    }
}
