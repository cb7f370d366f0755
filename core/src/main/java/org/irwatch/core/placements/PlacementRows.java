package org.irwatch.core.placements;

import java.util.List;
import java.util.Map;
import org.irwatch.core.geo.GeoPoint;
import org.irwatch.core.geo.PostcodeDistrict;

/** What the finder reads besides the market, as stored. */
public interface PlacementRows {

    /** The newest CQC snapshot's adult social care locations: where each is and the services it gives. */
    List<LocationSite> locationSites();

    Map<PostcodeDistrict, GeoPoint> districtCentres();

    /**
     * Each register organisation's certificates of sponsorship in its latest period, from rows surely linked to it
     * (restricted data).
     */
    Map<String, SpareCertificates> spareCertificates();

    List<EthicalEmployer> employers();

    Map<String, ProviderExclusion> exclusions();

    /** Changes whenever any of the above does (a few index look-ups). */
    String version();
}
