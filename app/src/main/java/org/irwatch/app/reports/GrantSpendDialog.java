package org.irwatch.app.reports;

import atlantafx.base.theme.Styles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.irwatch.app.common.MappingDialog;
import org.irwatch.app.common.MnemonicLabel;
import org.irwatch.app.common.Tables;
import org.irwatch.core.common.FinancialYear;
import org.irwatch.core.council.Scope;
import org.irwatch.core.grants.GrantInitiative;

/**
 * "Grant spend…": the grant initiatives of an area and financial year in a table, and a form to add, change or remove
 * one, with its budget and spend for each quarter; or a sheet imported. Every control is reachable by Tab or its
 * mnemonic.
 */
final class GrantSpendDialog {

    private final GrantSpendModel model;
    private final TableView<GrantSpendModel.Row> table = new TableView<>();
    private final TextField name = new TextField();
    private final TextField budget = new TextField();
    private final List<TextField> quarters = new ArrayList<>();
    private GrantInitiative editing;

    private GrantSpendDialog(GrantSpendModel model) {
        this.model = model;
        for (int q = 1; q <= 4; q++) {
            TextField spend = new TextField();
            spend.setId("grant-q" + q);
            spend.setPromptText("not recorded");
            spend.setPrefColumnCount(10);
            quarters.add(spend);
        }
    }

    /** Shows the dialog until closed, on the area chosen in the window. */
    static void show(Window owner, GrantSpendModel model, Scope chosen) {
        GrantSpendDialog entry = new GrantSpendDialog(model);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Grant spend");
        dialog.setHeaderText("Grant spend: initiatives, their budgets and spend by quarter, for the DHSC return");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("grant-spend-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(entry.content(owner));
        dialog.setResultConverter(button -> null);
        model.open(chosen);
        entry.edit(null);
        dialog.show();
    }

    private VBox content(Window owner) {
        ComboBox<Scope> area = new ComboBox<>(model.areas());
        area.setId("grant-area");
        area.setConverter(shownAs(Scope::label));
        area.valueProperty().bindBidirectional(model.areaProperty());
        area.setVisibleRowCount(16);
        ComboBox<FinancialYear> year = new ComboBox<>(model.years());
        year.setId("grant-year");
        year.setConverter(shownAs(FinancialYear::label));
        year.valueProperty().bindBidirectional(model.yearProperty());
        year.setPrefWidth(120);
        year.setMinWidth(Region.USE_PREF_SIZE);
        area.setPrefWidth(380);
        HBox choice = new HBox(10, MnemonicLabel.of("_Area", area), area, MnemonicLabel.of("Financial _year", year),
                year);
        choice.setAlignment(Pos.CENTER_LEFT);

        table.setId("grant-table");
        table.setItems(model.initiatives());
        Tables.fitted(table);
        table.setPrefSize(940, 240);
        Label none = new Label("No initiative is recorded for this area and year: add one below, or import a sheet.");
        none.setWrapText(true);
        table.setPlaceholder(none);
        table.getColumns().setAll(List.of(
                Tables.column("Initiative", 220, (GrantSpendModel.Row r) -> r.initiative().name()),
                Tables.column("Budget", 100, GrantSpendModel.Row::budget),
                Tables.column("Q1", 90, (GrantSpendModel.Row r) -> r.spendIn(1)),
                Tables.column("Q2", 90, (GrantSpendModel.Row r) -> r.spendIn(2)),
                Tables.column("Q3", 90, (GrantSpendModel.Row r) -> r.spendIn(3)),
                Tables.column("Q4", 90, (GrantSpendModel.Row r) -> r.spendIn(4)),
                Tables.column("Spent", 100, GrantSpendModel.Row::spent),
                Tables.column("Remaining", 130, GrantSpendModel.Row::remaining),
                Tables.column("Spent (%)", 90, GrantSpendModel.Row::shareSpent)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                edit(chosen.initiative());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox content = new VBox(12, choice, table, form(), buttons(owner));
        // Wide enough for the nine columns of figures and the four quarters' fields side by side.
        content.setPrefWidth(1180);
        content.setMinWidth(Region.USE_PREF_SIZE);
        return content;
    }

    private VBox form() {
        name.setId("grant-name");
        name.setPromptText("e.g. Retention payments");
        name.setPrefColumnCount(28);
        budget.setId("grant-budget");
        budget.setPromptText("e.g. £25,000");
        budget.setPrefColumnCount(12);
        GridPane form = new GridPane(10, 8);
        form.addRow(0, MnemonicLabel.of("Na_me", name), name, MnemonicLabel.of("_Budget for the year (£)", budget),
                budget);
        HBox spend = new HBox(8);
        spend.setAlignment(Pos.CENTER_LEFT);
        for (int q = 1; q <= 4; q++) {
            spend.getChildren().addAll(MnemonicLabel.of("Q_" + q, quarters.get(q - 1)), quarters.get(q - 1));
        }
        Label spendLabel = new Label("Spend (£)");
        spendLabel.setMinWidth(Label.USE_PREF_SIZE);
        form.addRow(1, spendLabel, spend);
        GridPane.setColumnSpan(spend, 3);
        Label hint = new Label("Leave a quarter empty while its spend is not known: the return shows it as "
                + "\"not recorded\". Type 0 when nothing was spent. Money as £1,234.50 or 1234.5.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label problem = new Label();
        problem.setId("grant-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        return new VBox(8, form, hint, problem);
    }

    private HBox buttons(Window owner) {
        Button save = new Button("_Save initiative");
        save.setId("grant-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save(editing, name.getText(), budget.getText(),
                quarters.stream().map(TextField::getText).toList(), stored -> {
                    table.getItems().stream().filter(r -> r.initiative().id().equals(stored.id())).findFirst()
                            .ifPresent(r -> table.getSelectionModel().select(r));
                    edit(stored);
                }));
        Button add = new Button("Ne_w initiative");
        add.setId("grant-new");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            edit(null);
            name.requestFocus();
        });
        Button remove = new Button("_Remove…");
        remove.setId("grant-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedItem().initiative(), () -> {
            table.getSelectionModel().clearSelection();
            edit(null);
        }));
        Button importSheet = new Button("_Import sheet…");
        importSheet.setId("grant-import");
        importSheet.setOnAction(e -> model.chooseSheet().ifPresent(file -> model.importSheet(file,
                (sheet, offered, remembered, chosen) -> new MappingDialog<>(owner, "Import grant spend", sheet,
                        offered, remembered).show(chosen))));
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, save, add, remove, spacer, importSheet);
        buttons.setPadding(new Insets(4, 0, 0, 0));
        return buttons;
    }

    /** A choice shown by its label; the choosers are not editable, so no text is read back. */
    private static <T> StringConverter<T> shownAs(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T choice) {
                return choice == null ? "" : label.apply(choice);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private void edit(GrantInitiative initiative) {
        editing = initiative;
        name.setText(initiative == null ? "" : initiative.name());
        budget.setText(initiative == null ? "" : initiative.budget().toPlainString());
        for (int q = 1; q <= 4; q++) {
            quarters.get(q - 1).setText(initiative == null ? "" : initiative.spendIn(q)
                    .map(BigDecimal::toPlainString).orElse(""));
        }
    }
}
