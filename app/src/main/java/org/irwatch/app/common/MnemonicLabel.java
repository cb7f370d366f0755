package org.irwatch.app.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A label whose mnemonic (Alt + the underlined letter) moves the focus to its control.
 *
 * <p>JavaFX registers a label's mnemonic with the scene of its target when the label enters a scene. A screen is
 * taken out of the window and put back when the user switches screens; the label, coming first, is back in the
 * scene before its control is, so the mnemonic is not registered again and Alt + letter stops working after the
 * first switch. Setting the target again once the control is back in a scene registers it.
 */
public final class MnemonicLabel {

    private MnemonicLabel() {
    }

    /** @param text the label with {@code _} before the mnemonic letter, e.g. {@code "_From"} */
    public static Label of(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        label.setMinWidth(Region.USE_PREF_SIZE);
        target.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                label.setLabelFor(null);
                label.setLabelFor(target);
            }
        });
        return label;
    }
}
