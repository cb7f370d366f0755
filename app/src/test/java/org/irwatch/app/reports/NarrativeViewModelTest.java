package org.irwatch.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import org.irwatch.app.common.OpenDataFolder;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.council.Scope;
import org.irwatch.core.quarterly.Narrative;
import org.irwatch.core.quarterly.NarrativeSection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The narrative editor's state, without the toolkit: what is typed, what is saved, what is too long. */
class NarrativeViewModelTest {

    private static final FinancialQuarter Q3 = FinancialQuarter.parse("2024-25-Q3");

    @TempDir
    Path folder;

    private OpenDataFolder data;
    private NarrativeViewModel model;
    private Scope coventry;

    @BeforeEach
    void open() {
        data = OpenDataFolder.empty(folder);
        model = new NarrativeViewModel(data.services().narratives(), data.tasks(), ZoneId.of("Europe/London"));
        coventry = new Scope.CouncilScope(data.services().councils().byName("Coventry").orElseThrow());
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void aNewNarrativeIsCleanUntilTypedInAndSavedWithWhoAndWhenThenCleanAgain() {
        model.open(coventry, Q3);
        assertThat(model.editedProperty().get()).isEqualTo("No narrative recorded yet for Coventry in 2024/25 Q3.");
        assertThat(model.dirtyProperty().get()).isFalse();

        model.text(NarrativeSection.PROGRESS).set("Two webinars held.");
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.counter(NarrativeSection.PROGRESS).get()).isEqualTo("18 of 10,000 characters");

        boolean[] done = {false};
        model.save(() -> done[0] = true);

        assertThat(done[0]).isTrue();
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.editedProperty().get()).startsWith("Last saved by " + System.getProperty("user.name")
                + " on ");
        assertThat(data.services().narratives().of(coventry, Q3).text(NarrativeSection.PROGRESS))
                .isEqualTo("Two webinars held.");
        assertThat(data.tasks().announced()).contains("Narrative saved for Coventry, 2024/25 Q3");
    }

    @Test
    void openingAnotherQuarterShowsItsOwnTextAndDropsWhatWasTyped() {
        data.services().narratives().save(coventry, Q3, java.util.Map.of(NarrativeSection.LEARNING, "Q3 learning"));
        model.open(coventry, Q3.previous());
        model.text(NarrativeSection.LEARNING).set("typed, not saved");

        model.open(coventry, Q3);

        assertThat(model.text(NarrativeSection.LEARNING).get()).isEqualTo("Q3 learning");
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(data.services().narratives().of(coventry, Q3.previous()).isEmpty()).isTrue();
    }

    @Test
    void aSectionOverTheLimitSaysByHowMuchAndSavesNothing() {
        model.open(coventry, Q3);
        model.text(NarrativeSection.NEXT_QUARTER).set("a".repeat(Narrative.MAX_CHARS + 5));

        assertThat(model.problemProperty().get()).isEqualTo("Next quarter is 10,005 characters long; a section "
                + "holds at most 10,000. Shorten it by 5 characters (or move detail to an appendix of your own).");
        model.save(() -> { throw new AssertionError("nothing is saved"); });
        assertThat(data.services().narratives().of(coventry, Q3).isEmpty()).isTrue();

        model.text(NarrativeSection.NEXT_QUARTER).set("a".repeat(Narrative.MAX_CHARS));
        assertThat(model.problemProperty().get()).isEmpty();
    }
}
