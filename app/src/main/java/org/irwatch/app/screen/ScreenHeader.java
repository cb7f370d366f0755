package org.irwatch.app.screen;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.irwatch.core.council.Scope;

/**
 * The title, the area chosen and the one-line purpose at the top of every screen. The shell writes the area into
 * whichever screen it shows ({@link #showArea}), so every screen says it the same way.
 */
public final class ScreenHeader {

    private static final String AREA_ID = "screen-area";

    private ScreenHeader() {
    }

    public static VBox of(String title, String purpose) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_2);
        heading.setId("screen-title");
        Label area = new Label();
        area.setId(AREA_ID);
        area.getStyleClass().addAll(Styles.TITLE_4, Styles.TEXT_MUTED);
        HBox titleLine = new HBox(12, heading, area);
        titleLine.setAlignment(Pos.BASELINE_LEFT);
        Label line = new Label(purpose);
        line.getStyleClass().add(Styles.TEXT_MUTED);
        line.setWrapText(true);
        // In a short window the screen's table gives up height, not the purpose line.
        line.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(2, titleLine, line);
    }

    /** Writes the area into the header of this screen ("Area: Coventry"); a screen without a header is left alone. */
    public static void showArea(Node screenRoot, Scope scope) {
        if (screenRoot.lookup("#" + AREA_ID) instanceof Label area) {
            area.setText(areaText(scope));
        }
    }

    /** "Area: Coventry", "Area: West Midlands", "Area: England". */
    public static String areaText(Scope scope) {
        return "Area: " + scope.label();
    }
}
