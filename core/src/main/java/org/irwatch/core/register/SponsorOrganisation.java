package org.irwatch.core.register;

import java.util.List;
import java.util.TreeSet;

/** An organisation on the register, with name, town and county exactly as written there. */
public record SponsorOrganisation(String name, String town, String county, List<Licence> licences) {

    public SponsorOrganisation {
        licences = List.copyOf(licences);
    }

    /** Identity across snapshots: see {@link OrganisationKey}. */
    public String key() {
        return OrganisationKey.of(name, town);
    }

    /**
     * The ratings the organisation holds, e.g. "A" or "A; B", for comparing snapshots. A licence moving between
     * Worker and Temporary Worker at the same rating is not a rating change (routes show it); an unrecognised
     * rating is kept as written.
     */
    public String ratingSummary() {
        TreeSet<String> ratings = new TreeSet<>();
        for (Licence licence : licences) {
            ratings.add(licence.rating() == Rating.UNKNOWN ? licence.typeAndRating().strip() : licence.rating().label());
        }
        return String.join("; ", ratings);
    }

    /** The routes, e.g. "Charity Worker; Skilled Worker". */
    public String routeSummary() {
        TreeSet<String> routes = new TreeSet<>();
        licences.forEach(licence -> routes.add(licence.route().strip()));
        return String.join("; ", routes);
    }
}
