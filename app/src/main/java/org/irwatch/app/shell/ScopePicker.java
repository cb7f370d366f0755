package org.irwatch.app.shell;

import java.util.List;
import javafx.event.EventType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Partnership;
import org.irwatch.core.council.Scope;

/**
 * Picks England, a partnership, a region or one of the 153 councils. Typing only filters the list; Enter, a click on an entry or Tab
 * commits the highlighted one.
 */
public final class ScopePicker extends SearchableComboBox<Scope> {

    private static final String SPACE_KEPT = "irwatch.space-kept-for-search";

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
        showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                keepSpacesForTheSearch();
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

    /**
     * While the list is open the window sends keys to it first, and its list commits the highlighted entry on Space;
     * but a space is part of a name ("West Midlands"). The Space key is stopped there, and its typed " " reaches the
     * search field as any letter does.
     */
    private void keepSpacesForTheSearch() {
        if (lookup("#filtered") instanceof ComboBox<?> filtered && filtered.getSkin() instanceof ComboBoxListViewSkin<?>
                skin && skin.getPopupContent() instanceof ListView<?> list
                && list.getProperties().putIfAbsent(SPACE_KEPT, Boolean.TRUE) == null) {
            for (EventType<KeyEvent> type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED)) {
                list.addEventFilter(type, key -> {
                    if (key.getCode() == KeyCode.SPACE) {
                        key.consume();
                    }
                });
            }
        }
    }

    /** England first, then the partnerships, then each region followed by its councils. */
    public void setChoices(CouncilDirectory directory, List<Partnership> partnerships) {
        getItems().setAll(Scope.all(directory, partnerships));
    }
}
