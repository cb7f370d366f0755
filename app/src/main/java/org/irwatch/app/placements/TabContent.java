package org.irwatch.app.placements;

import javafx.scene.Node;

/** A tab of the Placements screen: its nodes built once, when first shown; reloaded when the screen is. */
abstract class TabContent {

    private Node root;

    final Node root() {
        if (root == null) {
            root = createView();
        }
        return root;
    }

    /** Builds the tab's nodes; called once. */
    protected abstract Node createView();

    /** Reads what the tab shows again, in the background. */
    abstract void refresh();
}
