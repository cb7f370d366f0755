package org.irwatch.core.placements;

/**
 * One offered location as every output shows it (the screen's table, the CSV, the shortlist): one rule in one place.
 *
 * @param spareCos null when no certificate data is held for it, or restricted data is not to be shown
 * @param vacancies null when the provider has not signed up as an ethical employer: not known, not 0
 * @param restricted whether the line carries restricted data (spare certificates, in figure or in reasons)
 */
public record PlacementLine(int rank, PlacementGroup group, String locationId, String locationName, String postcode,
                            String providerId, String providerName, String council, double miles, String licenceRating,
                            String cqcRating, Integer spareCos, Integer vacancies, String vacancyDetail, String contact,
                            int score, String reasons, boolean restricted) {

    /** Miles to one decimal, as shown and written. */
    public String milesText() {
        return String.format(java.util.Locale.ROOT, "%.1f", miles);
    }
}
