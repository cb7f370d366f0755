package org.irwatch.data.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.irwatch.core.common.FinancialYear;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.demo.DemoDataGenerator;
import org.irwatch.core.demo.DemoService;
import org.irwatch.core.market.ReportPeriod;
import org.irwatch.core.quarterly.WorkerCounts;
import org.irwatch.core.quarterly.WorkerFigures;
import org.irwatch.core.quarterly.WorkerTable;
import org.irwatch.core.workers.WorkerService;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.demo.JooqDemoDataRepository;
import org.irwatch.data.settings.JooqSettingsRepository;
import org.irwatch.data.workers.EncryptedWorkerVault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The return's displaced workers from the register's anonymised summary: the demo's workers, or a sentence. */
class WorkerCountsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));
    private final Database database = Database.inMemory();
    private final CouncilDirectory councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
    private final JooqSettingsRepository settings = new JooqSettingsRepository(database.dsl());
    private final DemoService demo = new DemoService(new JooqDemoDataRepository(database.dsl()), settings, councils);
    private final WorkerService workers = new WorkerService(new EncryptedWorkerVault(database.dsl(), clock), settings,
            clock, "officer", () -> demo.workers(TODAY));
    private final WorkerCounts counts = new WorkerCounts(workers, code -> councils.byGssCode(code)
            .map(Council::name).orElse(code));
    private final Set<String> england = Set.copyOf(councils.councils().stream().map(Council::gssCode).toList());
    private final ReportPeriod thisYear = ReportPeriod.of(FinancialYear.containing(TODAY));

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anUnusedRegisterIsASentenceNotZeros() {
        WorkerFigures figures = counts.of(england, thisYear);

        assertThat(figures.available()).isFalse();
        assertThat(figures.unavailable()).isEqualTo("The displaced-worker register has not been set up in IR Watch, "
                + "so there are no displaced workers to count.");
    }

    @Test
    void theDemosWorkersAreCountedAnonymisedAndNoneRegisteredIsASentence() {
        new JooqDemoDataRepository(database.dsl()).load(new DemoDataGenerator(councils).generate(),
                ProgressListener.NONE);
        workers.setUp("a long enough passphrase".toCharArray());
        workers.lock();

        WorkerFigures figures = counts.of(england, thisYear);

        assertThat(figures.available()).as("the summary needs no passphrase").isTrue();
        assertThat(figures.total().count()).isPositive()
                .isEqualTo(workers.summary(england, thisYear.from(), thisYear.to(), code -> code).total().count());
        assertThat(figures.tables()).containsKeys(WorkerTable.values());
        assertThat(figures.tables().get(WorkerTable.BY_COUNCIL)).allSatisfy(count ->
                assertThat(count.heldBack() == null ? count.count() >= 5 : count.heldBack().equals("fewer than 5")
                        || count.heldBack().equals("not shown")).isTrue());
        WorkerFigures longAgo = counts.of(england, ReportPeriod.of(FinancialYear.parse("2019-20")));
        assertThat(longAgo.unavailable()).isEqualTo("No displaced worker on the register was registered in these "
                + "councils from 1 April 2019 to 31 March 2020, so there are none to count.");
    }
}
