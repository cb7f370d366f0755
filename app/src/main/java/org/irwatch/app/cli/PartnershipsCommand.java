package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.council.Partnership;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code irwatch partnerships add NAME --councils "A,B" | list | remove NAME}: named sets of councils that report
 * together; every {@code --council}/{@code --area} option then takes the name.
 */
@Command(name = "partnerships", description = "Add, list or remove partnerships: named sets of councils that report "
        + "together, e.g. \"Coventry and Warwickshire\". Every --council or --area option takes their names.",
        subcommands = {PartnershipsCommand.Add.class, PartnershipsCommand.ListPartnerships.class,
            PartnershipsCommand.Remove.class})
final class PartnershipsCommand {

    @ParentCommand
    IrWatchCommand parent;

    @Command(name = "add", description = "Add a partnership of any councils, in any regions.")
    static final class Add implements Callable<Integer> {

        @ParentCommand
        PartnershipsCommand partnerships;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The partnership's name, e.g. \"Coventry and Warwickshire\".")
        String name;

        @Option(names = "--councils", required = true, paramLabel = "\"A,B,...\"",
                description = "Its councils, separated by commas, named as any source writes them.")
        String councils;

        @Override
        public Integer call() {
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(partnerships.parent.dataDirectory())) {
                Partnership added = services.partnerships().add(name, Arrays.asList(councils.split(",")));
                terminal.println("Added the partnership " + added.name() + ": " + added.councilNames() + ".");
            }
            terminal.flush();
            return 0;
        }
    }

    @Command(name = "list", description = "List the partnerships, one a line: name, number of councils, councils.")
    static final class ListPartnerships implements Callable<Integer> {

        @ParentCommand
        PartnershipsCommand partnerships;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(partnerships.parent.dataDirectory())) {
                List<Partnership> all = services.partnerships().all();
                if (all.isEmpty()) {
                    terminal.println("No partnership is recorded yet. Add one with: irwatch partnerships add "
                            + "\"Coventry and Warwickshire\" --councils \"Coventry,Warwickshire\"");
                }
                all.forEach(p -> terminal.printf("%s (%d council%s): %s%n", p.name(), p.councils().size(),
                        p.councils().size() == 1 ? "" : "s", p.councilNames()));
            }
            terminal.flush();
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove a partnership; its councils are untouched.")
    static final class Remove implements Callable<Integer> {

        @ParentCommand
        PartnershipsCommand partnerships;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The partnership's name.")
        String name;

        @Override
        public Integer call() {
            PrintWriter terminal = spec.commandLine().getOut();
            try (AppServices services = AppServices.open(partnerships.parent.dataDirectory())) {
                Partnership removed = services.partnerships().remove(name);
                terminal.println("Removed the partnership " + removed.name() + ".");
            }
            terminal.flush();
            return 0;
        }
    }
}
