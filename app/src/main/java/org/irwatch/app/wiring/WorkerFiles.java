package org.irwatch.app.wiring;

import java.time.Clock;
import java.time.LocalDate;
import org.irwatch.core.common.CsvWriter;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.imports.table.RememberedMappings;
import org.irwatch.core.imports.table.SheetReader;
import org.irwatch.core.settings.SettingsRepository;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerField;
import org.irwatch.core.workers.WorkerSummary;
import org.irwatch.data.export.WorkerSummaryCsv;
import org.irwatch.data.export.WorkersCsv;

/**
 * The displaced workers register's files, as ports: hubs' lists read (with the column mapping remembered per layout),
 * the personal list's CSV and the anonymised counts' CSV.
 */
public final class WorkerFiles {

    /** Where the mappings chosen for hubs' lists are kept in the settings. */
    static final String MAPPING_PREFIX = "workers.mapping.";

    private final Clock clock;
    private final CouncilDirectory councils;
    private final SheetReader sheets;
    private final RememberedMappings<WorkerField> mappings;

    WorkerFiles(Clock clock, CouncilDirectory councils, SheetReader sheets, SettingsRepository settings) {
        this.clock = clock;
        this.councils = councils;
        this.sheets = sheets;
        this.mappings = new RememberedMappings<>(settings, MAPPING_PREFIX, WorkerField.IMPORT);
    }

    /** A hub's list (XLSX, ODS or CSV) read whole, its first row the headers. */
    public SheetReader sheets() {
        return sheets;
    }

    /** The mapping last chosen for a list's headers, else the one its header names suggest. */
    public RememberedMappings<WorkerField> mappings() {
        return mappings;
    }

    /** Every field of the records given, with today's days to deadline and since contact: personal data. */
    public CsvWriter<Worker> list() {
        return WorkersCsv.writer(LocalDate.now(clock), this::councilName);
    }

    /** The counts as {@code dimension,category,count}. */
    public CsvWriter<WorkerSummary.Row> summary() {
        return WorkerSummaryCsv::write;
    }

    /** A council's name for its GSS code; the code itself when the council is not known. */
    public String councilName(String gss) {
        return councils.byGssCode(gss).map(Council::name).orElse(gss);
    }
}
