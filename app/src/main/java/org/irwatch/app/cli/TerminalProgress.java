package org.irwatch.app.cli;

import java.io.PrintWriter;
import org.irwatch.core.common.ProgressListener;

/** Progress on stderr, only when it is a terminal; scripts and pipes get none. */
final class TerminalProgress implements ProgressListener {

    private final PrintWriter err;
    private final boolean interactive = System.console() != null;
    private String lastMessage = "";

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(String message, long done, long total) {
        if (!interactive) {
            return;
        }
        String line = total > 0 ? String.format("%s … %d%%", message, done * 100 / total) : message + " …";
        if (!line.equals(lastMessage)) {
            err.print("\r" + line + "    ");
            err.flush();
            lastMessage = line;
        }
    }

    /** Wipes the progress line so the next output starts on a clean line. */
    void clear() {
        if (!lastMessage.isEmpty()) {
            err.print("\r" + " ".repeat(lastMessage.length() + 4) + "\r");
            err.flush();
            lastMessage = "";
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
