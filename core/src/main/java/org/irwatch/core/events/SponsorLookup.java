package org.irwatch.core.events;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds register organisations in every register snapshot held, and the CQC provider and councils they lead to. */
public interface SponsorLookup {

    /**
     * Organisations whose folded name ({@code OrganisationKey.fold}) is one of these, from every register snapshot held,
     * one per organisation key, as written in the newest snapshot that has it.
     */
    Map<String, List<RegisterSponsor>> sponsorsNamed(Set<String> foldedNames);

    /**
     * The CQC provider of each organisation key that has one: the latest run's match, else a confirmed decision, else
     * a pair an earlier run stored (unless a person rejected it).
     */
    Map<String, LinkedProvider> providersOf(Set<String> sponsorKeys);

    /** The councils (GSS codes) of each provider's adult social care locations in the latest CQC snapshot. */
    Map<String, Set<String>> councilsOf(Set<String> providerIds);
}
