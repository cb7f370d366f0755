package org.irwatch.app.providers;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.MatchScore;
import org.irwatch.app.common.Tables;
import org.irwatch.core.market.ProviderLocation;
import org.irwatch.core.market.RegisterEntry;
import org.irwatch.core.matching.StoredMatch;

/**
 * The review queue on the left; on the right the selected match side by side (provider | register organisation),
 * its evidence, the runner-ups, and the decisions, all by key: C or Ctrl+Enter confirms, R or Delete rejects, 1 to 3
 * picks a runner-up, Ctrl+Z undoes.
 */
final class ReviewPane extends SplitPane {

    private static final KeyCombination CONFIRM = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final int LOCATIONS_SHOWN = 12;
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final ReviewViewModel model;
    private final TableView<StoredMatch> queue = new TableView<>();
    private final VBox providerCard = card();
    private final VBox registerCard = card();
    private final Label evidence = new Label();
    private final TableView<RunnerUp> runnersUp = new TableView<>();

    /** A runner-up with the number its key picks. */
    private record RunnerUp(int number, StoredMatch.Candidate candidate) {
    }

    ReviewPane(ReviewViewModel model) {
        this.model = model;
        setId("review-pane");
        getItems().setAll(queuePane(), selectedPane());
        setDividerPositions(0.33);
        addEventFilter(KeyEvent.KEY_PRESSED, this::decideByKey);
        model.selectedProperty().addListener((obs, old, match) -> showSelected());
        model.detailsProperty().addListener((obs, old, details) -> showSelected());
        showSelected();
    }

    /** When the tab opens, the keys act on the queue at once. */
    void focusQueue() {
        Platform.runLater(() -> {
            queue.requestFocus();
            if (queue.getSelectionModel().isEmpty() && !queue.getItems().isEmpty()) {
                queue.getSelectionModel().selectFirst();
            }
        });
    }

    // --- the queue -------------------------------------------------------------------------------------------

