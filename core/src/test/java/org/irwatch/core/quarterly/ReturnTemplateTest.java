package org.irwatch.core.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.irwatch.core.common.UserFacingException;
import org.junit.jupiter.api.Test;

class ReturnTemplateTest {

    @Test
    void theShippedTemplateHoldsEveryMeasureAndTableInItsOrder() {
        ReturnTemplate template = ReturnTemplate.defaults();

        assertThat(template.marketTitle()).isEqualTo("Market and licence actions");
        assertThat(template.market()).extracting(ReturnTemplate.Line::measure).containsExactly(ReturnMeasure.values());
        assertThat(template.market()).allSatisfy(line -> assertThat(line.label())
                .isEqualTo(line.measure().defaultLabel()));
        assertThat(template.workers()).extracting(ReturnTemplate.Line::measure).containsExactly(WorkerTable.values());
        assertThat(template.interventions()).extracting(ReturnTemplate.Line::measure)
                .containsExactly(InterventionMeasure.values());
        assertThat(template.grantsTitle()).isEqualTo("Grant spend");
        assertThat(template.grants()).extracting(ReturnTemplate.Line::measure).containsExactly(GrantMeasure.values());
        assertThat(template.grants()).allSatisfy(line -> assertThat(line.label())
                .isEqualTo(line.measure().defaultLabel()));
        assertThat(template.narrativeTitle()).isEqualTo("Narrative");
        assertThat(template.narrative()).extracting(ReturnTemplate.Line::measure)
                .containsExactly(NarrativeSection.values());
        assertThat(template.narrative()).allSatisfy(line -> assertThat(line.label())
                .isEqualTo(line.measure().defaultLabel()));
    }

    @Test
    void theGrantSpendColumnsAreRelabelledReorderedAndRemovedAsWrittenAndAnUnknownOneRefused() {
        ReturnTemplate template = ReturnTemplate.parse("""
                [grants]
                title = Grant
                percent_spent = Spent so far
                budget = Allocation
                """, "test.txt");

        assertThat(template.grantsTitle()).isEqualTo("Grant");
        assertThat(template.grants()).containsExactly(
                new ReturnTemplate.Line<>(GrantMeasure.PERCENT_SPENT, "Spent so far"),
                new ReturnTemplate.Line<>(GrantMeasure.BUDGET, "Allocation"));
        assertThat(template.market()).isEmpty();
        assertThatThrownBy(() -> ReturnTemplate.parse("[grants]\nbudget = Budget\nunderspend = Underspend\n", "ours.txt"))
                .hasMessageStartingWith("The return template ours.txt, line 3: IR Watch does not know the measure "
                        + "\"underspend\". It knows: budget, spend_quarter, spend_to_date, remaining, percent_spent.");
    }

    @Test
    void theNarrativeHeadingsAreRelabelledReorderedAndRemovedAsWritten() {
        ReturnTemplate template = ReturnTemplate.parse("""
                [narrative]
                title = Commentary
                next_quarter = Plans
                progress = Progress this quarter
                """, "test.txt");

        assertThat(template.narrativeTitle()).isEqualTo("Commentary");
        assertThat(template.narrative()).containsExactly(
                new ReturnTemplate.Line<>(NarrativeSection.NEXT_QUARTER, "Plans"),
                new ReturnTemplate.Line<>(NarrativeSection.PROGRESS, "Progress this quarter"));
        assertThat(template.market()).isEmpty();
        assertThatThrownBy(() -> ReturnTemplate.parse("[narrative]\nrisks = Risks\n", "ours.txt"))
                .hasMessageContaining("line 2: IR Watch does not know the measure \"risks\". It knows: progress, "
                        + "learning, risks_issues, next_quarter.");
    }

    @Test
    void aChangedLabelAReorderedAndARemovedMeasureAreTakenAsWritten() {
        ReturnTemplate template = ReturnTemplate.parse("""
                # our steering group's return
                [market]
                title = Market
                revoked_workers = Workers whose sponsor lost its licence
                suspended_workers = Workers at suspended sponsors

                [workers]
                by_sex = Sex
                """, "test.txt");

        assertThat(template.marketTitle()).isEqualTo("Market");
        assertThat(template.market()).containsExactly(
                new ReturnTemplate.Line<>(ReturnMeasure.REVOKED_WORKERS, "Workers whose sponsor lost its licence"),
                new ReturnTemplate.Line<>(ReturnMeasure.SUSPENDED_WORKERS, "Workers at suspended sponsors"));
        assertThat(template.workersTitle()).isEqualTo("Displaced workers");
        assertThat(template.workers()).containsExactly(new ReturnTemplate.Line<>(WorkerTable.BY_SEX, "Sex"));
    }

    @Test
    void anUnknownMeasureIsRefusedNamingItAndItsLine() {
        assertThatThrownBy(() -> ReturnTemplate.parse("[market]\nproviders = Providers\nbeds_lost = Beds lost\n",
                "ours.txt"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("The return template ours.txt, line 3: IR Watch does not know the measure "
                        + "\"beds_lost\". It knows: providers, locations, ")
                .hasMessageEndingWith("Correct the template, or use the default one (docs/dhsc-return-template.md).");
    }

    @Test
    void anUnknownPartOrALineThatIsNoMeasureIsRefused() {
        assertThatThrownBy(() -> ReturnTemplate.parse("[forecasts]\n", "t")).hasMessageContaining(
                "line 1: the part [forecasts] is not one IR Watch knows; the parts are [market], [workers], "
                + "[interventions], [grants] and [narrative].");
        assertThatThrownBy(() -> ReturnTemplate.parse("providers = Providers\n", "t")).hasMessageContaining(
                "line 1: a measure comes before the first part ([market], [workers], [interventions], [grants] and "
                        + "[narrative]).");
        assertThatThrownBy(() -> ReturnTemplate.parse("[market]\nproviders\n", "t")).hasMessageContaining(
                "line 2: \"providers\" is not \"code = label\".");
    }
}
