package org.irwatch.core.placements;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.workers.WorkerFacets;

/**
 * Finds placements over the market held in memory (ADR 0032) and keeps what people enter for them: ethical employers,
 * exclusions. The joined {@link PlacementMarket} is kept until the market or the placement data changes, so a fair's
 * two hundred searches each read only memory.
 */
public final class PlacementService {

    private final MarketService market;
    private final PlacementRows rows;
    private final PlacementStore store;
    private final Clock clock;
    private final String user;
    private PlacementMarket joined;
    private String joinedVersion;

    /** @param user who exclusions are recorded as made by (the computer's user name, as for events) */
    public PlacementService(MarketService market, PlacementRows rows, PlacementStore store, Clock clock, String user) {
        this.market = market;
        this.rows = rows;
        this.store = store;
        this.clock = clock;
        this.user = user;
    }

    /** The joined data, read again first when the market or the placement data has changed. */
    public synchronized PlacementMarket placementMarket() {
        String version = market.dataVersion() + "|" + rows.version();
        if (joined == null || !version.equals(joinedVersion)) {
            joined = new PlacementMarket(market.data(), rows.locationSites(), rows.districtCentres(),
                    rows.spareCertificates(), rows.employers(), rows.exclusions());
            joinedVersion = version;
        }
        return joined;
    }

    public PlacementResult find(PlacementQuery query) {
        return PlacementFinder.find(placementMarket(), query);
    }

    /** Many searches over the same data, checked for changes once: a fair's shortlists. */
    public List<PlacementResult> findAll(List<PlacementQuery> queries) {
        PlacementMarket same = placementMarket();
        return queries.stream().map(query -> PlacementFinder.find(same, query)).toList();
    }

    /** Leaves the provider out of every search from now on, with why. */
    public void exclude(String providerId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("Say why the provider is excluded: the reason is kept and shown with it.");
        }
        store.exclude(new ProviderExclusion(providerId, reason.strip(), user, clock.instant()));
    }

    /** Takes back a provider's exclusion. */
    public void include(String providerId) {
        store.include(providerId);
    }

    /**
     * The anonymised notice for an area (a council, a partnership, a region or England), counted from the register's
     * anonymous facets, to the employers who opted in; see {@link WorkerNotice}. Needs no passphrase.
     */
    public WorkerNotice notice(Scope area, List<WorkerFacets> facets) {
        return WorkerNotice.of(areaName(area), market.councilCodes(area), facets, employers());
    }

    /**
     * The area as a notice names it: "West Midlands", not the picker's "West Midlands (region)"; a partnership by its
     * name.
     */
    public static String areaName(Scope scope) {
        return switch (scope) {
            case Scope.England england -> england.label();
            case Scope.RegionScope region -> region.region().onsName();
            case Scope.CouncilScope council -> council.council().name();
            case Scope.PartnershipScope partnership -> partnership.partnership().name();
        };
    }

    /** Records that a notice was sent, to whom (how many) and by whom. */
    public SentNotice recordNotice(WorkerNotice notice) {
        SentNotice sent = new SentNotice(notice.area(), notice.recipients().size(), user, clock.instant());
        store.recordNotice(notice.area(), notice.text(), sent.recipients(), sent.sentBy(), sent.sentAt());
        return sent;
    }

    /** The notice for the area last recorded as sent; empty when none was. */
    public Optional<SentNotice> lastNotice(Scope area) {
        return store.lastNotice(areaName(area));
    }

    public List<EthicalEmployer> employers() {
        return placementMarket().employers().stream()
                .sorted(java.util.Comparator.comparing(EthicalEmployer::providerName)).toList();
    }

    public EthicalEmployer saveEmployer(EthicalEmployer employer) {
        return store.saveEmployer(employer, clock.instant());
    }

    public void saveEmployers(List<EthicalEmployer> employers) {
        store.saveEmployers(employers, clock.instant());
    }

    public void deleteEmployer(long id) {
        store.deleteEmployer(id);
    }

    public MarketService market() {
        return market;
    }

    public Clock clock() {
        return clock;
    }

    public String user() {
        return user;
    }

    PlacementStore store() {
        return store;
    }
}
