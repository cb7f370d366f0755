package org.irwatch.core.market;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What the council workbook holds for one area and period: the market's own figures and lists, so the workbook
 * shows what the screens show. Built in memory from a {@link ScopedMarket}; no personal data.
 *
 * @param demoData the data is the invented demo set, which the workbook must say
 * @param councilName a council's name from its GSS code
 * @param dataWarnings sentences on data of different dates or old ({@link DataDateCheck}); empty when none
 * @param sponsorShareComparators the region's and England's sponsor share beside one council's; empty otherwise
 */
public record CouncilReport(ScopedMarket market, MarketCharts charts, ReportPeriod period, ZonedDateTime generatedAt,
                            boolean demoData, Function<String, String> councilName, List<String> dataWarnings,
                            List<AreaShare> sponsorShareComparators) {

    public CouncilReport {
        dataWarnings = List.copyOf(dataWarnings);
        sponsorShareComparators = List.copyOf(sponsorShareComparators);
    }

    /** A provider with its risk score when it is on the area's watch list (null otherwise). */
    public record ProviderLine(MarketProvider provider, RiskScore risk) {
    }

    public String area() {
        return market.label();
    }

    /** Every {@link MarketFigure} in its order, as {@link ScopedMarket#figure} gives it (missing ones without value). */
    public List<FigureValue> figures() {
        return market.figures();
    }

    /** Suspensions and revocations in the period, each sponsor once under its latest; see {@link AreaActions}. */
    public AreaActions periodActions() {
        return market.actionsIn(period.from(), period.to());
    }

    /**
     * The area's providers, those on the watch list first in its order (sure sponsors by risk score, highest first,
     * then possible sponsors the same way), with their score; then the rest by name.
     */
    public List<ProviderLine> providers() {
        List<ProviderLine> lines = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (WatchListEntry entry : WatchList.of(market)) {
            lines.add(new ProviderLine(entry.provider(), entry.score()));
            listed.add(entry.provider().providerId());
        }
        market.providers().stream().filter(p -> !listed.contains(p.providerId()))
                .forEach(p -> lines.add(new ProviderLine(p, null)));
        return lines;
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
