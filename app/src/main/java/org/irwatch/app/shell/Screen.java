package org.irwatch.app.shell;

import javafx.scene.Node;
import org.irwatch.core.council.Scope;

/** One screen of the main window. */
public interface Screen {

    String title();

    /** The screen's root node; built once. */
    Node root();

    /** Called when the screen is shown, the area changes, or the data changes: reload in the background. */
    void refresh(ScreenContext context, Scope scope);
}
