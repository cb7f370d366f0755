package org.irwatch.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code irwatch export KIND ...}: workbooks for reporting. */
@Command(name = "export", description = "Write a workbook for reporting.", subcommands = {ExportCouncilCommand.class, ExportReturnCommand.class})
final class ExportCommand implements Runnable {

    @ParentCommand
    IrWatchCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Say what to export, e.g. irwatch export council --council Birmingham --out Birmingham.xlsx");
    }
}
