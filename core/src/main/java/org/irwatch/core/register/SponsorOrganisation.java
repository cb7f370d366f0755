package org.irwatch.core.register;

import java.util.List;
import java.util.TreeSet;

/**
 * An organisation on the register, with name, town and county exactly as written there.
 *
 * @param key identity across snapshots, {@link OrganisationKey#of} its name and town: worked out once, as the
 *            import folds every name of a national register for grouping and would fold it again for saving
 */
public record SponsorOrganisation(String name, String town, String county, List<Licence> licences, String key) {

    public SponsorOrganisation {
        licences = List.copyOf(licences);
    }

    public SponsorOrganisation(String name, String town, String county, List<Licence> licences) {
        this(name, town, county, licences, OrganisationKey.of(name, town));
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
