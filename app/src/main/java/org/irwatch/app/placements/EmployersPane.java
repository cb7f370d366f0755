package org.irwatch.app.placements;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.ImportProblemsDialog;
import org.irwatch.app.common.MappingDialog;
import org.irwatch.app.common.Tables;
import org.irwatch.core.placements.EmployerLicence;
import org.irwatch.core.placements.EthicalEmployer;
import org.irwatch.core.placements.PlacementRole;

/** The ethical employers tab: the list on the left, the sign-up form on the right. */
public final class EmployersPane extends TabContent {

    private final EmployersViewModel model;
    public EmployersPane(EmployersViewModel model) {
        this.model = model;
    }

    @Override
    void refresh() {
        model.load();
    }

    @Override
    protected Node createView() {
        TableView<EthicalEmployer> table = new TableView<>(model.employers());
        table.setId("employers-table");
        table.getColumns().setAll(java.util.List.of(
                Tables.column("Provider", 220, EthicalEmployer::providerName),
                Tables.column("Contact", 200, EthicalEmployer::contact),
                Tables.column("Licence", 190, e -> e.licence().describe()),
                Tables.column("Vacancies", 200, EmployersViewModel::postsOf),
                Tables.column("Notices", 70, e -> e.wantsNotices() ? "Yes" : "No")));
        Label empty = new Label("No employer has signed up yet. Add one with the form, or import a sheet.");
        empty.setWrapText(true);
        empty.setPadding(new Insets(16));
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> model.edit(e));
        ScrollPane scroll = new ScrollPane(form());
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        // The actions stay in sight below the form, however short the window.
        VBox right = new VBox(8, scroll, actions(table));
        SplitPane split = new SplitPane(table, right);
        split.setDividerPositions(0.55);
        VBox box = new VBox(8, split);
        VBox.setVgrow(split, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private VBox actions(TableView<EthicalEmployer> table) {
        Label problem = new Label();
        problem.textProperty().bind(model.problem());
        problem.setWrapText(true);
        problem.getStyleClass().add("text-danger");
        Button save = new Button("Save");
        save.setId("employer-save");
        save.setOnAction(e -> model.save());
        Button add = new Button("New");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            model.startNew();
        });
        Button delete = new Button("Delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.delete(table.getSelectionModel().getSelectedItem()));
        Button importSheet = new Button("Import employers…");
        importSheet.setOnAction(e -> model.chooseSheet().ifPresent(file -> model.importSheet(file,
                (sheet, offered, remembered, chosen) -> new MappingDialog<>(table.getScene().getWindow(),
                        "Import ethical employers", sheet, offered, remembered).show(chosen),
                refused -> new ImportProblemsDialog(table.getScene().getWindow(), "Employers not imported",
                        file.getFileName().toString(), "the employers already signed up are unchanged", refused,
                        () -> model.chooseFileAndSaveProblems(file.getFileName().toString(), refused.problems()))
                        .show())));
        HBox buttons = new HBox(8, save, add, delete, importSheet);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, problem, buttons);
        box.setPadding(new Insets(0, 8, 8, 8));
        return box;
    }

    private VBox form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        TextField search = new TextField();
        search.setPromptText("Type part of the provider's name, then Enter");
        search.textProperty().bindBidirectional(model.providerQuery());
        search.setOnAction(e -> model.searchProviders(search.getText()));
        search.setId("employer-search");
        ComboBox<EmployersViewModel.ProviderChoice> provider = new ComboBox<>(model.providerHits());
        provider.valueProperty().bindBidirectional(model.provider());
        provider.setPromptText("Choose the provider found");
        provider.setMaxWidth(Double.MAX_VALUE);
        provider.setId("employer-provider");
        ChoiceBox<EmployerLicence.Status> licence = new ChoiceBox<>(javafx.collections.FXCollections
                .observableArrayList(EmployerLicence.Status.values()));
        licence.valueProperty().bindBidirectional(model.licence());
        licence.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EmployerLicence.Status status) {
                return status == null ? "" : switch (status) {
                    case HELD -> "Held";
                    case APPLIED -> "Applied for";
                    case NONE -> "None";
                };
            }

            @Override
            public EmployerLicence.Status fromString(String text) {
                return null;
            }
        });
        int row = 0;
        row = add(grid, row, "Find provider", search);
        row = add(grid, row, "CQC provider", provider);
        row = add(grid, row, "Contact name", field(model.contact(), "employer-contact"));
        row = add(grid, row, "Phone", field(model.phone()));
        row = add(grid, row, "Email", field(model.email()));
        row = add(grid, row, "Licence", licence);
        row = add(grid, row, "Applied on (dd/mm/yyyy)", field(model.appliedOn()));
        for (PlacementRole role : PlacementRole.values()) {
            row = add(grid, row, role.label() + " vacancies", field(model.posts(role), "employer-posts-" + role.code()));
        }
        row = add(grid, row, "Hours", field(model.hours()));
        row = add(grid, row, "Pay", field(model.pay()));
        row = add(grid, row, "Audit tool done on", field(model.auditDone()));
        CheckBox transfers = new CheckBox("Takes transfers of sponsorship");
        transfers.selectedProperty().bindBidirectional(model.transfers());
        CheckBox housing = new CheckBox("Offers housing");
        housing.selectedProperty().bindBidirectional(model.housing());
        CheckBox notices = new CheckBox("Wants the anonymised notices of workers looking");
        notices.selectedProperty().bindBidirectional(model.notices());
        VBox form = new VBox(8, grid, transfers, housing, notices);
        form.setPadding(new Insets(8));
        return form;
    }

    private static TextField field(javafx.beans.property.StringProperty value) {
        return field(value, null);
    }

    private static TextField field(javafx.beans.property.StringProperty value, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static int add(GridPane grid, int row, String label, Node field) {
        Label name = new Label(label);
        name.setLabelFor(field);
        grid.addRow(row, name, field);
        return row + 1;
    }
}
