package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.market.DataDateCheck;
import org.irwatch.core.market.DataDates;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotRepository;
import org.irwatch.core.snapshot.SnapshotSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code irwatch info}: where the data is, its schema version, and what is loaded with its dates. */
@Command(name = "info", description = "Show the data folder, schema version and what is loaded, with data dates.")
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    IrWatchCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = AppServices.open(parent.dataDirectory())) {
            out.println("Data folder:    " + services.dataDirectory());
            out.println("Schema version: " + services.schemaVersion());
            out.println("Councils:       " + services.councils().councils().size() + " in "
                    + services.councils().regions().size() + " regions");
            List<Snapshot> snapshots = services.snapshots().list();
            out.println("Snapshots:      " + (snapshots.isEmpty() ? "none (nothing imported yet)" : snapshots.size()));
            for (Snapshot s : snapshots) {
                out.printf("  #%-4d %-32s data of %s  %,8d rows  %,7d organisations  %,6d providers  %,6d locations"
                                + "  imported %s%s%n",
                        s.id(), s.kind().label(), s.dataDate(), s.rows(), s.organisations(), s.providers(),
                        s.locations(), UkDates.isoMinute(s.importedAt()), s.demo() ? "  [demo data]" : "");
            }
            new DataDateCheck(services.settings(), services.clock()).warnings(newestDates(services.snapshots()))
                    .forEach(warning -> out.println("Warning:        " + warning));
            out.println("Events:         " + services.events().listAll().size() + " recorded");
            if (services.demo().hasDemoData()) {
                out.println("Demo data is loaded. It is invented: remove it from the Data screen or with 'irwatch demo --remove'.");
            }
        }
        out.flush();
        return 0;
    }

    /** The dates of the newest register and CQC snapshot, as the market reads them. */
    private static DataDates newestDates(SnapshotRepository snapshots) {
        return new DataDates(snapshots.latest(SnapshotSource.CQC).map(Snapshot::dataDate).orElse(null),
                snapshots.latest(SnapshotSource.REGISTER).map(Snapshot::dataDate).orElse(null), null, null);
    }
}
