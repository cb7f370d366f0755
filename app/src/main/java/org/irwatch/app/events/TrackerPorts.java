package org.irwatch.app.events;

import java.nio.file.Path;
import java.util.function.Function;
import org.irwatch.core.common.CsvWriter;
import org.irwatch.core.events.RowProblem;
import org.irwatch.core.events.TrackerImport;
import org.irwatch.core.events.TrackerMappings;
import org.irwatch.core.events.TrackerTable;

/**
 * What importing a regional tracker takes: reading the file, the mapping of its columns, the import itself, and a CSV
 * of the rows it refused.
 */
public record TrackerPorts(Function<Path, TrackerTable> reader, TrackerMappings mappings, TrackerImport importer,
                           CsvWriter<RowProblem> problemsCsv) {
}
