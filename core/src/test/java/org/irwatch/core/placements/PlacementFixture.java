package org.irwatch.core.placements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.geo.GeoPoint;
import org.irwatch.core.geo.PostcodeDistrict;
import org.irwatch.core.market.CqcColumn;
import org.irwatch.core.market.DataDates;
import org.irwatch.core.market.FormerSponsorship;
import org.irwatch.core.market.MarketData;
import org.irwatch.core.market.MarketLocation;
import org.irwatch.core.market.MarketSources;
import org.irwatch.core.market.RegisterEntry;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.OrganisationKey;
import org.irwatch.core.register.RegisterChange;

/** Builds small placement markets by hand: providers and locations set a given number of miles north of CV1's centre. */
final class PlacementFixture {

    static final PostcodeDistrict CV1 = new PostcodeDistrict("CV1");
    static final GeoPoint CV1_CENTRE = new GeoPoint(52.40939, -1.506);
    /** Miles in one degree of latitude on the haversine's sphere. */
    static final double MILES_PER_DEGREE = 2 * Math.PI * 3958.8 / 360;
    static final String COVENTRY = "E08000026";

    private final List<MarketLocation> locations = new ArrayList<>();
    private final List<LocationSite> sites = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final List<StoredMatch> matches = new ArrayList<>();
    private final Map<String, RegisterEntry> entries = new HashMap<>();
    private final List<RegisterChange> changes = new ArrayList<>();
    private final List<FormerSponsorship> former = new ArrayList<>();
    private final List<EnforcementEvent> events = new ArrayList<>();
    private final Map<String, SpareCertificates> spares = new HashMap<>();
    private final List<EthicalEmployer> employers = new ArrayList<>();
    private final Map<String, ProviderExclusion> exclusions = new HashMap<>();
    private Set<CqcColumn> columns = EnumSet.allOf(CqcColumn.class);
    private int locationNumber;

    /** A provider surely matched to an A-rated Skilled Worker sponsor of its own name. */
    PlacementFixture licensed(String providerId, String name) {
        return provider(providerId, name).sponsor(providerId, name, MatchBand.HIGH, "A", "Skilled Worker");
    }

    PlacementFixture provider(String providerId, String name) {
        names.put(providerId, name);
        return this;
    }

    PlacementFixture sponsor(String providerId, String sponsorName, MatchBand band, String ratings, String routes) {
        StoredMatch.SponsorRef sponsor = sponsorNamed(sponsorName);
        matches.add(new StoredMatch(providerId, names.get(providerId), sponsor, 0.9, band, "same name", List.of()));
        entries.put(sponsor.key(), new RegisterEntry(sponsor.key(), sponsor.name(), sponsor.town(), "", ratings,
                routes));
        return this;
    }

    /** A residential home this many miles north of CV1's centre, placed by CQC's own coordinates. */
    PlacementFixture home(String providerId, double milesNorth, OverallRating rating) {
        return location(providerId, milesNorth, rating, List.of("Residential homes"));
    }

    /** A residential home this many miles due east of CV1's centre. */
    PlacementFixture homeEast(String providerId, double milesEast, OverallRating rating) {
        return place(providerId, east(milesEast), rating, List.of("Residential homes"));
    }

    PlacementFixture location(String providerId, double milesNorth, OverallRating rating, List<String> services) {
        return place(providerId, north(milesNorth), rating, services);
    }

    private PlacementFixture place(String providerId, GeoPoint point, OverallRating rating, List<String> services) {
        String id = "1-" + (1000 + ++locationNumber);
        locations.add(new MarketLocation(id, providerId, names.get(providerId) + " " + locationNumber, "Coventry",
                "CV1 1AA", COVENTRY, true, false, 30, rating));
        sites.add(new LocationSite(id, "CV1 1AA", services, point, null));
        return this;
    }

    PlacementFixture downgraded(String providerId) {
        StoredMatch.SponsorRef sponsor = sponsorOf(providerId);
        changes.add(new RegisterChange(ChangeType.RATING_CHANGED, sponsor.name(), sponsor.town(), "A", "A; B"));
        return this;
    }

    PlacementFixture event(String providerId, EnforcementAction action) {
        StoredMatch.SponsorRef sponsor = sponsorOf(providerId);
        events.add(new EnforcementEvent((long) events.size() + 1, sponsor.name(), sponsor.town(), sponsor.key(),
                providerId, action, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2), 3, "notice", "", Set.of(),
                "officer", Instant.parse("2026-11-02T09:00:00Z")));
        return this;
    }

    PlacementFixture formerSponsor(String providerId, String sponsorName) {
        former.add(new FormerSponsorship(providerId, sponsorNamed(sponsorName)));
        return this;
    }

    PlacementFixture spare(String providerId, int allocated, int used) {
        String key = sponsorOf(providerId).key();
        spares.put(key, new SpareCertificates(key, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), allocated,
                used));
        return this;
    }

    PlacementFixture employer(String providerId, EmployerLicence licence, Vacancy... vacancies) {
        employers.add(new EthicalEmployer(null, providerId, names.get(providerId), "Asha Patel", "024 7600 0000",
                "asha@example.org", List.of(vacancies), licence, false, false, null, true));
        return this;
    }

    PlacementFixture excluded(String providerId, String reason) {
        exclusions.put(providerId, new ProviderExclusion(providerId, reason, "officer",
                Instant.parse("2026-11-03T09:00:00Z")));
        return this;
    }

    PlacementFixture withoutRatings() {
        columns = Set.of();
        return this;
    }

    StoredMatch.SponsorRef sponsorOf(String providerId) {
        return matches.stream().filter(m -> m.providerId().equals(providerId)).findFirst().orElseThrow().sponsor();
    }

    MarketData data() {
        return MarketData.of(new MarketSources(new DataDates(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 10, 20), null), columns, locations, names, matches, entries, changes, former,
                events));
    }

    PlacementMarket market() {
        return new PlacementMarket(data(), sites, Map.of(CV1, CV1_CENTRE), spares, employers, exclusions);
    }

    PlacementResult find(PlacementRole role, double miles) {
        return find(role, miles, null);
    }

    PlacementResult find(PlacementRole role, double miles, FormerSponsor former) {
        return PlacementFinder.find(market(), new PlacementQuery(role, CV1, miles, former));
    }

    static GeoPoint north(double miles) {
        return new GeoPoint(CV1_CENTRE.latitude() + miles / MILES_PER_DEGREE, CV1_CENTRE.longitude());
    }

    /** A point due east of CV1's centre at this great-circle distance (found by halving, as a check of the maths). */
    static GeoPoint east(double miles) {
        double low = 0;
        double high = 5;
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            if (org.irwatch.core.geo.StraightLineMiles.between(CV1_CENTRE, new GeoPoint(CV1_CENTRE.latitude(),
                    CV1_CENTRE.longitude() + mid)) < miles) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return new GeoPoint(CV1_CENTRE.latitude(), CV1_CENTRE.longitude() + low);
    }

    private static StoredMatch.SponsorRef sponsorNamed(String name) {
        String written = name.toUpperCase(Locale.ROOT);
        return new StoredMatch.SponsorRef(OrganisationKey.of(written, "Coventry"), written, "Coventry");
    }
}
