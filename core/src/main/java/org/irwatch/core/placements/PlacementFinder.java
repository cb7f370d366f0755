package org.irwatch.core.placements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.geo.GeoPoint;
import org.irwatch.core.geo.StraightLineMiles;
import org.irwatch.core.market.CqcColumn;
import org.irwatch.core.market.LicenceStatus;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.RegisterEntry;

/**
 * Ranks the locations that could take a displaced worker (ADR 0032). A location is offered when its provider holds an
 * A-rated Skilled Worker licence on the newest register (or has applied for one, shown apart), has no open
 * enforcement event and no downgrade since the previous register, is not the worker's former sponsor or linked to it,
 * is not rated Inadequate, gives a service that employs the role and lies within the worker's distance. Good and
 * Outstanding come first, Requires improvement after, not yet rated apart; within a group the score (rating,
 * vacancies, spare certificates, distance, transfers, housing) ranks them.
 */
public final class PlacementFinder {

    static final String SKILLED_WORKER = "Skilled Worker";
    static final int OUTSTANDING_POINTS = 30;
    static final int GOOD_POINTS = 25;
    static final int REQUIRES_IMPROVEMENT_POINTS = 5;
    static final int VACANCY_POINTS = 30;
    static final int SPARE_COS_POINTS = 20;
    static final int DISTANCE_POINTS = 20;
    static final int TRANSFER_POINTS = 5;
    static final int HOUSING_POINTS = 5;
    /** Miles in a degree of latitude, a little under the haversine's sphere's (69.09): the test errs wide. */
    private static final double MILES_PER_DEGREE = 68.9;

    private static final Comparator<PlacementMatch> ORDER = Comparator.comparing(PlacementMatch::group)
            .thenComparing(Comparator.comparingInt(PlacementMatch::score).reversed())
            .thenComparingDouble(PlacementMatch::miles)
            .thenComparing(m -> m.provider().name())
            .thenComparing(m -> m.location().locationId());

    private PlacementFinder() {
    }

    public static PlacementResult find(PlacementMarket market, PlacementQuery query) {
        GeoPoint origin = market.districtCentre(query.district());
        if (origin == null) {
            throw new UserFacingException("No centre is held for postcode district " + query.district() + ". Check "
                    + "the district, or import postcode centres (Import postcode centres… on the Placements screen, or "
                    + "irwatch postcodes import FILE).");
        }
        Set<String> formerProviders = market.providersLinkedTo(query.formerSponsor());
        List<PlacementMatch> matches = new ArrayList<>();
        Map<String, Integer> leftOut = new TreeMap<>();
        List<PlacementResult.ExcludedMatch> excluded = new ArrayList<>();
        // Degrees of longitude within reach at the worker's latitude (a little more, so none is missed): a cheap test
        // that spares most of the latitude band the haversine.
        double longitudeReach = query.miles() / (MILES_PER_DEGREE * Math.cos(Math.toRadians(
                Math.min(89, Math.abs(origin.latitude()) + query.miles() / MILES_PER_DEGREE)))) + 1e-6;
        for (PlacementMarket.Site site : market.latitudeBand(origin, query.miles())) {
            if (Math.abs(site.point().longitude() - origin.longitude()) > longitudeReach) {
                continue;
            }
            double miles = StraightLineMiles.between(origin, site.point());
            if (miles > query.miles()) {
                continue;
            }
            MarketProvider provider = site.provider();
            ProviderExclusion exclusion = market.exclusionOf(provider.providerId());
            String rule = formerProviders.contains(provider.providerId())
                    ? "the worker's former sponsor, or linked to it" : ruleLeavingOut(market, provider, site, query);
            if (rule != null) {
                leftOut.merge(rule, 1, Integer::sum);
            } else if (exclusion != null) {
                excluded.add(new PlacementResult.ExcludedMatch(provider.providerId(), provider.name(),
                        site.location().name(), miles, exclusion));
            } else {
                matches.add(match(market, site, miles, query));
            }
        }
        matches.sort(ORDER);
        excluded.sort(Comparator.comparingDouble(PlacementResult.ExcludedMatch::miles));
        return new PlacementResult(query, "the centre of postcode district " + query.district(), matches, leftOut,
                excluded);
    }

    /** The first rule that leaves the location out, in words; null when it may be offered. */
    private static String ruleLeavingOut(PlacementMarket market, MarketProvider provider, PlacementMarket.Site site,
                                         PlacementQuery query) {
        if (!query.role().suits(site.serviceTypes())) {
            return "no service employing a " + query.role().label().toLowerCase(java.util.Locale.ROOT);
        }
        if (site.location().rating() == OverallRating.INADEQUATE) {
            return "rated Inadequate by CQC";
        }
        if (provider.status() != LicenceStatus.ACTIVE) {
            return "open enforcement event (" + provider.status().label().toLowerCase(java.util.Locale.ROOT) + ")";
        }
        if (provider.downgradedSinceLast()) {
            return "downgraded to B since the previous register";
        }
        if (provider.isSponsor() && provider.registerEntry() != null) {
            if (!isARated(provider.registerEntry())) {
                return "licence not A-rated";
            }
            return routes(provider.registerEntry()).contains(SKILLED_WORKER) ? null : "no Skilled Worker route";
        }
        EthicalEmployer employer = market.employerOf(provider.providerId());
        if (employer != null && employer.licence().isPending()) {
            return null;
        }
        if (provider.removedFromRegisterSinceLast()) {
            return "left the register since the previous one";
        }
        if (provider.isUncertainSponsor()) {
            return "match to the register not sure (" + provider.band().label() + "): review it first";
        }
        return "no sponsor licence on the newest register";
    }

