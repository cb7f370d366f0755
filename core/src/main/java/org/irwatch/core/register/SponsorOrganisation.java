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

    /** The licence types and ratings, e.g. "Temporary Worker: A; Worker: B", for comparing snapshots. */
    public String ratingSummary() {
        TreeSet<String> ratings = new TreeSet<>();
        for (Licence licence : licences) {
            ratings.add(licence.type() == LicenceType.UNKNOWN || licence.rating() == Rating.UNKNOWN
                    ? licence.typeAndRating().strip()
                    : licence.type().label() + ": " + licence.rating().label());
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
