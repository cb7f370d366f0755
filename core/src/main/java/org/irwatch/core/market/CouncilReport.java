package org.irwatch.core.market;

import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.irwatch.core.events.EnforcementAction;

/**
 * What the council workbook holds for one area and period: the market's own figures and lists, so the workbook
 * shows what the screens show. Built in memory from a {@link ScopedMarket}; no personal data.
 *
 * @param demoData the data is the invented demo set, which the workbook must say
 * @param councilName a council's name from its GSS code
 */
public record CouncilReport(ScopedMarket market, MarketCharts charts, ReportPeriod period, ZonedDateTime generatedAt,
                            boolean demoData, Function<String, String> councilName) {

    /** A headline figure as the Market screen shows it. @param share of its whole, 0..1; null when none */
    public record FigureLine(MarketFigure figure, int value, Double share) {
    }

    /** A provider with its risk score when it is on the area's watch list (null otherwise). */
    public record ProviderLine(MarketProvider provider, RiskScore risk) {
    }

    /** Suspensions, revocations and workers affected by them with an action date in the period. */
    public record PeriodActions(int suspensions, int revocations, int workersAffected, int allEvents) {
    }

    public String area() {
        return market.label();
    }

    /** Every {@link MarketFigure} in its order, valued by {@link ScopedMarket#value}. */
    public List<FigureLine> figures() {
        return Arrays.stream(MarketFigure.values()).map(f -> new FigureLine(f, market.value(f),
                FigureShare.wholeOf(f).map(whole -> market.share(f, whole)).orElse(null))).toList();
    }

    public PeriodActions periodActions() {
        int suspensions = 0;
        int revocations = 0;
        int workers = 0;
        List<ScopedEvent> events = events();
        for (ScopedEvent event : events) {
            if (event.event().putsWorkersAtRisk()) {
                if (event.event().action() == EnforcementAction.SUSPENDED) {
                    suspensions++;
                } else {
                    revocations++;
                }
                workers += event.event().workersAffected() == null ? 0 : event.event().workersAffected();
            }
        }
        return new PeriodActions(suspensions, revocations, workers, events.size());
    }

    /** The area's providers by name; those on the watch list with their score. */
    public List<ProviderLine> providers() {
        Map<String, RiskScore> scores = new HashMap<>();
        WatchList.of(market).forEach(entry -> scores.put(entry.provider().providerId(), entry.score()));
        return market.providers().stream()
                .map(p -> new ProviderLine(p, scores.get(p.providerId()))).toList();
    }

    public List<PlacedLocation> locations() {
        return market.locations();
    }

    /** Events touching the area with an action date in the period, newest first. */
    public List<ScopedEvent> events() {
        return market.events(period.from(), period.to());
    }

    public List<ScopedMarket.ProviderChange> registerChanges() {
        return market.registerChanges();
    }

    public DataDates dates() {
        return market.dates();
    }

    /** The councils' names, sorted and joined, for a list cell. */
    public String councilNames(java.util.Collection<String> gssCodes) {
        return String.join(", ", gssCodes.stream().map(councilName).sorted().toList());
    }
}
