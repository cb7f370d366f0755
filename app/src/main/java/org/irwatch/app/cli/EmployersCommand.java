package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.placements.EmployerField;
import org.irwatch.core.placements.EthicalEmployer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code irwatch employers import FILE [--mapping ...]}: ethical employers and their vacancies. */
@Command(name = "employers", description = "Ethical employers signed up to take displaced workers, with their "
        + "vacancies.", subcommands = EmployersCommand.Import.class)
final class EmployersCommand {

    @ParentCommand
    IrWatchCommand parent;

    @Command(name = "import", description = {"Import a sheet of ethical employers (XLSX or CSV), one a row: CQC "
            + "provider ID or name, contact, licence (held, applied with date, none), vacancies by role, hours, pay, "
            + "transfers, housing, audit tool date, notices. Columns mapped as for the other imports.",
        "All or nothing: a bad row refuses the file with a report by row and column. A provider already signed up "
            + "is updated."})
    static final class Import implements Callable<Integer> {

        @ParentCommand
        EmployersCommand employers;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The sheet (.xlsx or .csv).")
        Path file;

        @Option(names = "--mapping", paramLabel = "HEADER=FIELD,...", description = "Which column holds what, e.g. "
                + "\"Home=provider,Carers wanted=care_worker_posts\". Fields: provider_id, provider, contact, phone, "
                + "email, licence, applied_on, care_worker_posts, senior_care_worker_posts, nurse_posts, hours, pay, "
                + "transfers, housing, audit_tool, notices; none to ignore a column.")
        String mapping;

        @Override
        public Integer call() {
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(employers.parent.dataDirectory())) {
                MappedSheet<EmployerField> sheet = MappedSheet.read(services, file, services.employerMappings(),
                        mapping, terminal);
                List<EthicalEmployer> saved = services.employerImport().run(sheet.table(), sheet.mapping());
                sheet.remember();
                terminal.printf("%,d ethical %s imported.%n", saved.size(), saved.size() == 1 ? "employer" : "employers");
            }
            terminal.flush();
            return 0;
        }
    }
}
