package org.irwatch.core.register;

/** What a snapshot says about one organisation, reduced to what change detection compares. */
public record OrganisationSummary(String key, String name, String town, String ratings, String routes) {

    public static OrganisationSummary of(SponsorOrganisation organisation) {
        return new OrganisationSummary(organisation.key(), organisation.name(), organisation.town(),
                organisation.ratingSummary(), organisation.routeSummary());
    }
}
