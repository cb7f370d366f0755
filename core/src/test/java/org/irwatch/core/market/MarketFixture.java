package org.irwatch.core.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.register.OrganisationKey;
import org.irwatch.core.register.RegisterChange;

/** Builds small markets by hand for the market rules' tests. */
final class MarketFixture {

    static final String WALSALL = "E08000030";
    static final String DUDLEY = "E08000027";
    static final String SANDWELL = "E08000028";

    private final List<MarketLocation> locations = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final List<StoredMatch> matches = new ArrayList<>();
    private final Map<String, RegisterEntry> entries = new HashMap<>();
    private final List<RegisterChange> changes = new ArrayList<>();
    private final List<FormerSponsorship> former = new ArrayList<>();
    private final List<EnforcementEvent> events = new ArrayList<>();
    private Set<CqcColumn> cqcColumns = EnumSet.allOf(CqcColumn.class);
    private int locationNumber;
    private Instant matchedAt = Instant.parse("2026-11-21T09:00:00Z");

    /** The CQC file held none of its optional columns, as the search export. */
    MarketFixture withoutOptionalCqcColumns() {
        cqcColumns = Set.of();
        return this;
    }

    /** No match has been stored: the register and the CQC data are held, not yet compared. */
    MarketFixture notMatchedYet() {
        matchedAt = null;
        return this;
    }

    MarketFixture provider(String id, String name) {
        names.put(id, name);
        return this;
    }

    MarketFixture careHome(String providerId, String council, int beds, OverallRating rating) {
        return location(providerId, council, true, false, beds, rating, "B1 1AA");
    }

    MarketFixture homeCare(String providerId, String council, OverallRating rating) {
        return location(providerId, council, false, true, 0, rating, "WS1 2AB");
    }

    MarketFixture location(String providerId, String council, boolean careHome, boolean homeCare, int beds,
                           OverallRating rating, String postcode) {
        locationNumber++;
        locations.add(new MarketLocation("1-10" + locationNumber, providerId, names.get(providerId) + " " + locationNumber,
                "Town", postcode, council, careHome, homeCare, beds, rating));
        return this;
    }

    /** Matches the provider to a register organisation of the same name in Walsall, rated as given. */
    MarketFixture sponsor(String providerId, MatchBand band, String ratings) {
        return sponsorOnRoutes(providerId, band, ratings, "Skilled Worker");
    }

    /** As {@link #sponsor}, its licence on these routes as the register writes them. */
    MarketFixture sponsorOnRoutes(String providerId, MatchBand band, String ratings, String routes) {
        StoredMatch.SponsorRef sponsor = sponsorOf(providerId);
        matches.add(new StoredMatch(providerId, names.get(providerId), sponsor, 0.9, band, "same name", List.of()));
        entries.put(sponsor.key(), new RegisterEntry(sponsor.key(), sponsor.name(), sponsor.town(), "", ratings,
                routes));
        return this;
    }

    MarketFixture change(String providerId, RegisterChange change) {
        changes.add(change);
        return this;
    }

    MarketFixture formerSponsor(String providerId) {
        former.add(new FormerSponsorship(providerId, sponsorOf(providerId)));
        return this;
    }

    MarketFixture event(String providerId, EnforcementAction action, LocalDate date, Integer workers,
                        Set<String> councils) {
        StoredMatch.SponsorRef sponsor = sponsorOf(providerId);
        events.add(new EnforcementEvent((long) events.size() + 1, sponsor.name(), sponsor.town(), sponsor.key(),
                providerId, action, date, date, workers, "notice", "", councils, "officer",
                Instant.parse("2026-11-01T09:00:00Z")));
        return this;
    }

    StoredMatch.SponsorRef sponsorOf(String providerId) {
        String name = names.get(providerId).toUpperCase(java.util.Locale.ROOT);
        return new StoredMatch.SponsorRef(OrganisationKey.of(name, "Walsall"), name, "Walsall");
    }

    MarketData data() {
        return MarketData.of(new MarketSources(new DataDates(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 10, 20), matchedAt), cqcColumns, locations, names, matches, entries, changes, former, events));
    }

    ScopedMarket in(String... councils) {
        return new ScopedMarket(data(), Set.of(councils), "test area");
    }
}