    private static PlacementMatch match(PlacementMarket market, PlacementMarket.Site site, double miles,
                                        PlacementQuery query) {
        MarketProvider provider = site.provider();
        EthicalEmployer employer = market.employerOf(provider.providerId());
        boolean licensed = provider.isSponsor() && provider.registerEntry() != null;
        List<PlacementFactor> factors = new ArrayList<>();
        factors.add(licensed
                ? new PlacementFactor("Licence", 0, provider.registerEntry().ratings() + "-rated, "
                + SKILLED_WORKER + ", on the register of " + UkDates.day(market.market().dates().register()), false)
                : new PlacementFactor("Licence", 0, employer.licence().describe() + ": not yet granted", false));

        boolean ratingsHeld = market.market().holds(CqcColumn.RATINGS);
        OverallRating rating = site.location().rating();
        int ratingPoints = !ratingsHeld ? 0 : switch (rating) {
            case OUTSTANDING -> OUTSTANDING_POINTS;
            case GOOD -> GOOD_POINTS;
            case REQUIRES_IMPROVEMENT -> REQUIRES_IMPROVEMENT_POINTS;
            default -> 0;
        };
        factors.add(new PlacementFactor("CQC rating", ratingPoints, market.market().ratingText(site.location()), false));
        factors.add(new PlacementFactor("Service", 0, query.role().serviceReason(site.serviceTypes()), false));
        int distancePoints = (int) Math.round(DISTANCE_POINTS * (1 - miles / query.miles()));
        factors.add(new PlacementFactor("Distance", distancePoints, String.format(java.util.Locale.ROOT,
                "%.1f %s from %s (location placed by %s)", miles, StraightLineMiles.LABEL,
                "the centre of " + query.district(), site.precision().label()), false));

        int vacancies = employer == null ? 0 : employer.vacanciesFor(query.role());
        if (vacancies > 0) {
            factors.add(new PlacementFactor("Vacancies", VACANCY_POINTS, String.join(", ",
                    employer.vacanciesOf(query.role()).stream().map(Vacancy::describe).toList()), false));
        }
        SpareCertificates spare = licensed ? market.spareOf(provider.registerEntry().key()) : null;
        if (spare != null) {
            factors.add(new PlacementFactor("Spare certificates", spare.spare() > 0 ? SPARE_COS_POINTS : 0,
                    spare.describe(), true));
        }
        if (employer != null && employer.takesTransfers()) {
            factors.add(new PlacementFactor("Transfers", TRANSFER_POINTS, "takes transfers of sponsorship", false));
        }
        if (employer != null && employer.offersHousing()) {
            factors.add(new PlacementFactor("Housing", HOUSING_POINTS, "offers housing", false));
        }
        if (employer != null && employer.auditToolDone() != null) {
            factors.add(new PlacementFactor("Ethical recruitment", 0, "audit tool done on "
                    + UkDates.day(employer.auditToolDone()), false));
        }
        int score = factors.stream().mapToInt(PlacementFactor::points).sum();
        return new PlacementMatch(provider, site.location(), miles, site.precision(),
                group(licensed, ratingsHeld, rating), score, spare == null ? null : spare.spare(), employer, factors);
    }

    private static PlacementGroup group(boolean licensed, boolean ratingsHeld, OverallRating rating) {
        if (!licensed) {
            return PlacementGroup.PENDING_LICENCE;
        }
        if (!ratingsHeld) {
            return PlacementGroup.RATING_NOT_HELD;
        }
        return switch (rating) {
            case OUTSTANDING, GOOD -> PlacementGroup.GOOD_OR_OUTSTANDING;
            case REQUIRES_IMPROVEMENT -> PlacementGroup.REQUIRES_IMPROVEMENT;
            default -> PlacementGroup.NOT_YET_RATED;
        };
    }

    /** An A rating (A, A (Premium), A (SME+)) and no B on any licence: a B means the Home Office found failings. */
    static boolean isARated(RegisterEntry entry) {
        List<String> ratings = List.of(entry.ratings().split("; "));
        return ratings.stream().anyMatch(r -> r.startsWith("A")) && !ratings.contains("B");
    }

    private static List<String> routes(RegisterEntry entry) {
        return List.of(entry.routes().split("; "));
    }
}
