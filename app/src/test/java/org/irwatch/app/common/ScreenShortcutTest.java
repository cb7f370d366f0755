package org.irwatch.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** Hints name the key the shell binds to the screen they send the user to. */
class ScreenShortcutTest {

    @Test
    void theDataScreenIsTheNinthAndItsHintSaysSo() {
        assertThat(ScreenShortcut.DATA.hint()).isEqualTo("the Data screen (Ctrl+9)");
        assertThat(ScreenShortcut.DATA.keys())
                .isEqualTo(new KeyCodeCombination(KeyCode.DIGIT9, KeyCombination.SHORTCUT_DOWN));
        assertThat(ScreenShortcut.MARKET.hint()).isEqualTo("the Market screen (Ctrl+1)");
    }
}
