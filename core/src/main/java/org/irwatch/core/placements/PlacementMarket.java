package org.irwatch.core.placements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.irwatch.core.geo.GeoPoint;
import org.irwatch.core.geo.PostcodeDistrict;
import org.irwatch.core.market.MarketData;
import org.irwatch.core.market.MarketLocation;
import org.irwatch.core.market.MarketProvider;

/**
 * Everything the finder reads, joined once per change of data: the market, each location placed and sorted by
 * latitude (a search reads only the band of latitudes within reach), the restricted certificates, the employers and
 * the exclusions.
 */
public final class PlacementMarket {

    /** A location with its provider, its services and its place. */
    record Site(MarketProvider provider, MarketLocation location, List<String> serviceTypes, GeoPoint point,
                SitePrecision precision) {
    }

    private static final double MILES_PER_DEGREE_OF_LATITUDE = 69.0;

    private final MarketData market;
    private final Map<PostcodeDistrict, GeoPoint> districtCentres;
    private final Site[] placed;
    private final double[] latitudes;
    private final int unplaced;
    private final Map<String, SpareCertificates> spares;
    private final Map<String, EthicalEmployer> employers;
    private final Map<String, ProviderExclusion> exclusions;
    /** Providers by the register organisation they are surely matched to, or were before it left the register. */
    private final Map<String, List<String>> providersBySponsorKey = new HashMap<>();

    public PlacementMarket(MarketData market, List<LocationSite> sites, Map<PostcodeDistrict, GeoPoint> districtCentres,
                           Map<String, SpareCertificates> spares, List<EthicalEmployer> employers,
                           Map<String, ProviderExclusion> exclusions) {
        this.market = market;
        this.districtCentres = Map.copyOf(districtCentres);
        this.spares = Map.copyOf(spares);
        this.exclusions = Map.copyOf(exclusions);
        this.employers = new HashMap<>();
        employers.forEach(e -> this.employers.put(e.providerId(), e));
        Map<String, LocationSite> siteById = new HashMap<>();
        sites.forEach(s -> siteById.put(s.locationId(), s));
        List<Site> withPlace = new ArrayList<>();
        int withoutPlace = 0;
        for (MarketProvider provider : market.providers()) {
            if (provider.isSponsor()) {
                linkSponsor(provider.match().sponsor().key(), provider.providerId());
            }
            if (provider.formerSponsor() != null) {
                linkSponsor(provider.formerSponsor().key(), provider.providerId());
            }
            for (MarketLocation location : provider.locations()) {
                LocationSite site = siteById.getOrDefault(location.locationId(),
                        new LocationSite(location.locationId(), location.postcode(), List.of(), null, null));
                LocationSite.Placed place = site.place(districtCentres);
                if (place.point() == null) {
                    withoutPlace++;
                } else {
                    withPlace.add(new Site(provider, location, site.serviceTypes(), place.point(), place.precision()));
                }
            }
        }
        this.unplaced = withoutPlace;
        this.placed = withPlace.stream().sorted(Comparator.comparingDouble(s -> s.point().latitude()))
                .toArray(Site[]::new);
        this.latitudes = Arrays.stream(placed).mapToDouble(s -> s.point().latitude()).toArray();
    }

    public MarketData market() {
        return market;
    }

    public GeoPoint districtCentre(PostcodeDistrict district) {
        return districtCentres.get(district);
    }

    /** Locations that could not be placed: no coordinates and no centre held for their postcode or district. */
    public int unplacedLocations() {
        return unplaced;
    }

    /** The sites whose latitude is within {@code miles} of the point's: every site within reach, and a few more. */
    List<Site> latitudeBand(GeoPoint centre, double miles) {
        double degrees = miles / MILES_PER_DEGREE_OF_LATITUDE;
        int from = firstAtOrAbove(centre.latitude() - degrees);
        int to = firstAtOrAbove(centre.latitude() + degrees + 1e-9);
        return Arrays.asList(placed).subList(from, to);
    }

    SpareCertificates spareOf(String organisationKey) {
        return organisationKey == null ? null : spares.get(organisationKey);
    }

    EthicalEmployer employerOf(String providerId) {
        return employers.get(providerId);
    }

    ProviderExclusion exclusionOf(String providerId) {
        return exclusions.get(providerId);
    }

    public List<EthicalEmployer> employers() {
        return List.copyOf(employers.values());
    }

    /**
     * The former sponsor's providers: the one the worker register names, and every provider surely matched (High or
     * Confirmed, ADR 0025) to the same register organisation or to the organisation that provider is matched to.
     */
    java.util.Set<String> providersLinkedTo(FormerSponsor former) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.Set<String> providers = new java.util.HashSet<>();
        if (former == null) {
            return providers;
        }
        if (former.organisationKey() != null) {
            keys.add(former.organisationKey());
        }
        if (former.providerId() != null) {
            providers.add(former.providerId());
            market.provider(former.providerId()).filter(MarketProvider::isSponsor)
                    .ifPresent(p -> keys.add(p.match().sponsor().key()));
        }
        keys.forEach(key -> providers.addAll(providersBySponsorKey.getOrDefault(key, List.of())));
        return providers;
    }

    private void linkSponsor(String key, String providerId) {
        providersBySponsorKey.computeIfAbsent(key, k -> new ArrayList<>()).add(providerId);
    }

    private int firstAtOrAbove(double latitude) {
        int index = Arrays.binarySearch(latitudes, latitude);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && latitudes[index - 1] == latitude) {
            index--;
        }
        return index;
    }
}
