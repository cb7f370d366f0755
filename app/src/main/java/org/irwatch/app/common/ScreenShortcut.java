package org.irwatch.app.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The main window's screens in navigation order, which gives each its shortcut (Ctrl+1 to Ctrl+9): the shell binds
 * the keys from here and every hint that sends the user to another screen is written from here, so a screen moved in
 * the order cannot leave a hint naming the wrong key.
 */
public enum ScreenShortcut {
    MARKET("Market"),
    PROVIDERS("Providers"),
    REGISTER_CHANGES("Register changes"),
    EVENTS("Events"),
    CHARTS("Charts"),
    DISPLACED_WORKERS("Displaced workers"),
    PLACEMENTS("Placements"),
    REPORTS("Reports"),
    DATA("Data");

    private final String title;

    ScreenShortcut(String title) {
        this.title = title;
    }

    /** The screen's name in the navigation. */
    public String title() {
        return title;
    }

    /** Ctrl (Cmd on a Mac) and the screen's place in the navigation. */
    public KeyCombination keys() {
        return new KeyCodeCombination(KeyCode.valueOf("DIGIT" + number()), KeyCombination.SHORTCUT_DOWN);
    }

    /** "the Data screen (Ctrl+9)", for sentences that send the user there. */
    public String hint() {
        return "the " + title + " screen (Ctrl+" + number() + ")";
    }

    private int number() {
        return ordinal() + 1;
    }
}
