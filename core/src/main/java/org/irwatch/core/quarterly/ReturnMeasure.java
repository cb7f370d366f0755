package org.irwatch.core.quarterly;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.market.AreaActions;
import org.irwatch.core.market.MarketFigure;
import org.irwatch.core.market.MarketLocation;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.ScopedEvent;
import org.irwatch.core.market.ScopedMarket;

/**
 * Every measure the return's Market and licence actions sheet can hold, by the code a template names it with. A
 * measure is either counted at the data dates (the market as the newest CQC and register data show it) or in a
 * period (the quarter, and the year to date), each from the same rule as the Market screen.
 */
public enum ReturnMeasure implements ReturnTemplate.Coded {
    PROVIDERS("providers", "Care providers", MarketFigure.PROVIDERS),
    LOCATIONS("locations", "Adult social care locations", MarketFigure.LOCATIONS),
    CARE_HOMES("care_homes", "Care homes", MarketFigure.CARE_HOMES),
    HOME_CARE("home_care", "Home care locations", MarketFigure.HOME_CARE),
    SPONSORS("sponsors", "Providers holding a sponsor licence (Skilled Worker / Health and Care)",
            MarketFigure.SPONSORS),
    SPONSORS_OTHER_ROUTES("sponsors_other_routes", "Sponsors on other routes only", MarketFigure.SPONSORS_OTHER_ROUTES),
    SPONSOR_LOCATIONS("sponsor_locations", "Locations run by sponsors", MarketFigure.SPONSOR_LOCATIONS),
    REGISTER_REMOVED("register_removed", "Register signal: sponsors removed from the register",
            MarketFigure.REMOVED_SINCE_LAST),
    REGISTER_DOWNGRADED("register_downgraded", "Register signal: sponsors downgraded to B",
            MarketFigure.DOWNGRADED_SINCE_LAST),
    SUSPENDED_SPONSORS("suspended_sponsors", "Sponsors suspended (early warning)", (a, c) -> a.suspended().size(),
            Behind.EVENTS_SUSPENDED),
    SUSPENDED_LOCATIONS("suspended_locations", "Locations of suspended sponsors",
            (a, c) -> AreaActions.locations(a.suspended(), c), Behind.LOCATIONS_SUSPENDED),
    SUSPENDED_WORKERS("suspended_workers", "Workers at suspended sponsors", (a, c) -> a.workersSuspended(),
            Behind.EVENTS_SUSPENDED),
    REVOKED_SPONSORS("revoked_sponsors", "Sponsors revoked (issue escalation)", (a, c) -> a.revoked().size(),
            Behind.EVENTS_REVOKED),
    REVOKED_LOCATIONS("revoked_locations", "Locations of revoked sponsors",
            (a, c) -> AreaActions.locations(a.revoked(), c), Behind.LOCATIONS_REVOKED),
    REVOKED_WORKERS("revoked_workers", "Workers at revoked sponsors", (a, c) -> a.workersRevoked(),
            Behind.EVENTS_REVOKED),
    WORKERS_TOTAL("workers_total", "Workers at suspended or revoked sponsors (total)", (a, c) -> a.workersTotal(),
            Behind.EVENTS_BOTH),
    SUPERSEDED_ACTIONS("superseded_actions", "Earlier actions on the same sponsors, counted under the latest",
            (a, c) -> a.superseded().size(), Behind.EVENTS_SUPERSEDED);

    /** A count of the period's actions in an area given by its councils. */
    @FunctionalInterface
    private interface PeriodCount {
        int of(AreaActions actions, Set<String> councils);
    }

    /** What the records behind a period measure are. */
    private enum Behind { EVENTS_SUSPENDED, EVENTS_REVOKED, EVENTS_BOTH, EVENTS_SUPERSEDED, LOCATIONS_SUSPENDED,
        LOCATIONS_REVOKED }

    private final String code;
    private final String label;
    private final MarketFigure figure;
    private final PeriodCount inPeriod;
    private final Behind behind;

    ReturnMeasure(String code, String label, MarketFigure figure) {
        this.code = code;
        this.label = label;
        this.figure = figure;
        this.inPeriod = null;
        this.behind = null;
    }

    ReturnMeasure(String code, String label, PeriodCount inPeriod, Behind behind) {
        this.code = code;
        this.label = label;
        this.figure = null;
        this.inPeriod = inPeriod;
        this.behind = behind;
    }

    @Override
    public String code() {
        return code;
    }

    /** The label the default template gives it. */
    public String defaultLabel() {
        return label;
    }

    /** Counted in a period (quarter, year to date) rather than at the data dates. */
    public boolean inPeriod() {
        return figure == null;
    }

    public static Optional<ReturnMeasure> byCode(String code) {
        return ReturnTemplate.Coded.byCode(values(), code);
    }

    /** The measure at the data dates; only for measures not {@link #inPeriod}. */
    int atDataDates(ScopedMarket market) {
        return market.value(figure);
    }

    /** The measure in a period of which {@code actions} are the suspensions and revocations. */
    int in(AreaActions actions, ScopedMarket market) {
        return inPeriod.of(actions, market.councils());
    }

    /**
     * The IDs of the records a figure at the data dates counts: CQC provider or location IDs.
     */
    List<String> recordsAtDataDates(ScopedMarket market) {
        if (figure.listsLocations()) {
            return market.locationsBehind(figure).stream().map(l -> l.location().locationId()).sorted().toList();
        }
        return market.providersBehind(figure).stream().map(MarketProvider::providerId).sorted().toList();
    }

    /** The IDs of the records a period figure counts: IR Watch event IDs, or CQC location IDs. */
    List<String> recordsIn(AreaActions actions, ScopedMarket market) {
        return switch (behind) {
            case EVENTS_SUSPENDED -> eventIds(actions.suspended());
            case EVENTS_REVOKED -> eventIds(actions.revoked());
            case EVENTS_BOTH -> eventIds(actions.all());
            case EVENTS_SUPERSEDED -> eventIds(actions.superseded());
            case LOCATIONS_SUSPENDED -> locationIds(actions.suspended(), market.councils());
            case LOCATIONS_REVOKED -> locationIds(actions.revoked(), market.councils());
        };
    }

    private static List<String> eventIds(List<ScopedEvent> events) {
        return events.stream().map(e -> e.event().id()).sorted().map(id -> "event " + id).toList();
    }

    private static List<String> locationIds(List<ScopedEvent> events, Set<String> councils) {
        return AreaActions.providers(events).stream().flatMap(p -> p.locationsIn(councils).stream())
                .map(MarketLocation::locationId).sorted().toList();
    }
}
