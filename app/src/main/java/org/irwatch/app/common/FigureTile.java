package org.irwatch.app.common;

import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A headline number with its caption, as on the Market screen. */
public final class FigureTile extends VBox {

    private final StringProperty value = new SimpleStringProperty("–");

    public FigureTile(String id, String caption) {
        super(2);
        setId(id);
        getStyleClass().add("figure-tile");
        Label number = new Label();
        number.textProperty().bind(value);
        number.getStyleClass().addAll(Styles.TITLE_1, "figure-value");
        Label text = new Label(caption);
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(number, text);
    }

    public StringProperty valueProperty() {
        return value;
    }
}
