package org.irwatch.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.quarterly.QuarterlyReturn;
import org.irwatch.core.quarterly.ReturnMeasure;
import org.irwatch.core.quarterly.ReturnTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code irwatch export return --area NAME --quarter 2024-25-Q3 [--template FILE] --out FILE.xlsx}. */
@Command(name = "return", description = {"Write the DHSC quarterly return (.xlsx) of an area: cover, market and "
        + "licence actions by council for the quarter and the year to date with a chart by month, displaced workers "
        + "(anonymised), and the records behind every figure.",
    "The template (docs/dhsc-return-template.md) decides the measures, their labels and order."})
final class ExportReturnCommand implements Callable<Integer> {

    @ParentCommand
    ExportCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"--area", "--council"}, required = true, paramLabel = "NAME",
            description = "A partnership (irwatch partnerships list), a council, a region or \"England\".")
    String area;

    @Option(names = "--quarter", required = true, paramLabel = "2024-25-Q3",
            description = "The financial-year quarter: Q1 April-June, Q2 July-September, Q3 October-December, "
                    + "Q4 January-March.")
    FinancialQuarter quarter;

    @Option(names = "--template", paramLabel = "FILE.txt", description = "A return template of your own "
            + "(default: the one shipped, see docs/dhsc-return-template.md).")
    Path template;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The workbook to write.")
    Path out;

    @Override
    public Integer call() {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out must name an Excel workbook ending in .xlsx, not " + out.getFileName());
        }
        ReturnTemplate layout = template == null ? ReturnTemplate.defaults() : read(template);
        PrintWriter terminal = spec.commandLine().getOut();
        try (AppServices services = AppServices.open(parent.parent.dataDirectory())) {
            var scope = services.area(area);
            ExportCouncilCommand.matchIfStale(services, spec);
            QuarterlyReturn written = services.quarterlyReturn(scope, quarter, layout);
            services.formats().returnWorkbook().accept(written, out);
            terminal.printf(Locale.UK, "DHSC quarterly return for %s, %s: %s; in the quarter %,d sponsors suspended "
                            + "and %,d revoked. Written to %s%n", written.area(), quarter.label(),
                    written.councilNames().size() == 1 ? "1 council" : written.councilNames().size() + " councils",
                    count(written, ReturnMeasure.SUSPENDED_SPONSORS), count(written, ReturnMeasure.REVOKED_SPONSORS),
                    out.toAbsolutePath());
        }
        terminal.flush();
        return 0;
    }

    /** The area's count in the quarter, whether or not the template shows the measure. */
    private static int count(QuarterlyReturn written, ReturnMeasure measure) {
        return written.areaFigures().quarter().getOrDefault(measure, 0);
    }

    private static ReturnTemplate read(Path file) {
        try {
            return ReturnTemplate.parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new UserFacingException("IR Watch could not read the return template " + file + " ("
                    + e.getMessage() + "). Give a text file, e.g. a copy of docs/dhsc-return-template.md's example.", e);
        }
    }
}
