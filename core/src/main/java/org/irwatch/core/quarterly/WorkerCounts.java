package org.irwatch.core.quarterly;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.market.ReportPeriod;
import org.irwatch.core.workers.SummaryCell;
import org.irwatch.core.workers.WorkerService;
import org.irwatch.core.workers.WorkerSummary;

/**
 * The return's displaced workers from the register's anonymised summary ({@link WorkerService#summary}, which needs
 * no passphrase): the workers registered in the period in the area's councils, small numbers held back as the
 * summary holds them. An unused register or none registered gives a sentence, never zeros.
 */
public final class WorkerCounts implements WorkerFigures.Source {

    private static final Map<WorkerTable, WorkerSummary.Dimension> TABLES = Map.of(
            WorkerTable.BY_STAGE, WorkerSummary.Dimension.STAGE,
            WorkerTable.BY_REASON, WorkerSummary.Dimension.REASON,
            WorkerTable.BY_COUNCIL, WorkerSummary.Dimension.COUNCIL,
            WorkerTable.BY_ROLE, WorkerSummary.Dimension.ROLE,
            WorkerTable.BY_NATIONALITY, WorkerSummary.Dimension.NATIONALITY,
            WorkerTable.BY_SEX, WorkerSummary.Dimension.SEX);

    private final WorkerService workers;
    private final Function<String, String> councilName;

    public WorkerCounts(WorkerService workers, Function<String, String> councilName) {
        this.workers = workers;
        this.councilName = councilName;
    }

    @Override
    public WorkerFigures of(Set<String> councils, ReportPeriod period) {
        if (!workers.isSetUp()) {
            return WorkerFigures.unavailable("The displaced-worker register has not been set up in IR Watch, so "
                    + "there are no displaced workers to count.");
        }
        WorkerSummary summary = workers.summary(councils, period.from(), period.to(), councilName);
        if (summary.total().count() == 0) {
            return WorkerFigures.unavailable("No displaced worker on the register was registered in these councils "
                    + "from " + UkDates.longDay(period.from()) + " to " + UkDates.longDay(period.to())
                    + ", so there are none to count.");
        }
        Map<WorkerTable, List<WorkerFigures.Count>> tables = new EnumMap<>(WorkerTable.class);
        TABLES.forEach((table, dimension) -> {
            List<WorkerFigures.Count> counts = new ArrayList<>();
            summary.tables().getOrDefault(dimension, List.of()).forEach(cell -> counts.add(count(cell)));
            tables.put(table, counts);
        });
        return new WorkerFigures(null, count(summary.total()), tables);
    }

    private static WorkerFigures.Count count(SummaryCell cell) {
        return new WorkerFigures.Count(cell.label(), cell.count(), cell.suppressed() ? cell.shown() : null);
    }
}
