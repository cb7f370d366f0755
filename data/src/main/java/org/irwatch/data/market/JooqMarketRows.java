package org.irwatch.data.market;

import static org.irwatch.data.jooq.Tables.SNAPSHOT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.events.EventRepository;
import org.irwatch.core.events.LinkedProvider;
import org.irwatch.core.events.SponsorLookup;
import org.irwatch.core.market.MarketAssembler;
import org.irwatch.core.market.CqcColumn;
import org.irwatch.core.market.MarketLocation;
import org.irwatch.core.market.MarketRows;
import org.irwatch.core.market.RegisterEntry;
import org.irwatch.core.matching.MatchRepository;
import org.irwatch.core.matching.MatchRun;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.register.OrganisationSummary;
import org.irwatch.core.register.RegisterSnapshotReader;
import org.irwatch.data.events.JooqEventRepository;
import org.irwatch.data.events.JooqSponsorLookup;
import org.irwatch.data.matching.JooqMatchRepository;
import org.irwatch.data.register.JooqRegisterSnapshotReader;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.snapshot.SnapshotRows;
import org.jooq.DSLContext;

/**
 * Reads the rows the market is assembled from. Bulk reads are plain JDBC over a snapshot's key range, as the other
 * national-scale readers are; matches, events and former sponsors' providers come from their own repositories.
 */
public final class JooqMarketRows implements MarketRows {

    private final DSLContext dsl;
    private final RegisterSnapshotReader registers;
    private final MatchRepository matches;
    private final EventRepository events;
    private final SponsorLookup sponsors;

    public JooqMarketRows(DSLContext dsl, RegisterSnapshotReader registers, MatchRepository matches,
                          EventRepository events, SponsorLookup sponsors) {
        this.dsl = dsl;
        this.registers = registers;
        this.matches = matches;
        this.events = events;
        this.sponsors = sponsors;
    }

    /** The market's assembler with its own repositories over this database, for the command line, tests and benchmarks. */
    public static MarketAssembler assemblerOver(DSLContext dsl) {
        return new MarketAssembler(new JooqSnapshotRepository(dsl), new JooqMarketRows(dsl,
                new JooqRegisterSnapshotReader(dsl), new JooqMatchRepository(dsl), new JooqEventRepository(dsl),
                new JooqSponsorLookup(dsl)));
    }

    @Override
    public List<MarketLocation> adultSocialCareLocations(long cqcSnapshotId) {
        List<MarketLocation> locations = new ArrayList<>(100_000);
        SnapshotRows.scan(dsl, "SELECT location_id, provider_id, name, town, postcode, council_gss, care_home, home_care,"
                + " beds, overall_rating FROM cqc_location WHERE id BETWEEN ? AND ? AND adult_social_care", cqcSnapshotId,
                row -> locations.add(new MarketLocation(row.getString(1), row.getString(2), row.getString(3),
                        orEmpty(row.getString(4)), orEmpty(row.getString(5)), row.getString(6), row.getBoolean(7),
                        row.getBoolean(8), row.getInt(9), OverallRating.valueOf(row.getString(10)))));
        return locations;
    }

    @Override
    public Set<CqcColumn> cqcColumns(long cqcSnapshotId) {
        var held = dsl.select(SNAPSHOT.HOLDS_BEDS, SNAPSHOT.HOLDS_RATINGS).from(SNAPSHOT)
                .where(SNAPSHOT.ID.eq(cqcSnapshotId)).fetchOne();
        Set<CqcColumn> columns = EnumSet.noneOf(CqcColumn.class);
        if (held != null && held.value1()) {
            columns.add(CqcColumn.BEDS);
        }
        if (held != null && held.value2()) {
            columns.add(CqcColumn.RATINGS);
        }
        return columns;
    }

    @Override
    public Map<String, String> providerNames(long cqcSnapshotId) {
        Map<String, String> names = new HashMap<>(60_000);
        SnapshotRows.scan(dsl, "SELECT provider_id, name FROM cqc_provider WHERE id BETWEEN ? AND ?", cqcSnapshotId,
                row -> names.put(row.getString(1), row.getString(2)));
        return names;
    }

    @Override
    public List<RegisterEntry> registerEntries(long registerSnapshotId) {
        return registerEntries(dsl, registerSnapshotId);
    }

    /** Every organisation of a register snapshot, as written. */
    public static List<RegisterEntry> registerEntries(DSLContext dsl, long registerSnapshotId) {
        List<RegisterEntry> entries = new ArrayList<>(130_000);
        SnapshotRows.scan(dsl, "SELECT org_key, name, town, county, ratings, routes FROM sponsor WHERE id BETWEEN ? AND ?",
                registerSnapshotId, row -> entries.add(new RegisterEntry(row.getString(1), row.getString(2),
                        row.getString(3), row.getString(4), row.getString(5), row.getString(6))));
        return entries;
    }

    @Override
    public List<OrganisationSummary> registerSummaries(long registerSnapshotId) {
        return registers.summaries(registerSnapshotId);
    }

    @Override
    public List<StoredMatch> storedMatches() {
        return matches.matches(null);
    }

    @Override
    public Optional<Instant> matchedAt() {
        return matches.lastRun().map(MatchRun::matchedAt);
    }

    @Override
    public Map<String, LinkedProvider> providersOf(Set<String> sponsorKeys) {
        return sponsors.providersOf(sponsorKeys);
    }

    @Override
    public List<EnforcementEvent> events() {
        return events.listAll();
    }

    /**
     * Row counts and newest keys and times of every table the rows come from; a few index look-ups. Times are cast to
     * text before COALESCE: H2 would otherwise read the empty string as a timestamp and fail.
     */
    @Override
    public String version() {
        return String.valueOf(dsl.fetchValue("SELECT (SELECT COUNT(*) || '/' || COALESCE(MAX(id), 0) FROM snapshot) || ' '"
                + " || (SELECT COUNT(*) || '/' || COALESCE(MAX(id), 0) || '/' || COALESCE(CAST(MAX(matched_at) AS VARCHAR), '') FROM match_run)"
                + " || ' ' || (SELECT COUNT(*) || '/' || COALESCE(CAST(MAX(decided_at) AS VARCHAR), '') FROM match_decision)"
                + " || ' ' || (SELECT COUNT(*) FROM sponsor_provider_link)"
                + " || ' ' || (SELECT COUNT(*) || '/' || COALESCE(MAX(id), 0) || '/' || COALESCE(CAST(MAX(recorded_at) AS VARCHAR), '')"
                + " FROM enforcement_event) || ' ' || (SELECT COALESCE(MAX(id), 0) FROM enforcement_event_audit)"));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
