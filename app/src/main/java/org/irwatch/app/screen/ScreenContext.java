package org.irwatch.app.screen;

import org.irwatch.app.common.DialogService;
import org.irwatch.app.common.TaskExecutor;

/**
 * What every screen gets from the running window, next to the core services of its own.
 *
 * @param dataChanged call after changing data, so every screen and the header reload
 */
public record ScreenContext(TaskExecutor tasks, DialogService dialogs, Navigator navigator, Runnable dataChanged) {
}
