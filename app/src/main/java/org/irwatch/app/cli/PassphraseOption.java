package org.irwatch.app.cli;

import java.nio.file.Path;
import java.util.Map;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.workers.WorkerService;
import picocli.CommandLine.Option;

/**
 * Where a command finds the register's passphrase: a file named with --passphrase-file, else the environment variable
 * IRWATCH_PASSPHRASE. Never an argument: arguments show in the process list and the shell's history.
 */
final class PassphraseOption {

    static final String VARIABLE = "IRWATCH_PASSPHRASE";

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "A file whose first line is the register's passphrase (else the environment variable "
                    + VARIABLE + ").")
    Path file;

    /** The passphrase given; empty when none was. */
    char[] read(Map<String, String> environment) {
        if (file != null) {
            String first = TextFile.read(file, "the passphrase file",
                    "Save it again as text (UTF-8) with the passphrase on its first line.")
                    .lines().findFirst().orElse("");
            if (first.isEmpty()) {
                throw new UserFacingException("The passphrase file " + file.toAbsolutePath() + " is empty. Put the "
                        + "register's passphrase on its first line.");
            }
            return first.toCharArray();
        }
        String value = environment.get(VARIABLE);
        return value == null ? new char[0] : value.toCharArray();
    }

    /** Opens the register with the passphrase given, or says in one line what to do. */
    void unlock(WorkerService workers, Map<String, String> environment) {
        if (!workers.isSetUp()) {
            throw new UserFacingException("The displaced workers register has no passphrase yet. Set one with "
                    + "'irwatch workers set-up' or in the window's Displaced workers screen.");
        }
        char[] passphrase = read(environment);
        if (passphrase.length == 0) {
            throw new UserFacingException("The displaced workers register is locked. Give its passphrase in the "
                    + "environment variable " + VARIABLE + " or in a file named with --passphrase-file FILE.");
        }
        workers.unlock(passphrase);
    }
}
