package org.irwatch.core.register;

import java.util.List;

/** An organisation on the register, with name, town and county exactly as written there. */
public record SponsorOrganisation(String name, String town, String county, List<Licence> licences) {

    public SponsorOrganisation {
        licences = List.copyOf(licences);
    }
}
