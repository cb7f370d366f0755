package org.irwatch.core.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irwatch.core.workers.TestWorkers.TODAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkerSummaryTest {

    private static WorkerFacets facets(String gss, Stage stage, String nationality) {
        return new WorkerFacets(1L, gss, stage, Reason.LICENCE_REVOKED, Set.of(Role.CARE_WORKER, Role.NURSE),
                nationality, Sex.FEMALE, SourceKind.JOB_FAIR, null, TODAY, TODAY, false);
    }

    private static List<WorkerFacets> many(int count, String gss, Stage stage, String nationality) {
        List<WorkerFacets> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(facets(gss, stage, nationality));
        }
        return list;
    }

    @Test
    void countsUnderFiveAreShownAsFewerThanFive() {
        List<WorkerFacets> workers = new ArrayList<>(many(12, "E1", Stage.REGISTERED, "Indian"));
        workers.addAll(many(3, "E2", Stage.PLACED, "Nigerian"));
        workers.addAll(many(7, "E3", Stage.PLACED, "Nigerian"));
        WorkerSummary summary = WorkerSummary.of(workers, gss -> "Council " + gss);

        assertThat(summary.total().shown()).isEqualTo("22");
        assertThat(summary.table(WorkerSummary.Dimension.COUNCIL))
                .extracting(SummaryCell::label, SummaryCell::shown)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Council E1", "12"),
                        org.assertj.core.groups.Tuple.tuple("Council E3", "not shown"),
                        org.assertj.core.groups.Tuple.tuple("Council E2", "fewer than 5"));
        assertThat(summary.table(WorkerSummary.Dimension.STAGE)).extracting(SummaryCell::shown)
                .containsExactly("12", "10");
    }

    @Test
    void aCountOfFiveIsShown() {
        WorkerSummary summary = WorkerSummary.of(many(5, "E1", Stage.CONTACTED, "Indian"), gss -> gss);
        assertThat(summary.table(WorkerSummary.Dimension.NATIONALITY)).extracting(SummaryCell::shown)
                .containsExactly("5");
        assertThat(summary.total().suppressed()).isFalse();
    }

    @Test
    void aSmallTotalIsSuppressedToo() {
        WorkerSummary summary = WorkerSummary.of(many(4, "E1", Stage.CONTACTED, ""), gss -> gss);
        assertThat(summary.total().shown()).isEqualTo("fewer than 5");
        assertThat(summary.table(WorkerSummary.Dimension.NATIONALITY)).extracting(SummaryCell::label)
                .containsExactly("Not said");
    }

    @Test
    void aWorkerCountsOnceForEachRole() {
        WorkerSummary summary = WorkerSummary.of(many(6, "E1", Stage.CONTACTED, "Indian"), gss -> gss);
        assertThat(summary.table(WorkerSummary.Dimension.ROLE)).extracting(SummaryCell::label, SummaryCell::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Care worker", 6),
                        org.assertj.core.groups.Tuple.tuple("Nurse", 6));
    }
}
