package org.irwatch.core.market;

/**
 * The headline figures of the adult social care market in a scope, from the latest CQC snapshot and the
 * recorded events. Sponsor figures arrive with matching.
 *
 * @param careHomeBeds null when the CQC file held has no bed counts (the directory and search exports do not)
 */
public record MarketFigures(int providers, int locations, int careHomes, Integer careHomeBeds, int homeCareLocations,
                            int suspensions, int revocations, int workersAffected) {
}
