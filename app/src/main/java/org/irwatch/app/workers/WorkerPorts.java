package org.irwatch.app.workers;

import org.irwatch.core.common.CsvWriter;
import org.irwatch.core.imports.table.RememberedMappings;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.SheetReader;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerField;
import org.irwatch.core.workers.WorkerImport;
import org.irwatch.core.workers.WorkerSummary;

/**
 * What the screen's imports and exports use of the data module's formats.
 *
 * @param sheets      reads a hub's list (XLSX, ODS, CSV)
 * @param mappings    the column mapping remembered per list layout
 * @param importer    imports a mapped list, all or nothing
 * @param personalCsv every field of the records given: personal data
 * @param summaryCsv  the anonymised counts, small numbers suppressed
 * @param problemsCsv the rows of a refused list with why (personal values withheld by the import)
 */
public record WorkerPorts(SheetReader sheets, RememberedMappings<WorkerField> mappings, WorkerImport importer,
                          CsvWriter<Worker> personalCsv, CsvWriter<WorkerSummary.Row> summaryCsv,
                          CsvWriter<RowProblem> problemsCsv) {
}
