package org.irwatch.app.activities;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.irwatch.app.common.CouncilChecklist;
import org.irwatch.app.common.MappingDialog;
import org.irwatch.app.common.MnemonicLabel;
import org.irwatch.app.common.Tables;
import org.irwatch.app.common.UkDatePicker;
import org.irwatch.core.activities.Activity;
import org.irwatch.core.activities.ActivityKind;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.Scope;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.market.PeriodChoices.Choice;

/**
 * The partnership's activity log: the activities for the area (or all) in the period chosen, newest first; the form
 * beside them adds or changes one; Delete asks first; Import reads a sheet through the column mapping and lists what
 * it refused by row and column. Every control has a mnemonic or is reached by Tab; Enter on a row edits it and the
 * Delete key deletes it.
 */
final class ActivityLogDialog {

    private static final double WIDTH = 1180;
    private static final double HEIGHT = 760;

    private final ActivityLogViewModel model;
    private final CouncilChecklist councils;
    private final Dialog<Void> dialog = new Dialog<>();
    private final TableView<Activity> table = new TableView<>();
    private Supplier<Optional<Path>> sheets;

    ActivityLogDialog(Window owner, ActivityLogViewModel model, List<Council> allCouncils) {
        this.model = model;
        this.councils = new CouncilChecklist(allCouncils, "activity-councils");
        dialog.initOwner(owner);
        dialog.setTitle("Activity log");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("activity-log");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setResultConverter(button -> null);
        dialog.getDialogPane().setContent(content());
        // A dialog sizes to its content's minimum: the list and the form side by side need the room asked for.
        dialog.getDialogPane().setPrefSize(WIDTH, HEIGHT);
        dialog.getDialogPane().setMinWidth(WIDTH);
    }

    /** Who answers the sheet question: the model's file dialog, or a test. */
    void chooseSheetsWith(Supplier<Optional<Path>> files) {
        this.sheets = files;
    }

    /** Shows the log of the area; returns at once. */
    void show(Scope area) {
        dialog.setHeaderText("Activity log: " + area.label());
        model.open(area);
        dialog.show();
    }

    private VBox content() {
        CheckBox onlyArea = new CheckBox("_Only the area's activities");
        onlyArea.setId("activity-only-area");
        onlyArea.setMnemonicParsing(true);
        onlyArea.selectedProperty().bindBidirectional(model.onlyArea());
        ComboBox<Choice> period = new ComboBox<>(model.periods());
        period.setId("activity-period");
        period.valueProperty().bindBidirectional(model.period());
        Button importSheet = button("_Import a sheet…", "activity-import", this::importSheet);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox filters = new HBox(10, onlyArea, MnemonicLabel.of("_Period", period), period, gap, importSheet);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox body = new HBox(16, table(), form());
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        Label what = new Label("What the partnership did for providers and workers: the DHSC return counts these by "
                + "kind for the quarter and the year to date, for any of the area's councils.");
        what.setWrapText(true);
        VBox content = new VBox(10, what, filters, rejected(), body);
        content.setPadding(new Insets(4, 12, 0, 12));
        return content;
    }

