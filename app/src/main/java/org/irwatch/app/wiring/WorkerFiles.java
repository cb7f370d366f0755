package org.irwatch.app.wiring;

import java.time.Clock;
import java.time.LocalDate;
import org.irwatch.core.common.CsvWriter;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerSummary;
import org.irwatch.data.export.WorkerSummaryCsv;
import org.irwatch.data.export.WorkersCsv;

/** The displaced workers register's files, as ports: the personal list's CSV and the anonymised counts' CSV. */
public final class WorkerFiles {

    private final Clock clock;
    private final CouncilDirectory councils;

    WorkerFiles(Clock clock, CouncilDirectory councils) {
        this.clock = clock;
        this.councils = councils;
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
