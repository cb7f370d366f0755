package org.irwatch.app.placements;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.irwatch.app.uitest.RunningApplicationTest;
import org.irwatch.core.council.Scope;
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
        ComboBox<EmployersViewModel.ProviderChoice> providers = comboBox("#employer-provider");
        waitUntil("providers are offered", () -> idle() && !providers.getItems().isEmpty());
        EmployersViewModel.ProviderChoice chosen = onFx(() -> providers.getItems().getFirst());
        interact(() -> providers.setValue(chosen));
        clickOn("#employer-contact").write("Asha Patel");
        clickOn("#employer-posts-" + PlacementRole.CARE_WORKER.code()).write("3");
        clickOn("#employer-save");

        waitUntil("the employer is listed", () -> idle() && rows("#employers-table") == 1);
        EthicalEmployer listed = onFx(() -> this.<EthicalEmployer>table("#employers-table").getItems().getFirst());
        assertThat(listed.providerName()).isEqualTo(chosen.name());
        assertThat(listed.contact()).isEqualTo("Asha Patel");
        assertThat(EmployersViewModel.postsOf(listed)).isEqualTo("3 care worker posts");
    }

    @Test
    void theNoticesDialogAsksForACouncilAndSaysWhenNoWorkerIsLookingThere() throws Exception {
        clickOn("#placements-notices");
        waitUntil("the dialog asks for an area", () -> idle()
                && text("#notices-problem").startsWith("Choose a council"));
        ComboBox<Scope> area = comboBox("#notices-area");
        Scope coventry = onFx(() -> area.getItems().stream().filter(s -> s.label().equals("Coventry")).findFirst()
                .orElseThrow());

        interact(() -> area.setValue(coventry));

        waitUntil("the notice is answered", () -> idle() && text("#notices-problem").startsWith("No worker"));
        assertThat(onFx(() -> text("#notices-problem"))).isEqualTo("No worker on the register is looking for work "
                + "around Coventry: there is nothing to tell employers.");
        assertThat(onFx(() -> text("#notices-last-sent"))).isEqualTo("No notice has been recorded as sent for "
                + "Coventry yet.");
        assertThat(onFx(() -> lookup("#notices-copy").queryButton().isDisabled())).isTrue();
        interact(() -> dialogButton("Close").fire());
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> comboBox(String id) {
        return lookup(id).queryAs(ComboBox.class);
    }
}
