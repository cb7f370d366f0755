package org.irwatch.core.quarterly;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.market.DataDates;
import org.irwatch.core.market.ReportPeriod;

/**
 * Everything the DHSC quarterly return of one area holds, gathered in memory from the same rules as the screens, so
 * the workbook only lays it out. No personal data.
 *
 * @param councils each council's figures, by name, then the area's own (each sponsor once) in {@link #area}
 * @param actionsByMonth suspensions and revocations recorded in each month of the year to date, every month present
 * @param sources the records behind each figure of the area, by their IDs
 * @param workers the displaced workers' anonymised counts, or the sentence saying why there are none
 * @param interventionsInQuarter the activity log's entries for the area in the quarter, by kind
 * @param interventionsToDate the same for the year to date
 * @param narrative the area's free text for the quarter; {@link Narrative#isEmpty() empty} when none is recorded
 * @param dataWarnings sentences on data of different dates or old; empty when none
 * @param grants the grant initiatives of the area's year at the quarter's end, or why there are none
 */
public record QuarterlyReturn(String area, List<String> councilNames, FinancialQuarter quarter, ReportPeriod inQuarter,
                              ReportPeriod yearToDate, ZonedDateTime preparedOn, String preparedBy, boolean demoData,
                              DataDates dates, List<String> dataWarnings, ReturnTemplate template,
                              List<AreaFigures> councils, AreaFigures areaFigures,
                              Map<YearMonth, Map<EnforcementAction, Integer>> actionsByMonth,
                              List<Source> sources, WorkerFigures workers, Interventions interventionsInQuarter,
                              Interventions interventionsToDate, GrantSpend grants, Narrative narrative) {

    public QuarterlyReturn {
        councilNames = List.copyOf(councilNames);
        dataWarnings = List.copyOf(dataWarnings);
        councils = List.copyOf(councils);
        sources = List.copyOf(sources);
    }

    /** One council's figures, or the area's, for each measure of the template: at the data dates, quarter, year. */
    public record AreaFigures(String name, Map<ReturnMeasure, Integer> atDataDates, Map<ReturnMeasure, Integer> quarter,
                              Map<ReturnMeasure, Integer> yearToDate) {
        public AreaFigures {
            atDataDates = Map.copyOf(atDataDates);
            quarter = Map.copyOf(quarter);
            yearToDate = Map.copyOf(yearToDate);
        }
    }

    /**
     * The records one figure of the area counts.
     *
     * @param when "at the data dates", the quarter's label or "year to date"
     * @param ids CQC provider or location IDs, or IR Watch event IDs ("event 12"), sorted
     */
    public record Source(String measureLabel, String when, List<String> ids) {
        public Source {
            ids = List.copyOf(ids);
        }
    }
}
