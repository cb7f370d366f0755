package org.irwatch.core.cqc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;

/**
 * Turns CQC location rows into providers and locations: ties each location to a council through the name
 * variants, decides adult social care, care home and home care from what the file says (or its service types),
 * and collects the council names it could not resolve so the import report can name them. A location with an
 * unknown council is kept, with no council; it is never dropped.
 */
public final class CqcAssembler {

    private final CouncilDirectory councils;
    private final Map<String, CareProvider> providers = new LinkedHashMap<>();
    private final List<CareLocation> locations = new ArrayList<>();
    private final Map<String, Integer> unresolvedCouncils = new LinkedHashMap<>();
    private final Set<String> locationIds = new LinkedHashSet<>();
    /** Each council name as written, resolved once: a national file names some 300 in 90,000 rows. */
    private final Map<String, Optional<String>> councilCodes = new HashMap<>();
    private int duplicates;

    public CqcAssembler(CouncilDirectory councils) {
        this.councils = councils;
    }

    /** @return false when the location ID was already seen in this file (the row is then ignored) */
    public boolean add(CqcLocationRow row) {
        if (!locationIds.add(row.locationId())) {
            duplicates++;
            return false;
        }
        providers.merge(row.providerId(), new CareProvider(row.providerId(), row.providerName(),
                blankToNull(row.companiesHouseNumber()), blankToNull(row.brandName())), CqcAssembler::richer);
        String councilCode = councilCodes.computeIfAbsent(row.localAuthority(),
                name -> councils.byName(name).map(Council::gssCode)).orElse(null);
        if (councilCode == null) {
            unresolvedCouncils.merge(row.localAuthority() == null || row.localAuthority().isBlank()
                    ? "(blank)" : row.localAuthority().strip(), 1, Integer::sum);
        }
        List<String> types = row.serviceTypes();
        boolean careHome = row.careHome() != null ? row.careHome() : ServiceTypes.isCareHome(types);
        boolean homeCare = row.homeCare() != null ? row.homeCare() : ServiceTypes.isHomeCare(types);
        boolean adultSocialCare = row.adultSocialCare() != null ? row.adultSocialCare()
                : ServiceTypes.isAdultSocialCare(types);
        locations.add(new CareLocation(row.locationId(), row.providerId(), row.locationName(), row.address(),
                row.town(), row.postcode(), councilCode, types, adultSocialCare, careHome, homeCare,
                careHome ? row.beds() : null, row.rating() == null ? OverallRating.NOT_RATED : row.rating(),
                row.point()));
        return true;
    }

    public List<CareProvider> providers() {
        return List.copyOf(providers.values());
    }

    public List<CareLocation> locations() {
        return List.copyOf(locations);
    }

    /** Council names as written that match none of the 153 councils, with how many locations carry each. */
    public Map<String, Integer> unresolvedCouncils() {
        return unresolvedCouncils;
    }

    public int duplicateLocations() {
        return duplicates;
    }

    /** Keeps the first name seen and any company number or brand a later row adds. */
    private static CareProvider richer(CareProvider known, CareProvider next) {
        return new CareProvider(known.providerId(), known.name(),
                known.companiesHouseNumber() != null ? known.companiesHouseNumber() : next.companiesHouseNumber(),
                known.brandName() != null ? known.brandName() : next.brandName());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
