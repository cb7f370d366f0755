package org.irwatch.app.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.irwatch.app.uitest.RunningApplicationTest;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.MatchDecision;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.matching.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Providers screen on the demo: each provider's sponsor and band, the review queue of Medium and Low matches
 * decided by key (C, R, 1 to 3, Ctrl+Z), and decisions shared as CSV (through the view model, where the user would
 * use the file chooser).
 */
class ProvidersScreenTest extends RunningApplicationTest {

    private static final int REVIEW_TAB = 1;
    private static final int DECISIONS_TAB = 2;

    @TempDir
    Path files;

    private ProvidersViewModel model;

    @BeforeEach
    void showTheProvidersOnceMatched() throws Exception {
        showScreen("#nav-providers", "Providers");
        // The window matches in the background after the demo loads; the table shows the bands once it is done.
        waitUntil("the providers are listed with their matches", () -> idle() && providerRows().stream()
                .anyMatch(row -> row.band() == MatchBand.HIGH));
        model = screen(ProvidersView.class).model();
    }

    @Test
    void providersShowTheirSponsorAsWrittenAndTheBandAndTheFilterFindsSponsorNames() throws Exception {
        TableView<ProviderRow> table = onFx(() -> table("#provider-table"));
        assertThat(onFx(() -> table.getColumns().stream().map(TableColumn::getText).toList()))
                .contains("Sponsor (register)", "Match");
        ProviderRow high = onFx(() -> providerRows().stream().filter(r -> r.band() == MatchBand.HIGH).findFirst()
                .orElseThrow());
        assertThat(high.sponsorName()).isNotBlank().isEqualTo(high.match().sponsor().name());
        assertThat(high.evidence()).isNotBlank();
        assertThat(onFx(() -> cellText(table, "Match", high))).isEqualTo("High");
        assertThat(onFx(() -> cellText(table, "Sponsor (register)", high))).isEqualTo(high.sponsorName());
        assertThat(onFx(() -> providerRows().stream().filter(r -> r.match() != null && !r.match().isMatched())
                .allMatch(r -> r.sponsorName().isEmpty() && r.band() == null))).as("no sponsor, no band").isTrue();

        interact(() -> table.getSelectionModel().select(high));
        assertThat(onFx(() -> text("#provider-evidence"))).isEqualTo(high.provider().name() + ": " + high.evidence());

        // "(UK)" is in no demo provider's name, only in register names that resemble one.
        clickOn("#provider-filter").write("(uk)");
        waitUntil("the filter finds providers by their sponsor's name", () -> providerRows().size() < 50);
        assertThat(onFx(this::providerRows)).isNotEmpty().allSatisfy(row -> {
            assertThat(row.sponsorName()).containsIgnoringCase("(uk)");
            assertThat(row.provider().name()).doesNotContainIgnoringCase("(uk)");
        });
    }