    private VBox queuePane() {
        queue.setId("review-queue");
        queue.setItems(model.queue());
        Tables.fitted(queue);
        Label empty = new Label("Nothing to review in this area: every match is High, decided, or there is none.");
        empty.setWrapText(true);
        queue.setPlaceholder(empty);
        TableColumn<StoredMatch, StoredMatch> pair = Tables.column("Provider / sponsor", 250,
                (StoredMatch m) -> m);
        pair.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(StoredMatch match, boolean empty) {
                super.updateItem(match, empty);
                setText(null);
                setGraphic(empty || match == null ? null : twoLines(match.providerName(),
                        match.isMatched() ? match.sponsor().name() : ""));
                setTooltip(empty || match == null ? null : new Tooltip(match.providerName() + "\n"
                        + (match.isMatched() ? match.sponsor().name() : "")));
            }
        });
        TableColumn<StoredMatch, StoredMatch> sureness = Tables.column("Score", 80, (StoredMatch m) -> m);
        sureness.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(StoredMatch match, boolean empty) {
                super.updateItem(match, empty);
                setText(null);
                setGraphic(empty || match == null ? null : twoLines(MatchScore.text(match.score()),
                        match.band() == null ? "" : match.band().label()));
            }
        });
        sureness.setMinWidth(80);
        sureness.setMaxWidth(100);
        List<TableColumn<StoredMatch, ?>> columns = List.of(pair, sureness);
        // The queue's order is the order of review (surest first), which the next-item step follows.
        columns.forEach(column -> column.setSortable(false));
        queue.getColumns().setAll(columns);
        queue.getSelectionModel().selectedItemProperty().addListener((obs, old, match) -> {
            // A cleared table selection comes from the queue being replaced; the model chooses what follows.
            if (match != null) {
                model.selectedProperty().set(match);
            }
        });
        model.selectedProperty().addListener((obs, old, match) -> {
            if (match != null && match != queue.getSelectionModel().getSelectedItem()) {
                queue.getSelectionModel().select(match);
                queue.scrollTo(match);
            }
        });
        Label title = new Label("Doubtful matches, surest first");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox.setVgrow(queue, Priority.ALWAYS);
        VBox pane = new VBox(8, title, queue);
        pane.setPadding(new Insets(12, 12, 0, 0));
        pane.setMinWidth(280);
        return pane;
    }

    /** The first line as it is, the second muted: a pair in a narrow column without cutting either name short. */
    private static VBox twoLines(String first, String second) {
        Label top = new Label(first);
        Label bottom = new Label(second);
        bottom.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return new VBox(1, top, bottom);
    }

    // --- the selected match ----------------------------------------------------------------------------------

    private Node selectedPane() {
        evidence.setId("review-evidence");
        evidence.setWrapText(true);
        evidence.setMinHeight(Region.USE_PREF_SIZE);
        evidence.getStyleClass().add(Styles.TEXT_BOLD);

        GridPane sideBySide = new GridPane(16, 0);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        sideBySide.getColumnConstraints().setAll(half, half);
        sideBySide.add(providerCard, 0, 0);
        sideBySide.add(registerCard, 1, 0);
        providerCard.setId("review-provider");
        registerCard.setId("review-register");

        VBox content = new VBox(12, evidence, sideBySide, runnersUpPane());
        content.setPadding(new Insets(12, 4, 12, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // The decisions stay in sight below the comparison, however long the provider's list of locations.
        VBox decide = new VBox(6, actions(), keysLegend(), outcome());
        decide.setPadding(new Insets(10, 4, 4, 16));
        decide.getStyleClass().add("review-actions");
        BorderPane selectedMatch = new BorderPane(scroll, null, null, decide, null);
        selectedMatch.visibleProperty().bind(model.selectedProperty().isNotNull());

        Label nothing = new Label("Choose a match in the queue to compare the provider with the register "
                + "organisation.");
        nothing.setWrapText(true);
        nothing.getStyleClass().add(Styles.TEXT_MUTED);
        nothing.visibleProperty().bind(model.selectedProperty().isNull());
        StackPane pane = new StackPane(selectedMatch, nothing);
        StackPane.setAlignment(nothing, Pos.TOP_LEFT);
        StackPane.setMargin(nothing, new Insets(40, 16, 0, 16));
        return pane;
    }

    private VBox runnersUpPane() {
        Label title = new Label("Runner-ups (pick one with its number key)");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        runnersUp.setId("review-runners-up");
        Tables.fitted(runnersUp);
        runnersUp.getStyleClass().add(Styles.DENSE);
        runnersUp.setPlaceholder(new Label("No other register organisation is close enough to offer."));
        runnersUp.setFocusTraversable(false);
        runnersUp.setFixedCellSize(28);
        runnersUp.setPrefHeight(28 * 3 + 34);
        runnersUp.setMinHeight(Region.USE_PREF_SIZE);
        runnersUp.getColumns().setAll(List.of(
                Tables.column("Key", 50, (RunnerUp r) -> r.number() <= ReviewViewModel.RUNNERS_UP_OFFERED
                        ? String.valueOf(r.number()) : ""),
                Tables.column("Register organisation", 220, (RunnerUp r) -> r.candidate().sponsor().name()),
                Tables.column("Town", 110, (RunnerUp r) -> r.candidate().sponsor().town()),
                Tables.column("Score", 60, (RunnerUp r) -> MatchScore.of(r.candidate().score())),
                Tables.column("Evidence", 300, (RunnerUp r) -> r.candidate().evidence())));
        runnersUp.getColumns().forEach(column -> column.setSortable(false));
        runnersUp.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RunnerUp item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new Tooltip(item.candidate().sponsor().name() + ", "
                        + item.candidate().sponsor().town() + ": " + item.candidate().evidence()));
            }
        });
        return new VBox(6, title, runnersUp);
    }

    private HBox actions() {
        BooleanBinding idle = model.selectedProperty().isNull().or(model.decidingProperty());
        Button confirm = action("_Confirm", "confirm", "This register organisation is the provider (C or Ctrl+Enter)",
                model::confirm);
        confirm.getStyleClass().add(Styles.SUCCESS);
        confirm.disableProperty().bind(idle);
        Button reject = action("_Reject", "reject", "This register organisation is not the provider; the next "
                + "candidate takes its place when close enough (R or Delete)", model::reject);
        reject.getStyleClass().add(Styles.DANGER);
        reject.disableProperty().bind(idle);
        List<Node> buttons = new ArrayList<>(List.of(confirm, reject));
        for (int number = 1; number <= ReviewViewModel.RUNNERS_UP_OFFERED; number++) {
            int n = number;
            Button pick = action("Pick _" + n, "pick-" + n, "Confirm runner-up " + n + " instead (key " + n + ")",
                    () -> model.pickRunnerUp(n));
            pick.disableProperty().bind(idle.or(Bindings.createBooleanBinding(() -> model.selectedProperty().get()
                    == null || ReviewViewModel.runnersUp(model.selectedProperty().get()).size() < n,
                    model.selectedProperty())));
            buttons.add(pick);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button undo = action("_Undo", "undo", "Take back the last decision (Ctrl+Z)", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not().or(model.decidingProperty()));
        buttons.add(spacer);
        buttons.add(undo);
        HBox row = new HBox(8);
        row.getChildren().setAll(buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button action(String text, String id, String tooltip, Runnable onAction) {
        Button button = new Button(text);
        button.setId("review-" + id);
        button.setMnemonicParsing(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> onAction.run());
        return button;
    }

    private static Label keysLegend() {
        Label keys = new Label("Keys: C or Ctrl+Enter confirm  ·  R or Delete reject  ·  1, 2, 3 pick a runner-up"
                + "  ·  Ctrl+Z undo");
        keys.setWrapText(true);
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return keys;
    }

    private Label outcome() {
        Label outcome = new Label();
        outcome.setId("review-outcome");
        outcome.setWrapText(true);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        outcome.getStyleClass().add(Styles.TEXT_BOLD);
        outcome.textProperty().bind(model.lastOutcomeProperty());
        return outcome;
    }

    /** The keys work wherever the focus is in the pane; a decision in progress swallows them. */
    private void decideByKey(KeyEvent event) {
        boolean plain = !event.isShortcutDown() && !event.isAltDown() && !event.isShiftDown();
        KeyCode code = event.getCode();
        Runnable action = null;
        if (CONFIRM.match(event) || plain && code == KeyCode.C) {
            action = model::confirm;
        } else if (plain && (code == KeyCode.R || code == KeyCode.DELETE)) {
            action = model::reject;
        } else if (UNDO.match(event)) {
            action = model::undo;
        } else if (plain && runnerUpNumber(code) > 0) {
            int number = runnerUpNumber(code);
            action = () -> model.pickRunnerUp(number);
        }
        if (action != null) {
            action.run();
            event.consume();
        }
    }

    private static int runnerUpNumber(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            default -> 0;
        };
    }

    // --- filling in the selected match -----------------------------------------------------------------------

    private void showSelected() {
        StoredMatch match = model.selectedProperty().get();
        if (match == null) {
            return;
        }
        ReviewDetails details = model.detailsProperty().get();
        if (details != null && !details.providerId().equals(match.providerId())) {
            details = null;
        }
        evidence.setText((match.band() == null ? "No match" : match.band().label()) + " · score "
                + MatchScore.text(match.score()) + " of 100 — " + match.evidence());
        fillProvider(match, details);
        fillRegister(match, details);
        List<StoredMatch.Candidate> candidates = ReviewViewModel.runnersUp(match);
        runnersUp.getItems().setAll(IntStream.range(0, candidates.size())
                .mapToObj(i -> new RunnerUp(i + 1, candidates.get(i))).toList());
    }

    private void fillProvider(StoredMatch match, ReviewDetails details) {
        GridPane facts = facts();
        fact(facts, "CQC provider ID", match.providerId());
        if (details == null) {
            fact(facts, "Locations", "Reading…");
        } else {
            List<ProviderLocation> locations = details.locations();
            VBox lines = new VBox(3);
            describe(locations).forEach(line -> lines.getChildren().add(wrapping(line)));
            fact(facts, locations.size() == 1 ? "Location" : "Locations (" + locations.size() + ")", lines);
        }
        providerCard.getChildren().setAll(caption("CQC provider"), name(match.providerName()), facts);
    }

    private void fillRegister(StoredMatch match, ReviewDetails details) {
        if (!match.isMatched()) {
            registerCard.getChildren().setAll(caption("Register organisation"), name("None"));
            return;
        }
        GridPane facts = facts();
        RegisterEntry entry = details == null ? null : details.entry();
        if (details == null) {
            fact(facts, "Town", match.sponsor().town());
            fact(facts, "Entry", "Reading…");
        } else if (entry == null) {
            fact(facts, "Town", match.sponsor().town());
            fact(facts, "Entry", "Not on the newest register");
        } else {
            fact(facts, "Town", entry.town());
            fact(facts, "County", entry.county().isBlank() ? "Not given" : entry.county());
            fact(facts, "Routes", entry.routes());
            fact(facts, "Ratings", entry.ratings());
        }
        registerCard.getChildren().setAll(caption("Register organisation (as written)"), name(match.sponsor().name()),
                facts);
    }

    /** One line a location, the first {@value #LOCATIONS_SHOWN}: a national chain has hundreds. */
    static List<String> describe(List<ProviderLocation> locations) {
        if (locations.isEmpty()) {
            return List.of("None in the newest CQC data");
        }
        List<String> lines = new ArrayList<>(locations.stream().limit(LOCATIONS_SHOWN).map(ReviewPane::describe)
                .toList());
        if (locations.size() > LOCATIONS_SHOWN) {
            lines.add(String.format(Locale.UK, "… and %,d more", locations.size() - LOCATIONS_SHOWN));
        }
        return lines;
    }

    /** "Ashmount House · Telford and Wrekin · Good": the town only when the council's name does not hold it. */
    static String describe(ProviderLocation location) {
        String town = location.town().strip();
        String council = location.council();
        String where = council.isBlank() ? town
                : town.isEmpty() || council.toLowerCase(Locale.UK).contains(town.toLowerCase(Locale.UK)) ? council
                : town + ", " + council;
        return location.name() + " · " + where + " · " + location.rating().label();
    }

    private static VBox card() {
        VBox card = new VBox(6);
        card.getStyleClass().add("review-card");
        return card;
    }

    private static Label caption(String text) {
        Label caption = new Label(text.toUpperCase(Locale.UK));
        caption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        return caption;
    }

    private static Label name(String text) {
        Label name = new Label(text);
        name.getStyleClass().add(Styles.TITLE_4);
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        return name;
    }

    private static GridPane facts() {
        GridPane facts = new GridPane(10, 4);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().setAll(captions, values);
        return facts;
    }

    private static void fact(GridPane facts, String caption, String value) {
        fact(facts, caption, wrapping(value));
    }

    private static void fact(GridPane facts, String caption, Node value) {
        Label label = new Label(caption);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        facts.addRow(facts.getRowCount(), label, value);
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