    private TableView<Activity> table() {
        table.setId("activity-table");
        table.setItems(model.shown());
        Tables.fitted(table);
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label("No activity for these filters. Add one with the form, or import a sheet."));
        table.getColumns().setAll(List.of(
                Tables.dateColumn("Date", 150, Activity::date),
                Tables.column("Councils", 160, model::councilsOf),
                Tables.column("Kind", 140, a -> a.kind().label()),
                Tables.countColumn("Providers", 70, a -> count(a.providersReached())),
                Tables.countColumn("People", 70, a -> count(a.peopleReached())),
                Tables.poundsColumn("Amount (£)", 90, Activity::amount),
                Tables.column("Notes", 220, Activity::notes)));
        Tables.onOpen(table, model::edit);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                model.delete(table.getSelectionModel().getSelectedItem());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.edit(chosen);
            }
        });
        return table;
    }

    private VBox form() {
        DatePicker date = UkDatePicker.of("activity-date", null);
        date.getEditor().textProperty().bindBidirectional(model.date());
        ComboBox<ActivityKind> kind = new ComboBox<>(FXCollections.observableArrayList(ActivityKind.values()));
        kind.setId("activity-kind");
        kind.valueProperty().bindBidirectional(model.kind());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ActivityKind value) {
                return value == null ? "" : value.label();
            }

            @Override
            public ActivityKind fromString(String text) {
                return ActivityKind.of(text).orElse(null);
            }
        });
        councils.onUserChange(() -> {
            Set<String> ticked = councils.checked();
            model.councils().retainAll(ticked);
            model.councils().addAll(ticked);
        });
        model.councils().addListener((SetChangeListener<String>) change -> councils.check(Set.copyOf(
                model.councils())));
        councils.setPrefHeight(170);
        TextField providers = field("activity-providers");
        providers.textProperty().bindBidirectional(model.providers());
        TextField people = field("activity-people");
        people.textProperty().bindBidirectional(model.people());
        TextField amount = field("activity-amount");
        amount.setPromptText("e.g. 1,250.00");
        amount.textProperty().bindBidirectional(model.amount());
        TextArea notes = new TextArea();
        notes.setId("activity-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.textProperty().bindBidirectional(model.notes());
        GridPane grid = new GridPane(8, 6);
        grid.addRow(0, MnemonicLabel.of("_Date", date), date);
        grid.addRow(1, MnemonicLabel.of("_Kind", kind), kind);
        grid.addRow(2, MnemonicLabel.of("_Councils", councils.filterField()), councils);
        grid.addRow(3, MnemonicLabel.of("P_roviders reached", providers), providers);
        grid.addRow(4, MnemonicLabel.of("P_eople reached", people), people);
        grid.addRow(5, MnemonicLabel.of("_Amount (£)", amount), amount);
        grid.addRow(6, MnemonicLabel.of("_Notes", notes), notes);
        Label problem = new Label();
        problem.setId("activity-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.setMaxWidth(380);
        problem.textProperty().bind(model.problem());
        Button save = button("_Save activity", "activity-save", model::save);
        save.getStyleClass().add(Styles.ACCENT);
        Button fresh = button("Ne_w", "activity-new", () -> {
            table.getSelectionModel().clearSelection();
            model.startNew();
            date.requestFocus();
        });
        Button delete = button("De_lete…", "activity-delete",
                () -> model.delete(table.getSelectionModel().getSelectedItem()));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        VBox form = new VBox(8, grid, problem, new HBox(8, save, fresh, delete));
        form.setMinWidth(380);
        form.setMaxWidth(380);
        return form;
    }

    /** What the last import refused, by row and column; out of sight when nothing was refused. */
    private VBox rejected() {
        Label what = new Label();
        what.setId("activity-rejected-summary");
        what.setWrapText(true);
        what.getStyleClass().add(Styles.DANGER);
        what.textProperty().bind(model.rejectedFile());
        TableView<RowProblem> problems = new TableView<>(model.rejected());
        problems.setId("activity-rejected");
        Tables.fitted(problems);
        problems.getStyleClass().add(Styles.DENSE);
        problems.getColumns().setAll(List.of(
                Tables.countColumn("Row", 60, RowProblem::row),
                Tables.column("Column", 150, RowProblem::column),
                Tables.column("Value", 180, RowProblem::value),
                Tables.column("What is wrong", 420, RowProblem::problem)));
        problems.setPrefHeight(150);
        problems.setMinHeight(130);
        VBox box = new VBox(6, what, problems);
        box.visibleProperty().bind(Bindings.isNotEmpty(model.rejected()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void importSheet() {
        sheets.get().ifPresent(file -> model.importSheet(file, (sheet, offered, remembered, chosen) ->
                new MappingDialog<>(dialog.getDialogPane().getScene().getWindow(), "Import an activity log", sheet,
                        offered, remembered).show(chosen)));
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(10);
        return field;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setMnemonicParsing(true);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Long count(Integer value) {
        return value == null ? null : value.longValue();
    }
}