    @Test
    void theReviewQueueListsTheMediumAndLowMatchesSurestFirstWithTheProviderAndRegisterSideBySide()
            throws Exception {
        List<StoredMatch> doubtful = onFx(() -> providerRows().stream()
                .filter(r -> r.band() == MatchBand.MEDIUM || r.band() == MatchBand.LOW).map(ProviderRow::match)
                .toList());
        assertThat(doubtful).isNotEmpty().anyMatch(m -> m.band() == MatchBand.LOW);

        openTab(REVIEW_TAB);

        List<StoredMatch> queue = onFx(() -> List.copyOf(queue().getItems()));
        assertThat(queue).containsExactlyInAnyOrderElementsOf(doubtful);
        assertThat(queue).extracting(StoredMatch::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(onFx(() -> tabs().getTabs().get(REVIEW_TAB).getText()))
                .isEqualTo("Review matches (" + doubtful.size() + ")");

        StoredMatch first = queue.getFirst();
        waitUntil("the first match is shown with its details", () -> first.equals(selected())
                && labels("#review-provider").stream().noneMatch("Reading…"::equals)
                && labels("#review-register").stream().noneMatch("Reading…"::equals));
        assertThat(onFx(() -> text("#review-evidence"))).contains(first.band().label()).endsWith(first.evidence());
        assertThat(onFx(() -> labels("#review-provider"))).contains(first.providerName(), first.providerId())
                .anyMatch(line -> line.contains(" · "));
        assertThat(onFx(() -> labels("#review-register"))).contains(first.sponsor().name(), first.sponsor().town(),
                "Skilled Worker");
    }

    @Test
    void pressingCConfirmsTheMatchListsTheDecisionWithWhoAndMovesToTheNext() throws Exception {
        openTab(REVIEW_TAB);
        List<StoredMatch> before = onFx(() -> List.copyOf(queue().getItems()));
        StoredMatch first = before.getFirst();
        waitUntil("the first match is chosen", () -> first.equals(selected()) && idle());

        type(KeyCode.C);

        waitUntil("the match is confirmed and the next one chosen", () -> idle()
                && queue().getItems().size() == before.size() - 1 && before.get(1).equals(selected()));
        assertThat(onFx(() -> tabs().getTabs().get(REVIEW_TAB).getText()))
                .isEqualTo("Review matches (" + (before.size() - 1) + ")");
        ProviderRow row = onFx(() -> providerRow(first.providerId()));
        assertThat(row.band()).isEqualTo(MatchBand.CONFIRMED);
        assertThat(row.sponsorName()).isEqualTo(first.sponsor().name());
        assertThat(onFx(() -> text("#review-outcome"))).isEqualTo("Confirmed: " + first.providerName() + " is '"
                + first.sponsor().name() + "' of " + first.sponsor().town() + ".");

        List<MatchDecision> decisions = onFx(() -> List.copyOf(decisionsTable().getItems()));
        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision.providerId()).isEqualTo(first.providerId());
            assertThat(decision.sponsorName()).isEqualTo(first.sponsor().name());
            assertThat(decision.verdict()).isEqualTo(Verdict.CONFIRMED);
            assertThat(decision.decidedBy()).isEqualTo(System.getProperty("user.name"));
        });
        assertThat(onFx(() -> tabs().getTabs().get(DECISIONS_TAB).getText())).isEqualTo("Decisions (1)");
    }

    @Test
    void pressingRRejectsAndMovesOnAndCtrlZPutsTheMatchBack() throws Exception {
        openTab(REVIEW_TAB);
        List<StoredMatch> before = onFx(() -> List.copyOf(queue().getItems()));
        StoredMatch first = before.getFirst();
        waitUntil("the first match is chosen", () -> first.equals(selected()) && idle());

        type(KeyCode.R);

        waitUntil("the match is rejected and the next one chosen", () -> idle()
                && decisionsTable().getItems().size() == 1 && before.get(1).equals(selected()));
        ProviderRow rejected = onFx(() -> providerRow(first.providerId()));
        assertThat(rejected.sponsorName()).as("the rejected organisation is no longer its sponsor")
                .isNotEqualTo(first.sponsor().name());
        assertThat(onFx(() -> decisionsTable().getItems().getFirst().verdict())).isEqualTo(Verdict.REJECTED);
        assertThat(onFx(() -> text("#review-outcome"))).startsWith("Rejected '" + first.sponsor().name() + "' for "
                + first.providerName());

        push(KeyCode.CONTROL, KeyCode.Z);

        waitUntil("the decision is undone", () -> idle() && decisionsTable().getItems().isEmpty()
                && first.equals(selected()));
        assertThat(onFx(() -> List.copyOf(queue().getItems()))).isEqualTo(before);
        assertThat(onFx(() -> providerRow(first.providerId()).match())).isEqualTo(first);
        assertThat(onFx(() -> text("#review-outcome"))).startsWith("Undone: rejected");
    }

    @Test
    void pressing1ConfirmsTheFirstRunnerUpInsteadAndCtrlEnterConfirmsTheNext() throws Exception {
        openTab(REVIEW_TAB);
        StoredMatch withRunnerUp = onFx(() -> queue().getItems().stream()
                .filter(m -> !ReviewViewModel.runnersUp(m).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the demo queue has a match with a runner-up to offer")));
        StoredMatch.SponsorRef runnerUp = ReviewViewModel.runnersUp(withRunnerUp).getFirst().sponsor();
        interact(() -> queue().getSelectionModel().select(withRunnerUp));
        waitUntil("the match is chosen", () -> withRunnerUp.equals(selected()) && idle());
        assertThat(onFx(() -> lookup("#review-pick-1").query().isDisabled())).isFalse();

        type(KeyCode.DIGIT1);

        waitUntil("the runner-up is confirmed", () -> idle() && decisionsTable().getItems().size() == 1);
        ProviderRow row = onFx(() -> providerRow(withRunnerUp.providerId()));
        assertThat(row.band()).isEqualTo(MatchBand.CONFIRMED);
        assertThat(row.sponsorName()).isEqualTo(runnerUp.name());
        assertThat(onFx(() -> decisionsTable().getItems().getFirst())).satisfies(decision -> {
            assertThat(decision.sponsorName()).isEqualTo(runnerUp.name());
            assertThat(decision.verdict()).isEqualTo(Verdict.CONFIRMED);
        });

        StoredMatch next = onFx(this::selected);
        push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil("the next match is confirmed too", () -> idle() && decisionsTable().getItems().size() == 2);
        assertThat(onFx(() -> providerRow(next.providerId()).band())).isEqualTo(MatchBand.CONFIRMED);
    }

    @Test
    void decisionsExportedAndImportedAgainAreHeldAndShownOnceMore() throws Exception {
        openTab(REVIEW_TAB);
        StoredMatch first = onFx(() -> queue().getItems().getFirst());
        waitUntil("the first match is chosen", () -> first.equals(selected()) && idle());
        type(KeyCode.C);
        waitUntil("the decision is listed", () -> idle() && decisionsTable().getItems().size() == 1);
        Path csv = files.resolve("decisions.csv");

        interact(() -> model.decisions().export(csv));
        waitUntil("the decisions are exported", () -> idle() && statusMessage().startsWith("Exported"));
        assertThat(onFx(this::statusMessage)).isEqualTo("Exported 1 decision to decisions.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst()).isEqualTo(
                "cqc_provider_id,cqc_provider_name,sponsor_name,sponsor_town,decision,decided_by,decided_at");
        assertThat(lines.get(1)).startsWith(first.providerId() + ",").contains(",Confirmed,");

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil("the decision is undone", () -> idle() && decisionsTable().getItems().isEmpty()
                && providerRow(first.providerId()).band() == first.band());

        interact(() -> model.decisions().importFrom(csv));
        waitUntil("the import is reported", () -> dialog().isPresent());
        assertThat(onFx(() -> dialog().orElseThrow().getHeaderText())).isEqualTo("Decisions imported");
        assertThat(onFx(() -> dialog().orElseThrow().getContentText()))
                .isEqualTo("1 decision added, 0 updated by later decisions, 0 already held or older.");
        clickOn(dialogButton("OK"));
        waitUntil("the imported decision is held and applied", () -> dialog().isEmpty() && idle()
                && decisionsTable().getItems().size() == 1
                && providerRow(first.providerId()).band() == MatchBand.CONFIRMED);
        assertThat(onFx(() -> queue().getItems().stream().map(StoredMatch::providerId).toList()))
                .doesNotContain(first.providerId());
    }

    @Test
    void aFileThatIsNotADecisionsFileIsRefusedInASentenceAndChangesNothing() throws Exception {
        Path notes = Files.writeString(files.resolve("notes.csv"), "name,town\nSomeone,York\n",
                StandardCharsets.UTF_8);

        interact(() -> model.decisions().importFrom(notes));

        waitUntil("the refusal is shown", () -> dialog().isPresent() && idle());
        assertThat(onFx(() -> dialog().orElseThrow().getHeaderText())).isEqualTo("Importing match decisions failed");
        assertThat(onFx(() -> dialog().orElseThrow().getContentText()))
                .startsWith("notes.csv is not a match decisions file");
        clickOn(dialogButton("OK"));
        waitUntil("the dialog has closed", () -> dialog().isEmpty() && idle());
        assertThat(onFx(() -> decisionsTable().getItems())).isEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private List<ProviderRow> providerRows() {
        return lookup("#provider-table").tryQuery().map(node -> List.copyOf(this.<ProviderRow>table("#provider-table")
                .getItems())).orElse(List.of());
    }

    private ProviderRow providerRow(String providerId) {
        return this.<ProviderRow>table("#provider-table").getItems().stream()
                .filter(r -> r.provider().providerId().equals(providerId)).findFirst().orElseThrow();
    }

    private TabPane tabs() {
        return lookup("#providers-tabs").queryAs(TabPane.class);
    }

    private TableView<StoredMatch> queue() {
        return table("#review-queue");
    }

    private TableView<MatchDecision> decisionsTable() {
        return table("#decisions-table");
    }

    private StoredMatch selected() {
        return model.review().selectedProperty().get();
    }

    /** Opens a tab as the user would with the mouse; the review tab puts the keyboard focus on its queue. */
    private void openTab(int index) throws Exception {
        interact(() -> tabs().getSelectionModel().select(index));
        waitUntil("the tab is open", () -> tabs().getSelectionModel().getSelectedIndex() == index && idle()
                && (index != REVIEW_TAB || queue().isFocused()));
    }

    /** Every label's text inside a node, in order. */
    private List<String> labels(String id) {
        return from(lookup(id).<Node>query()).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .toList();
    }

    private static String cellText(TableView<ProviderRow> table, String column, ProviderRow row) {
        TableColumn<ProviderRow, ?> found = table.getColumns().stream().filter(c -> column.equals(c.getText()))
                .findFirst().orElseThrow();
        Object value = found.getCellObservableValue(row).getValue();
        return value instanceof MatchBand band ? band.label() : value == null ? "" : value.toString();
    }
}
