package org.irwatch.app.common;

import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A headline number with its caption and an optional muted line under it ("34% of locations"), as on the Market
 * screen. With {@link #setOnOpen} it acts as a button: click, Enter or Space opens what is behind the number.
 */
public final class FigureTile extends VBox {

    private final StringProperty value = new SimpleStringProperty("–");
    private final StringProperty detail = new SimpleStringProperty("");

    public FigureTile(String id, String caption) {
        super(2);
        setId(id);
        getStyleClass().add("figure-tile");
        Label number = new Label();
        number.textProperty().bind(value);
        number.getStyleClass().addAll(Styles.TITLE_2, "figure-value");
        Label text = new Label(caption);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Label more = new Label();
        more.textProperty().bind(detail);
        more.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "figure-detail");
        more.setWrapText(true);
        more.setMinHeight(Region.USE_PREF_SIZE);
        more.visibleProperty().bind(detail.isNotEmpty());
        more.managedProperty().bind(more.visibleProperty());
        getChildren().addAll(number, text, more);
    }

    /** Makes the tile open the list behind its number, by mouse or keyboard. */
    public void setOnOpen(Runnable open, String hint) {
        getStyleClass().add("figure-tile-open");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        Tooltip.install(this, new Tooltip(hint));
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                requestFocus();
                open.run();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                open.run();
            }
        });
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty detailProperty() {
        return detail;
    }
}
