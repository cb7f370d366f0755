package org.irwatch.core.market;

/**
 * The headline figures of the adult social care market in a scope, from the latest CQC snapshot and the
 * recorded events. Sponsor figures arrive with matching.
 */
public record MarketFigures(int providers, int locations, int careHomes, int careHomeBeds, int homeCareLocations,
                            int suspensions, int revocations, int workersAffected) {
}
