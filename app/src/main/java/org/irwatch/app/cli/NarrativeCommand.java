package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.council.Scope;
import org.irwatch.core.quarterly.Narrative;
import org.irwatch.core.quarterly.NarrativeFile;
import org.irwatch.core.quarterly.NarrativeSection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code irwatch narrative show|set --area NAME --quarter 2024-25-Q3 [--file FILE.md]}: an area's narrative for a
 * quarter (progress, learning, risks and issues, next quarter), the free text its DHSC return prints.
 */
@Command(name = "narrative", description = {"Show or set an area's narrative for a financial quarter: progress, "
        + "learning, risks and issues, next quarter. The DHSC return of the area and quarter prints it.",
    "A narrative file is plain text with four headings on lines of their own: # Progress, # Learning, "
        + "# Risks and issues, # Next quarter (README, \"Narrative files\")."},
        subcommands = {NarrativeCommand.Show.class, NarrativeCommand.Set.class})
final class NarrativeCommand {

    @ParentCommand
    IrWatchCommand parent;

    /** The area and quarter both subcommands take. */
    static final class AreaQuarter {
        @Option(names = {"--area", "--council"}, required = true, paramLabel = "NAME",
                description = "A partnership (irwatch partnerships list), a council, a region or \"England\".")
        String area;

        @Option(names = "--quarter", required = true, paramLabel = "2024-25-Q3",
                description = "The financial-year quarter: Q1 April-June, Q2 July-September, Q3 October-December, "
                        + "Q4 January-March.")
        FinancialQuarter quarter;
    }

    @Command(name = "show", description = {"Print the narrative as a narrative file (save it with > FILE.md, edit it, "
            + "and give it back to narrative set).", "Who last edited it, and when, goes to the error stream."})
    static final class Show implements Callable<Integer> {

        @ParentCommand
        NarrativeCommand narrative;

        @Spec
        CommandSpec spec;

        @Mixin
        AreaQuarter where;

        @Override
        public Integer call() {
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(narrative.parent.dataDirectory())) {
                Scope area = services.area(where.area);
                Narrative held = services.narratives().of(area, where.quarter);
                if (held.isEmpty()) {
                    terminal.println("No narrative recorded for " + area.label() + " in " + where.quarter.label()
                            + ". Write one with: irwatch narrative set --area \"" + where.area + "\" --quarter "
                            + where.quarter.code() + " --file FILE.md");
                } else {
                    PrintWriter err = spec.commandLine().getErr();
                    err.println("Narrative for " + area.label() + ", " + where.quarter.label() + ": last edited by "
                            + held.editedBy() + " on " + UkDates.longDay(held.editedAt().atZone(
                            services.clock().getZone()).toLocalDate()) + ".");
                    err.flush();
                    terminal.print(NarrativeFile.format(held));
                }
            }
            terminal.flush();
            return 0;
        }
    }

    @Command(name = "set", description = {"Keep a narrative file as the area's narrative for the quarter, in place of "
            + "the one held. A heading left out leaves that section empty; four empty sections remove the narrative.",
        "Each section holds at most " + Narrative.MAX_CHARS + " characters."})
    static final class Set implements Callable<Integer> {

        @ParentCommand
        NarrativeCommand narrative;

        @Spec
        CommandSpec spec;

        @Mixin
        AreaQuarter where;

        @Option(names = "--file", required = true, paramLabel = "FILE.md",
                description = "The narrative file (UTF-8 text): # Progress, # Learning, # Risks and issues, "
                        + "# Next quarter, each followed by its text.")
        Path file;

        @Override
        public Integer call() {
            Map<NarrativeSection, String> texts = NarrativeFile.parse(read(file), file.getFileName().toString());
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(narrative.parent.dataDirectory())) {
                Scope area = services.area(where.area);
                Narrative saved = services.narratives().save(area, where.quarter, texts);
                if (saved.isEmpty()) {
                    terminal.println("All four sections are empty: the narrative for " + area.label() + " in "
                            + where.quarter.label() + " is removed.");
                } else {
                    terminal.println("Saved the narrative for " + area.label() + ", " + where.quarter.label() + ": "
                            + Arrays.stream(NarrativeSection.values()).map(s -> String.format(Locale.UK,
                                    "%s %,d characters", s.defaultLabel().toLowerCase(Locale.UK),
                                    saved.text(s).length())).collect(Collectors.joining(", ")) + ".");
                }
            }
            terminal.flush();
            return 0;
        }

        private static String read(Path file) {
            return TextFile.read(file, "the narrative file",
                    "Save it again as text (UTF-8) with the four headings.");
        }
    }
}
