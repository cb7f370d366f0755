package org.irwatch.core.archfixture;

import javafx.scene.Node;

/** Deliberately breaks the layering (core must not know JavaFX): only {@code LayeringRulesCanFailTest} imports it. */
public final class CoreClassUsingJavaFx {

    public boolean isShown(Node node) {
        return node.isVisible();
    }
}
