package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.irwatch.app.window.IrWatchApplication;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.common.FinancialYear;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.data.db.DataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code irwatch}: with no command opens the window; {@code --help} lists the commands. */
@Command(name = "irwatch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"IR Watch: international recruitment risk in adult social care, for councils.",
            "With no command, opens the window."},
        footer = {"", "Data folder: --data-dir, else IRWATCH_DATA_DIR, else the user's data folder "
            + "(Linux ~/.local/share/irwatch)."})
public final class IrWatchCommand implements Callable<Integer> {

    /** Returned when the window closed normally: the JavaFX runtime ends the process itself. */
    public static final int WINDOW_CLOSED = -1;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Folder of the IR Watch database (default: the user's data folder).")
    String dataDir;

    /** The commands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(InfoCommand.class, ImportCommand.class,
            SnapshotsCommand.class, ChangesCommand.class, MatchCommand.class, DecisionsCommand.class,
            EventsCommand.class, ExportCommand.class, DemoCommand.class, RefreshCommand.class,
            PartnershipsCommand.class, ActivitiesCommand.class, WorkersCommand.class, PostcodesCommand.class,
            CosCommand.class, EmployersCommand.class, PlacementsCommand.class, NoticesCommand.class,
            GrantsCommand.class, NarrativeCommand.class);

    /** The command line with every command, as the help lists them. */
    public static CommandLine commandLine() {
        return withCommands(COMMANDS);
    }

    /**
     * The command line for these arguments: with only the command they name, when they name one. Picocli reads every
     * command's options by reflection when it is added, about a third of a short command's time before it starts;
     * arguments that name none (the help, a mistyped name) get every command, so the help and picocli's suggestions
     * are whole.
     */
    public static CommandLine commandLine(String... args) {
        return withCommands(commandNamed(args).map(List::<Class<?>>of).orElse(COMMANDS));
    }

    /** The command the first argument that is neither an option nor the data folder names. */
    static Optional<Class<?>> commandNamed(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                String name = args[i];
                return COMMANDS.stream().filter(command -> command.getAnnotation(Command.class).name().equals(name))
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    private static CommandLine withCommands(List<Class<?>> commands) {
        CommandLine commandLine = new CommandLine(new IrWatchCommand());
        commands.forEach(commandLine::addSubcommand);
        commandLine.setExecutionExceptionHandler(IrWatchCommand::handleFailure);
        commandLine.registerConverter(LocalDate.class, CommandDates::parse);
        commandLine.registerConverter(FinancialQuarter.class, CommandDates::quarter);
        commandLine.registerConverter(FinancialYear.class, CommandDates::year);
        return commandLine;
    }

    Path dataDirectory() {
        return DataDirectory.resolve(dataDir);
    }

    @Override
    public Integer call() {
        IrWatchApplication.launchWindow(dataDirectory());
        return WINDOW_CLOSED;
    }

    /** One line on stderr and exit 1: a user-facing message as it is, anything else named for a bug report. */
    private static int handleFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof UserFacingException) {
            err.println("irwatch: " + e.getMessage());
        } else {
            err.println("irwatch: unexpected error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                    + ". Please report this with the command you ran.");
        }
        err.flush();
        return 1;
    }
}
