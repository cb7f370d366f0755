package org.irwatch.app.placements;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.irwatch.app.uitest.RunningApplicationTest;
import org.irwatch.core.placements.EthicalEmployer;
import org.irwatch.core.placements.PlacementRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Placements screen on the demo, as a commissioner first meets it: the demo's own district centres, no employers.
 */
class PlacementsScreenTest extends RunningApplicationTest {

    @BeforeEach
    void showPlacements() throws Exception {
        showScreen("#nav-placements", "Placements");
    }

    @Test
    void aSearchFromADistrictWithNoCentreHeldSaysWhichImportGivesIt() throws Exception {
        clickOn("#placements-district").write("zz9");
        clickOn("#placements-find");

        waitUntil("the finder answers", () -> idle() && !text("#placements-problem").isEmpty());
        assertThat(onFx(() -> text("#placements-problem"))).startsWith("No centre is held for postcode district ZZ9.")
                .contains("import postcode centres");
        assertThat(onFx(() -> rows("#placements-table"))).isZero();
    }

    @Test
    void aSearchOnTheDemoFindsSponsorsAroundItsOwnDistrictCentres() throws Exception {
        clickOn("#placements-district").write("cv1");
        clickOn("#placements-find");

        waitUntil("the finder answers", () -> idle() && text("#placements-summary").contains("within"));
        assertThat(onFx(() -> text("#placements-problem"))).isEmpty();
        assertThat(onFx(() -> rows("#placements-table"))).isPositive();
        assertThat(onFx(() -> text("#placements-summary"))).endsWith("within 25 straight-line miles of CV1 for a "
                + "care worker.");
    }

    @Test
    void anEmployerSignedUpOnTheFormIsListedWithItsVacancies() throws Exception {
        clickOn("#placements-employers-tab");
        clickOn("#employer-search").write("care").push(KeyCode.ENTER);
        waitUntil("providers are offered", () -> idle() && !this.<EmployersViewModel.ProviderChoice>providers()
                .getItems().isEmpty());
        EmployersViewModel.ProviderChoice chosen = onFx(() -> this.<EmployersViewModel.ProviderChoice>providers()
                .getItems().getFirst());
        interact(() -> this.<EmployersViewModel.ProviderChoice>providers().setValue(chosen));
        clickOn("#employer-contact").write("Asha Patel");
        clickOn("#employer-posts-" + PlacementRole.CARE_WORKER.code()).write("3");
        clickOn("#employer-save");

        waitUntil("the employer is listed", () -> idle() && rows("#employers-table") == 1);
        EthicalEmployer listed = onFx(() -> this.<EthicalEmployer>table("#employers-table").getItems().getFirst());
        assertThat(listed.providerName()).isEqualTo(chosen.name());
        assertThat(listed.contact()).isEqualTo("Asha Patel");
        assertThat(EmployersViewModel.postsOf(listed)).isEqualTo("3 care worker posts");
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> providers() {
        return lookup("#employer-provider").queryAs(ComboBox.class);
    }
}
