package org.irwatch.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import org.irwatch.app.common.SameThreadTaskExecutor;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.common.ScriptedDialogs;
import org.irwatch.app.common.StatusModel;
import org.irwatch.app.screen.Screen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window as it is from its first frame, before the data folder is open. */
class MainWindowOpeningTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theScreensAreNamedGreyedFromTheFirstFrameWhileTheDataFolderOpens() throws Exception {
        MainWindow window = onFx(() -> new MainWindow(new StatusModel(), new SameThreadTaskExecutor(),
                new ScriptedDialogs()));

        @SuppressWarnings("unchecked") // a lookup cannot know the list's item type
        ListView<Screen> navigation = onFx(() -> (ListView<Screen>) window.root().lookup("#navigation"));

        assertThat(onFx(() -> navigation.getItems().stream().map(Screen::title).toList()))
                .isEqualTo(Arrays.stream(ScreenShortcut.values()).map(ScreenShortcut::title).toList())
                .hasSize(9);
        assertThat(onFx(navigation::isDisabled)).as("greyed until the screens are attached").isTrue();
        assertThat(onFx(() -> navigation.getSelectionModel().getSelectedItems())).isEqualTo(List.of());
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }
}
