package org.irwatch.core.market;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.events.EnforcementAction;

/**
 * Each headline figure of the Market screen and the council workbook, with the rule that picks the providers,
 * locations or events behind it. The figure's value and the list a click opens come from the same rule, so they
 * always agree. Only sure matches (High or Confirmed, {@link MarketProvider#isSponsor}) count as sponsors; Medium and
 * Low matches are counted apart as possible sponsors. A bed figure has no value when the CQC file held no beds.
 */
public enum MarketFigure {
    PROVIDERS("Providers", Level.PROVIDERS, Rule.always()),
    LOCATIONS("Locations", Level.LOCATIONS, Rule.always()),
    CARE_HOMES("Care homes", Level.LOCATIONS, (p, l, s) -> l.careHome()),
    CARE_HOME_BEDS("Care home beds", Level.BEDS, (p, l, s) -> l.careHome()),
    HOME_CARE("Home care locations", Level.LOCATIONS, (p, l, s) -> l.homeCare()),
    /** Providers holding a licence on a route care providers recruit on; see {@link WorkerRoutes}. */
    SPONSORS("Providers holding a sponsor licence (Skilled Worker / Health and Care)", Level.PROVIDERS,
            (p, l, s) -> p.isSponsor() && p.onWorkerRoute()),
    /** Sure sponsors whose licence is on other routes only (e.g. Creative & Sporting): counted apart. */
    SPONSORS_OTHER_ROUTES("Sponsors on other routes only", Level.PROVIDERS,
            (p, l, s) -> p.isSponsor() && !p.onWorkerRoute()),
    /** Matched only at Medium or Low: listed for review, never in a sponsor figure, share or total. */
    UNCERTAIN_SPONSORS("Possible sponsors — to review", Level.PROVIDERS, (p, l, s) -> p.isUncertainSponsor()),
    SPONSOR_LOCATIONS("Sponsor locations", Level.LOCATIONS, (p, l, s) -> p.isSponsor()),
    SPONSOR_CARE_HOMES("Sponsor care homes", Level.LOCATIONS, (p, l, s) -> p.isSponsor() && l.careHome()),
    SPONSOR_CARE_HOME_BEDS("Sponsor care home beds", Level.BEDS, (p, l, s) -> p.isSponsor() && l.careHome()),
    SPONSOR_HOME_CARE("Sponsor home care locations", Level.LOCATIONS, (p, l, s) -> p.isSponsor() && l.homeCare()),
    SUSPENDED_PROVIDERS("Providers suspended (early warning)", Level.PROVIDERS, (p, l, s) -> p.status() == LicenceStatus.SUSPENDED),
    SUSPENDED_LOCATIONS("Locations suspended (early warning)", Level.LOCATIONS, (p, l, s) -> p.status() == LicenceStatus.SUSPENDED),
    REVOKED_PROVIDERS("Providers revoked (issue escalation)", Level.PROVIDERS, (p, l, s) -> p.status() == LicenceStatus.REVOKED),
    REVOKED_LOCATIONS("Locations revoked (issue escalation)", Level.LOCATIONS, (p, l, s) -> p.status() == LicenceStatus.REVOKED),
    WORKERS_SUSPENDED("Workers at suspended sponsors (early warning)", Level.WORKERS, Rule.always(),
            EnforcementAction.SUSPENDED),
    WORKERS_REVOKED("Workers at revoked sponsors (issue escalation)", Level.WORKERS, Rule.always(),
            EnforcementAction.REVOKED),
    /** Suspended and revoked together, each sponsor once: always labelled a total. */
    WORKERS_AT_RISK("Workers at suspended or revoked sponsors (total)", Level.WORKERS, Rule.always(),
            EnforcementAction.SUSPENDED, EnforcementAction.REVOKED),
    REMOVED_SINCE_LAST("Register signal: sponsors removed from the register since the previous one", Level.PROVIDERS,
            (p, l, s) -> p.removedFromRegisterSinceLast()),
    DOWNGRADED_SINCE_LAST("Register signal: sponsors downgraded to B since the previous register", Level.PROVIDERS,
            (p, l, s) -> p.downgradedSinceLast() && !p.isUncertainSponsor()),
    BASED_ELSEWHERE("Providers based in another council", Level.PROVIDERS,
            (p, l, s) -> p.homeCouncil().filter(home -> !s.contains(home)).isPresent());

    /** What a figure counts, and so what list a click on it opens. */
    public enum Level {
        PROVIDERS, LOCATIONS,
        /** The sum of beds of the locations picked. */
        BEDS,
        /** The sum of workers affected of the current suspensions or revocations (as the figure says) here. */
        WORKERS
    }

    /** Picks a provider (location is null for provider figures) in an area given by its councils. */
    @FunctionalInterface
    interface Rule {
        boolean test(MarketProvider provider, MarketLocation location, Set<String> councils);

        static Rule always() {
            return (p, l, s) -> true;
        }
    }

    private final String label;
    private final Level level;
    private final Rule rule;
    private final Set<EnforcementAction> actions;

    MarketFigure(String label, Level level, Rule rule, EnforcementAction... actions) {
        this.label = label;
        this.level = level;
        this.rule = rule;
        this.actions = actions.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(actions));
    }

    /** Whether a workers figure counts the workers of this action. */
    boolean counts(EnforcementAction action) {
        return actions.contains(action);
    }

    public String label() {
        return label;
    }

    public Level level() {
        return level;
    }

    boolean picks(MarketProvider provider, MarketLocation location, Set<String> councils) {
        return rule.test(provider, location, councils);
    }

    /** The optional CQC column the figure is counted from; empty when every CQC file gives what it needs. */
    public Optional<CqcColumn> sourceColumn() {
        return level == Level.BEDS ? Optional.of(CqcColumn.BEDS) : Optional.empty();
    }

    /** Whether the figure counts matched sponsors, so that it has no value before the register is matched. */
    public boolean countsSponsors() {
        return switch (this) {
            case SPONSORS, SPONSORS_OTHER_ROUTES, UNCERTAIN_SPONSORS, SPONSOR_LOCATIONS, SPONSOR_CARE_HOMES,
                 SPONSOR_CARE_HOME_BEDS, SPONSOR_HOME_CARE,
                 // A downgrade reaches a provider only through its matched sponsor.
                 DOWNGRADED_SINCE_LAST -> true;
            default -> false;
        };
    }

    /** Whether the figure's list is of locations (location and bed figures) rather than providers or events. */
    public boolean listsLocations() {
        return level == Level.LOCATIONS || level == Level.BEDS;
    }
}
