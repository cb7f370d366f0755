package org.irwatch.app.screen;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The title and one-line purpose at the top of every screen. */
public final class ScreenHeader {

    private ScreenHeader() {
    }

    public static VBox of(String title, String purpose) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_2);
        heading.setId("screen-title");
        Label line = new Label(purpose);
        line.getStyleClass().add(Styles.TEXT_MUTED);
        line.setWrapText(true);
        // In a short window the screen's table gives up height, not the purpose line.
        line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return new VBox(2, heading, line);
    }
}
