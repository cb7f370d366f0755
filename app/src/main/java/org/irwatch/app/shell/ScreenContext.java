package org.irwatch.app.shell;

import org.irwatch.app.AppServices;
import org.irwatch.app.common.DialogService;
import org.irwatch.app.common.TaskExecutor;

/**
 * What a screen needs from the running app.
 *
 * @param dataChanged call after changing data, so every screen and the header reload
 */
public record ScreenContext(AppServices services, TaskExecutor tasks, DialogService dialogs, Runnable dataChanged) {
}
