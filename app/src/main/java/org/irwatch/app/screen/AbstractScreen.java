package org.irwatch.app.screen;

import javafx.scene.Node;
import javafx.stage.Window;
import org.irwatch.app.common.ScreenShortcut;

/**
 * A screen whose nodes are built once, when it is first shown, and whose title is its place in the navigation
 * ({@link ScreenShortcut}), so the list, the Ctrl+N keys and the hints naming them cannot disagree.
 */
public abstract class AbstractScreen implements Screen {

    private final String title;
    private Node root;

    protected AbstractScreen(ScreenShortcut place) {
        this.title = place.title();
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Node root() {
        if (root == null) {
            root = createView();
        }
        return root;
    }

    /** Builds the screen's nodes; called once. */
    protected abstract Node createView();

    /** The window the screen is shown in, to own its dialogs; null before it is shown. */
    protected final Window window() {
        return root == null || root.getScene() == null ? null : root.getScene().getWindow();
    }
}
