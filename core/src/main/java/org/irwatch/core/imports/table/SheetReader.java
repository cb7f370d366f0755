package org.irwatch.core.imports.table;

import java.nio.file.Path;

/** Reads a sheet a person keeps (CSV in any common encoding, XLSX or ODS): its header row and the rows under it. */
@FunctionalInterface
public interface SheetReader {

    /** Fails with a sentence the user can act on when the file is not a readable sheet. */
    SheetTable read(Path file);
}
