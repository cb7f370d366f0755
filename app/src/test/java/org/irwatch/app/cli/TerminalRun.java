package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a user sees after {@code irwatch --data-dir DIR args...}, run in-process as {@code Launcher} runs it. */
record TerminalRun(int exitCode, String out, String err) {

    static TerminalRun of(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] arguments = all.toArray(String[]::new);
        var commandLine = IrWatchCommand.commandLine(arguments);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new TerminalRun(commandLine.execute(arguments), out.toString(), err.toString());
    }
}
