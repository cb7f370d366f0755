package org.irwatch.app.screen;

import javafx.scene.Node;
import org.irwatch.core.council.Scope;

/**
 * One screen of the main window. A screen is built with everything it uses (its view model, the {@link ScreenContext})
 * and the shell knows it only through this contract.
 */
public interface Screen {

    String title();

    /** The screen's root node; built once. */
    Node root();

    /** Called when the screen is shown, the area changes, or the data changes: reload in the background. */
    void refresh(Scope scope);
}
