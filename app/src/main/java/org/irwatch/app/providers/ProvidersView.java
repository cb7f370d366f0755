package org.irwatch.app.providers;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.collections.transformation.SortedList;
import org.irwatch.app.common.PlannedFeature;
import org.irwatch.app.common.Tables;
import org.irwatch.app.shell.Screen;
import org.irwatch.app.shell.ScreenContext;
import org.irwatch.app.shell.ScreenHeader;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.ProviderSummary;

/** Every adult social care provider with a location in the chosen area. */
public final class ProvidersView implements Screen {

    private final ProvidersViewModel model = new ProvidersViewModel();
    private VBox root;

    @Override
    public String title() {
        return "Providers";
    }

    @Override
    public Node root() {
        if (root == null) {
            root = createView();
        }
        return root;
    }

    @Override
    public void refresh(ScreenContext context, Scope scope) {
        model.load(context, scope);
    }

    private VBox createView() {
        TextField filter = new TextField();
        filter.setId("provider-filter");
        filter.setPromptText("Filter by name, provider ID or council");
        filter.setPrefColumnCount(30);
        filter.textProperty().bindBidirectional(model.filterProperty());
        Label count = new Label();
        count.setId("provider-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.size(model.shown()).asString("%,d providers"));

        TableView<ProviderSummary> table = new TableView<>();
        Tables.fitted(table);
        table.setId("provider-table");
        table.setPlaceholder(new Label("No adult social care providers in this area in the CQC data held."));
        table.getColumns().setAll(java.util.List.of(
                Tables.column("Provider", 320, ProviderSummary::name),
                Tables.column("CQC provider ID", 130, ProviderSummary::providerId),
                Tables.column("Locations here", 110, ProviderSummary::locationsInScope),
                Tables.column("Locations in all", 110, ProviderSummary::locationsEverywhere),
                Tables.column("Councils", 260, ProviderSummary::councils),
                Tables.column("Care home beds", 110, ProviderSummary::careHomeBeds)));
        SortedList<ProviderSummary> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        VBox.setVgrow(table, Priority.ALWAYS);

        HBox tools = new HBox(12, filter, count);
        tools.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(12,
                ScreenHeader.of(title(), "Care providers in the chosen area from the latest CQC data."),
                tools, table,
                PlannedFeature.note("Arriving with matching",
                        "The sponsor each provider was matched to, with its confidence band and evidence",
                        "A review queue to confirm or reject doubtful matches, kept across refreshes",
                        "Provider detail: register entries, every location in every council, events"));
        box.setPadding(new Insets(20));
        return box;
    }
}
