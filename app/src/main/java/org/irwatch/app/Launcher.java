package org.irwatch.app;

import org.irwatch.app.cli.IrWatchCommand;

/**
 * The main class. It does not extend {@code Application} (JavaFX refuses to start such a class from the class
 * path); it hands the arguments to the command line, which opens the window when no command is given.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // Commands print their own results; the log only speaks up for warnings. The window raises this.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int exitCode = IrWatchCommand.commandLine(args).execute(args);
        if (exitCode != IrWatchCommand.WINDOW_CLOSED) {
            System.exit(exitCode);
        }
    }
}
