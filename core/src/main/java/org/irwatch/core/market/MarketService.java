package org.irwatch.core.market;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Scope;

/**
 * Answers market questions for a {@link Scope}. The whole market is joined in memory once and kept until the data
 * behind it changes (the assembler's version says when), so switching area, ranking and searching stay quick.
 */
public final class MarketService {

    private final CouncilDirectory councils;
    private final MarketRepository repository;
    private final MarketAssembler sources;
    private final DataDateCheck dateCheck;
    private MarketData data;
    private String dataVersion;

    /** With the default largest gap between register and CQC dates; see {@link DataDateCheck}. */
    public MarketService(CouncilDirectory councils, MarketRepository repository, MarketAssembler sources) {
        this(councils, repository, sources, DataDateCheck.withDefaultGap(Clock.systemDefaultZone()));
    }

    public MarketService(CouncilDirectory councils, MarketRepository repository, MarketAssembler sources,
                         DataDateCheck dateCheck) {
        this.councils = councils;
        this.repository = repository;
        this.sources = sources;
        this.dateCheck = dateCheck;
    }

    /** The market held in memory, read again first when the stored data has changed since. */
    public synchronized MarketData data() {
        String version = sources.version();
        if (data == null || !version.equals(dataVersion)) {
            data = MarketData.of(sources.read());
            dataVersion = version;
        }
        return data;
    }

    /**
     * The fingerprint of the stored data the market is read from (a few index look-ups): it changes whenever the
     * market would change, so figures stored with it can be told apart from current ones.
     */
    public String dataVersion() {
        return sources.version();
    }

    public ScopedMarket market(Scope scope) {
        return new ScopedMarket(data(), councilCodes(scope), scope.label());
    }

    /**
     * The market of each council a scope covers, by name, from one reading of the data held (a partnership of 153
     * councils asks for the data's fingerprint once, not 153 times).
     */
    public List<ScopedMarket> councilMarkets(Scope scope) {
        MarketData held = data();
        return councilsOf(scope).stream()
                .map(council -> new ScopedMarket(held, Set.of(council.gssCode()), council.name())).toList();
    }

    public List<WatchListEntry> watchList(Scope scope) {
        return WatchList.of(market(scope));
    }

    public Optional<MarketProvider> provider(String providerId) {
        return data().provider(providerId);
    }

    public List<SearchHit> search(String query, int limit) {
        return MarketSearch.find(data(), query, limit);
    }

    public MarketCharts charts(ScopedMarket market) {
        return new MarketCharts(market, this::councilName);
    }

    /** What the council workbook holds for the area and period. */
    public CouncilReport report(Scope scope, ReportPeriod period, ZonedDateTime generatedAt, boolean demoData) {
        ScopedMarket scoped = market(scope);
        scoped.dates().requireMatchedWhenBothHeld();
        return new CouncilReport(scoped, charts(scoped), period, generatedAt, demoData, this::councilName,
                dateCheck.warnings(scoped.dates(), generatedAt.toLocalDate()), sponsorShareComparators(scope));
    }

    /** Warnings when the data held is of different dates or old, against today; see {@link DataDateCheck}. */
    public List<String> dataWarnings() {
        return dateCheck.warnings(data().dates());
    }

    /**
     * For one council, the sponsor share (of adult social care locations) of its region and of England, to set
     * beside its own; empty for a region, a partnership or England, whose charts compare their councils.
     */
    public List<AreaShare> sponsorShareComparators(Scope scope) {
        if (!(scope instanceof Scope.CouncilScope(Council council))) {
            return List.of();
        }
        return List.of(sponsorShare(new Scope.RegionScope(council.region()), council.region().onsName()),
                sponsorShare(Scope.england(), Scope.england().label()));
    }

    private AreaShare sponsorShare(Scope scope, String area) {
        return new AreaShare(area, market(scope).share(MarketFigure.SPONSOR_LOCATIONS, MarketFigure.LOCATIONS));
    }

    /** Three months to the newest date of the data held; see {@link ReportPeriod#defaultFor}. */
    public ReportPeriod defaultPeriod(LocalDate today) {
        return ReportPeriod.defaultFor(data(), today);
    }

    /** The council's short name; "Council not known" for a location without one. */
    public String councilName(String gssCode) {
        return gssCode == null ? "Council not known"
                : councils.byGssCode(gssCode).map(Council::name).orElse(gssCode);
    }

    public List<ProviderSummary> providers(Scope scope) {
        return repository.providers(councilCodes(scope));
    }

    public List<ProviderLocation> locationsOf(String providerId) {
        return repository.locationsOf(providerId);
    }

    public Optional<RegisterEntry> registerEntry(String organisationKey) {
        return repository.registerEntry(organisationKey);
    }

    /** The GSS codes of the councils a scope covers, as other services take them. */
    public Set<String> councilCodes(Scope scope) {
        return councilsOf(scope).stream().map(Council::gssCode).collect(Collectors.toUnmodifiableSet());
    }

    /** The councils a scope covers, by name. */
    public List<Council> councilsOf(Scope scope) {
        return switch (scope) {
            case Scope.England england -> councils.councils();
            case Scope.RegionScope region -> councils.inRegion(region.region());
            case Scope.CouncilScope council -> List.of(council.council());
            case Scope.PartnershipScope partnership -> partnership.partnership().councils();
        };
    }
}
