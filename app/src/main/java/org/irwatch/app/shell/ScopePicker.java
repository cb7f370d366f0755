package org.irwatch.app.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Region;
import org.irwatch.core.council.Scope;

/** Picks England, a region or one of the 153 councils; type to filter. */
public final class ScopePicker extends SearchableComboBox<Scope> {

    public ScopePicker() {
        setId("scope-picker");
        setPromptText("Choose a council or region");
        setPrefWidth(320);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Scope scope) {
                return scope == null ? "" : scope.label();
            }

            @Override
            public Scope fromString(String text) {
                return getItems().stream().filter(s -> s.label().equals(text)).findFirst().orElse(null);
            }
        });
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Scope scope, boolean empty) {
                super.updateItem(scope, empty);
                setText(empty || scope == null ? null : scope.label());
                setStyle(scope instanceof Scope.CouncilScope ? "-fx-padding: 2 2 2 18;" : "-fx-font-weight: bold;");
            }
        });
    }

    /** England first, then each region followed by its councils. */
    public void setChoices(CouncilDirectory directory) {
        List<Scope> choices = new ArrayList<>();
        choices.add(Scope.england());
        for (Region region : directory.regions()) {
            choices.add(new Scope.RegionScope(region));
            directory.inRegion(region).forEach(council -> choices.add(new Scope.CouncilScope(council)));
        }
        getItems().setAll(choices);
    }
}
