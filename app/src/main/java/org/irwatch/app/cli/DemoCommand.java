package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.workers.RecoveryKey;
import org.irwatch.core.workers.WorkerService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code irwatch demo [--reset | --remove]}: the built-in, invented demo data set. */
@Command(name = "demo", description = {"Load the built-in demo data (invented West Midlands market) into an empty data folder.",
    "Demo data never mixes with imported data and is labelled as demo everywhere.",
    "With IRWATCH_PASSPHRASE (or --passphrase-file) its invented displaced workers are stored under that passphrase, "
        + "which becomes the register's passphrase if it has none yet."})
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    IrWatchCommand parent;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    @Mixin
    PassphraseOption passphrase;

    static final class Mode {
        @Option(names = "--reset", description = "Remove the demo data and load it afresh.")
        boolean reset;

        @Option(names = "--remove", description = "Remove the demo data; imported data is not touched.")
        boolean remove;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = AppServices.open(parent.dataDirectory())) {
            boolean hasDemo = services.demo().hasDemoData();
            if (mode.remove) {
                services.demo().remove();
                out.println(hasDemo ? "Demo data removed." : "There was no demo data to remove.");
            } else if (hasDemo && !mode.reset) {
                out.println("Demo data is already loaded (use --reset to load it afresh).");
            } else {
                if (hasDemo) {
                    services.demo().remove();
                }
                if (!services.demo().isEmpty()) {
                    throw new UserFacingException("This data folder holds imported data, and demo data is only loaded "
                            + "into an empty folder. Use --data-dir to try the demo in another folder.");
                }
                services.demo().load(ProgressListener.NONE);
                out.println("Demo data loaded into " + services.dataDirectory() + ".");
            }
            if (!mode.remove) {
                storeDemoWorkers(services, out);
            }
        }
        out.flush();
        return 0;
    }

    /** The demo's displaced workers under the passphrase given; set up with it when the register has none yet. */
    private void storeDemoWorkers(AppServices services, PrintWriter out) {
        WorkerService workers = services.workers();
        char[] given = passphrase.read(System.getenv());
        if (given.length == 0) {
            out.println("The demo's displaced workers are stored when the register's passphrase is set: in the "
                    + "window, or run this again with " + PassphraseOption.VARIABLE + " set.");
            return;
        }
        if (workers.isSetUp()) {
            workers.unlock(given);
            out.println(workers.replaceDemo() + " demo displaced workers stored under the register's passphrase.");
        } else {
            RecoveryKey key = workers.setUp(given);
            out.println(workers.workers().size() + " demo displaced workers stored under the new passphrase.");
            out.println("Recovery key of the register (shown once; write it down): " + key.text());
        }
    }
}
