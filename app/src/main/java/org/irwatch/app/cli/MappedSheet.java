package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.ImportField;
import org.irwatch.core.imports.table.RememberedMappings;
import org.irwatch.core.imports.table.SheetTable;

/**
 * A sheet read for a mapped import on the command line: the mapping remembered for its headers (else guessed),
 * changed by {@code --mapping}, printed column by column; remembered once the import has run.
 */
record MappedSheet<F extends Enum<F> & ImportField>(SheetTable table, ColumnMapping<F> mapping,
                                                    RememberedMappings<F> remembered) {

    static <F extends Enum<F> & ImportField> MappedSheet<F> read(AppServices services, Path file,
                                                                 RememberedMappings<F> remembered, String mappingText,
                                                                 PrintWriter terminal) {
        SheetTable table = services.formats().readSheet().read(file);
        ColumnMapping<F> offered = remembered.offer(table.header());
        ColumnMapping<F> chosen = mappingText == null ? offered : offered.parse(mappingText);
        terminal.println("Columns: " + String.join(", ", table.header().stream().map(header -> "'" + header + "' → "
                + chosen.fieldOf(header).map(ImportField::code).orElse("none")).toList()));
        return new MappedSheet<>(table, chosen, remembered);
    }

    void remember() {
        remembered.remember(table.header(), mapping);
    }
}
