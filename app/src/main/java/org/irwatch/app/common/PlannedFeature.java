package org.irwatch.app.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A short, honest note on a screen about what arrives there in a later release. */
public final class PlannedFeature {

    private PlannedFeature() {
    }

    public static Node note(String heading, String... items) {
        VBox box = new VBox(4);
        box.getStyleClass().add("planned-feature");
        Label title = new Label(heading);
        title.getStyleClass().add("planned-feature-heading");
        box.getChildren().add(title);
        for (String item : items) {
            Label line = new Label("•  " + item);
            line.setWrapText(true);
            line.getStyleClass().add("text-muted");
            box.getChildren().add(line);
        }
        return box;
    }
}
