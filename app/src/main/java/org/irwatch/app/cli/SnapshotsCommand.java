package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.snapshot.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code irwatch snapshots [--delete ID]}: the snapshots held, newest data first. */
@Command(name = "snapshots", description = "List the imported snapshots (newest data first), or delete one.")
final class SnapshotsCommand implements Callable<Integer> {

    @ParentCommand
    IrWatchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--delete", paramLabel = "ID", description = "Delete snapshot ID and everything it holds.")
    Long delete;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = AppServices.open(parent.dataDirectory())) {
            if (delete != null) {
                Snapshot snapshot = services.snapshots().find(delete).orElseThrow(() -> new UserFacingException(
                        "There is no snapshot #" + delete + ". 'irwatch snapshots' lists them."));
                services.snapshots().delete(delete);
                out.printf("Deleted snapshot #%d (%s of %s, %s).%n", snapshot.id(), snapshot.kind().label(),
                        UkDates.day(snapshot.dataDate()), snapshot.sourceName());
            } else {
                List<Snapshot> snapshots = services.snapshots().list();
                if (snapshots.isEmpty()) {
                    out.println("No snapshots: nothing imported yet ('irwatch import FILE').");
                }
                out.println(SnapshotTable.HEADER);
                snapshots.forEach(s -> out.println(SnapshotTable.row(s)));
            }
        }
        out.flush();
        return 0;
    }
}
