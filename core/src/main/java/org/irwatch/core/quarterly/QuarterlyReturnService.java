package org.irwatch.core.quarterly;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.irwatch.core.activities.Activity;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.council.Scope;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.market.AreaActions;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.ReportPeriod;
import org.irwatch.core.market.ScopedMarket;

/**
 * Gathers the DHSC quarterly return of an area: each council's figures and the area's own (each sponsor once, never
 * the councils' sum), for the quarter and the financial year to its end, from the same {@link ScopedMarket} and
 * {@link AreaActions} rules as the Market screen.
 */
public final class QuarterlyReturnService {

    /** Who prepared a return, and when; whether its data is the demo; the data's warnings. */
    public record Preparation(ZonedDateTime on, String by, boolean demoData, List<String> dataWarnings) {
    }

    private final MarketService market;
    private final WorkerFigures.Source workers;
    private final Supplier<List<Activity>> activities;
    private final GrantSpend.Source grants;
    private final NarrativeRepository narratives;
    private final Function<String, String> areaLabel;

    /**
     * @param workers the displaced workers' anonymised counts of an area and period, or why there are none
     * @param activities the activity log, every entry
     * @param grants the grant initiatives of a year within an area
     * @param narratives each area's free text per quarter
     * @param areaLabel an area's name from its key, for the initiatives of an area within the return's
     */
    public QuarterlyReturnService(MarketService market, WorkerFigures.Source workers,
                                  Supplier<List<Activity>> activities, GrantSpend.Source grants,
                                  NarrativeRepository narratives, Function<String, String> areaLabel) {
        this.market = market;
        this.workers = workers;
        this.activities = activities;
        this.grants = grants;
        this.narratives = narratives;
        this.areaLabel = areaLabel;
    }

    public QuarterlyReturn gather(Scope area, FinancialQuarter quarter, ReturnTemplate template,
                                  Preparation preparation) {
        ReportPeriod inQuarter = ReportPeriod.of(quarter);
        ReportPeriod yearToDate = inQuarter.yearToDate();
        List<ReturnMeasure> measures = template.market().stream().map(ReturnTemplate.Line::measure).toList();
        ScopedMarket whole = market.market(area);
        whole.dates().requireMatchedWhenBothHeld();
        List<Activity> log = activities.get();
        GrantSpend spend = GrantSpend.of(grants.within(whole.councils(), quarter.year()), quarter, area,
                areaLabel);
        List<QuarterlyReturn.AreaFigures> councils = new ArrayList<>();
        for (ScopedMarket one : market.councilMarkets(area)) {
            councils.add(figures(one.label(), one, measures, inQuarter, yearToDate));
        }
        return new QuarterlyReturn(area.label(), councils.stream().map(QuarterlyReturn.AreaFigures::name).toList(),
                quarter, inQuarter,
                yearToDate, preparation.on(), preparation.by(), preparation.demoData(), whole.dates(),
                preparation.dataWarnings(), template, councils,
                figures(area.label(), whole, measures, inQuarter, yearToDate),
                byMonth(whole, yearToDate), sources(template, whole, inQuarter, yearToDate, log, spend),
                workers.of(whole.councils(), yearToDate), Interventions.of(log, whole.councils(), inQuarter),
                Interventions.of(log, whole.councils(), yearToDate), spend,
                narratives.find(area.key(), quarter).orElseGet(() -> Narrative.none(area.key(), quarter)));
    }

    private static QuarterlyReturn.AreaFigures figures(String name, ScopedMarket market, List<ReturnMeasure> measures,
                                                       ReportPeriod inQuarter, ReportPeriod yearToDate) {
        AreaActions quarter = market.actionsIn(inQuarter.from(), inQuarter.to());
        AreaActions year = market.actionsIn(yearToDate.from(), yearToDate.to());
        Map<ReturnMeasure, Integer> atDates = new EnumMap<>(ReturnMeasure.class);
        Map<ReturnMeasure, Integer> inQ = new EnumMap<>(ReturnMeasure.class);
        Map<ReturnMeasure, Integer> ytd = new EnumMap<>(ReturnMeasure.class);
        for (ReturnMeasure measure : measures) {
            if (measure.inPeriod()) {
                inQ.put(measure, measure.in(quarter, market));
                ytd.put(measure, measure.in(year, market));
            } else {
                atDates.put(measure, measure.atDataDates(market));
            }
        }
        return new QuarterlyReturn.AreaFigures(name, atDates, inQ, ytd);
    }

    /** Suspensions and revocations recorded in each month of the year to date; every month present. */
    private Map<YearMonth, Map<EnforcementAction, Integer>> byMonth(ScopedMarket whole, ReportPeriod yearToDate) {
        Map<YearMonth, Map<EnforcementAction, Integer>> recorded = market.charts(whole)
                .actionsByMonth(yearToDate.from(), yearToDate.to());
        Map<YearMonth, Map<EnforcementAction, Integer>> months = new LinkedHashMap<>();
        for (YearMonth month : yearToDate.months()) {
            months.put(month, recorded.getOrDefault(month, Map.of()));
        }
        return months;
    }

    private static List<QuarterlyReturn.Source> sources(ReturnTemplate template, ScopedMarket whole,
                                                        ReportPeriod inQuarter, ReportPeriod yearToDate,
                                                        List<Activity> log, GrantSpend spend) {
        AreaActions quarter = whole.actionsIn(inQuarter.from(), inQuarter.to());
        AreaActions year = whole.actionsIn(yearToDate.from(), yearToDate.to());
        String quarterName = inQuarter.name().orElse(inQuarter.label());
        List<QuarterlyReturn.Source> sources = new ArrayList<>();
        for (ReturnTemplate.Line<ReturnMeasure> line : template.market()) {
            ReturnMeasure measure = line.measure();
            if (measure.inPeriod()) {
                sources.add(new QuarterlyReturn.Source(line.label(), quarterName, measure.recordsIn(quarter, whole)));
                sources.add(new QuarterlyReturn.Source(line.label(), "Year to date",
                        measure.recordsIn(year, whole)));
            } else {
                sources.add(new QuarterlyReturn.Source(line.label(), "At the data dates",
                        measure.recordsAtDataDates(whole)));
            }
        }
        if (!template.interventions().isEmpty()) {
            for (ReportPeriod period : List.of(inQuarter, yearToDate)) {
                sources.add(new QuarterlyReturn.Source("Interventions and engagement (activity log)",
                        period == inQuarter ? quarterName : "Year to date", Interventions.of(log, whole.councils(),
                        period).activities().stream().map(a -> "activity " + a.id()).toList()));
            }
        }
        if (!template.grants().isEmpty()) {
            sources.add(new QuarterlyReturn.Source("Grant spend (initiatives)", quarterName, spend.initiatives()
                    .stream().map(i -> "initiative " + i.id() + " (" + i.name() + ")").toList()));
        }
        return sources;
    }

    /** The GSS codes of an area, as the workers' counts are filtered by. */
    public Set<String> councilCodes(Scope area) {
        return market.councilCodes(area);
    }
}
