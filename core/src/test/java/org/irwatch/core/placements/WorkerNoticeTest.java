package org.irwatch.core.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.workers.Role;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.WorkerFacets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WorkerNoticeTest {

    private static final String COVENTRY = "E08000026";
    private static final String WARWICKSHIRE = "E10000031";
    private static final String BIRMINGHAM = "E08000025";

    @ParameterizedTest(name = "{0} workers are \"{1}\"")
    @CsvSource(textBlock = """
            1,  A few
            4,  A few
            5,  About 5
            7,  About 5
            8,  About 10
            23, About 25
            50, About 50
            54, About 50
            55, About 60
            """)
    void countsAreRoundedAndSmallOnesAreAFew(int count, String said) {
        assertThat(WorkerNotice.about(count)).isEqualTo(said);
    }

    @Test
    void countsOpenPipelinesOfTheAreaAndNamesTheirRolesMostCommonFirst() {
        List<WorkerFacets> facets = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            facets.add(facet(COVENTRY, Stage.REGISTERED, Role.CARE_WORKER));
        }
        facets.add(facet(WARWICKSHIRE, Stage.INTERVIEW_ARRANGED, Role.SENIOR_CARE_WORKER, Role.CARE_WORKER));
        facets.add(facet(WARWICKSHIRE, Stage.CONTACTED, Role.SENIOR_CARE_WORKER));
        facets.add(facet(COVENTRY, Stage.PLACED, Role.NURSE));
        facets.add(facet(BIRMINGHAM, Stage.REGISTERED, Role.NURSE));

        WorkerNotice notice = WorkerNotice.of("Coventry and Warwickshire", Set.of(COVENTRY, WARWICKSHIRE), facets,
                List.of(employer(true), employer(false)));

        assertThat(notice.text()).isEqualTo("About 10 workers (care workers, senior care workers) looking for work "
                + "around Coventry and Warwickshire. If you can offer work or sponsorship, reply to this message.");
        assertThat(notice.workers()).isEqualTo(11);
        assertThat(notice.recipients()).extracting(EthicalEmployer::wantsNotices).containsExactly(true);
    }

    @Test
    void aFewWorkersAreNeverCounted() {
        WorkerNotice notice = WorkerNotice.of("Coventry", Set.of(COVENTRY),
                List.of(facet(COVENTRY, Stage.REGISTERED, Role.NURSE)), List.of());

        assertThat(notice.text()).startsWith("A few workers (nurses) looking for work around Coventry.")
                .doesNotContain("1");
    }

    @Test
    void anAreaWithNoOneLookingHasNothingToSay() {
        assertThatThrownBy(() -> WorkerNotice.of("Coventry", Set.of(COVENTRY),
                List.of(facet(COVENTRY, Stage.PLACED, Role.CARE_WORKER)), List.of()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("No worker on the register is looking for work around Coventry: there is nothing to tell "
                        + "employers.");
    }

    private static WorkerFacets facet(String council, Stage stage, Role... roles) {
        return new WorkerFacets(1L, council, stage, null, Set.of(roles), "", null, null, null,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1), false);
    }

    private static EthicalEmployer employer(boolean wantsNotices) {
        return new EthicalEmployer(1L, "1-1", "Acme Care", "Asha Patel", "", "asha@example.org", List.of(),
                EmployerLicence.HELD, false, false, null, wantsNotices);
    }
}
