package org.irwatch.app.events;

import java.nio.file.Path;
import java.util.function.Function;
import org.irwatch.core.common.CsvWriter;
import org.irwatch.core.events.EventField;
import org.irwatch.core.events.TrackerImport;
import org.irwatch.core.imports.table.RememberedMappings;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.SheetReader;
import org.irwatch.core.imports.table.SheetTable;

/**
 * What importing a regional tracker takes: reading the file, the mapping of its columns, the import itself, and a CSV
 * of the rows it refused.
 */
public record TrackerPorts(SheetReader reader, RememberedMappings<EventField> mappings, TrackerImport importer,
                           CsvWriter<RowProblem> problemsCsv) {
}
