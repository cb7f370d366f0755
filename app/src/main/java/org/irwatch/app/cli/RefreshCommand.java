package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.imports.ImportReport;
import org.irwatch.core.refresh.RefreshService.Source;
import org.irwatch.core.refresh.RefreshSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code irwatch refresh [--register-only | --cqc-only] [--govuk-url URL] [--cqc-url URL]}: fetch the current
 * register and CQC directory from their publishers and import them. The only command that needs a network.
 */
@Command(name = "refresh", mixinStandardHelpOptions = true, description = {"Download the current Home Office register (from GOV.UK) and CQC directory "
        + "(from the CQC website) and import them as dated snapshots.",
    "Needs a network; without one nothing changes. Both files are downloaded and checked before either is imported.",
    "A file imported before is recognised and skipped."})
final class RefreshCommand implements Callable<Integer> {

    @ParentCommand
    IrWatchCommand parent;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Only only = new Only();

    static final class Only {
        @Option(names = "--register-only", description = "Refresh only the Home Office sponsor register.")
        boolean register;

        @Option(names = "--cqc-only", description = "Refresh only the CQC directory.")
        boolean cqc;
    }

    @Option(names = "--govuk-url", paramLabel = "URL", description = "GOV.UK address (default: "
            + RefreshSettings.GOVUK_URL_VARIABLE + ", else https://www.gov.uk).")
    String govukUrl;

    @Option(names = "--cqc-url", paramLabel = "URL", description = "CQC address (default: "
            + RefreshSettings.CQC_URL_VARIABLE + ", else https://www.cqc.org.uk).")
    String cqcUrl;

    @Override
    public Integer call() {
        RefreshSettings settings = settings();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppServices services = AppServices.open(parent.dataDirectory())) {
            TerminalProgress progress = new TerminalProgress(err);
            List<ImportReport> reports;
            try {
                reports = services.refresh(settings).refresh(sources(), progress);
            } finally {
                progress.clear();
            }
            reports.forEach(report -> ImportCommand.print(out, report));
        }
        out.flush();
        return 0;
    }

    private Set<Source> sources() {
        if (only.register) {
            return EnumSet.of(Source.REGISTER);
        }
        if (only.cqc) {
            return EnumSet.of(Source.CQC_DIRECTORY);
        }
        return EnumSet.allOf(Source.class);
    }

    private RefreshSettings settings() {
        RefreshSettings settings = RefreshSettings.fromEnvironment(System.getenv());
        if (govukUrl != null) {
            settings = settings.withGovukBase(RefreshSettings.parse("GOV.UK", "--govuk-url", govukUrl));
        }
        if (cqcUrl != null) {
            settings = settings.withCqcBase(RefreshSettings.parse("CQC", "--cqc-url", cqcUrl));
        }
        return settings;
    }
}
