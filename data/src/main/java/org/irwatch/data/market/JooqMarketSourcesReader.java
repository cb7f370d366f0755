package org.irwatch.data.market;

import static org.irwatch.data.jooq.Tables.SNAPSHOT;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.events.EventRepository;
import org.irwatch.core.events.SponsorLookup;
import org.irwatch.core.market.CqcColumn;
import org.irwatch.core.market.DataDates;
import org.irwatch.core.market.FormerSponsorship;
import org.irwatch.core.market.MarketLocation;
import org.irwatch.core.market.MarketSources;
import org.irwatch.core.market.MarketSourcesReader;
import org.irwatch.core.market.RegisterEntry;
import org.irwatch.core.matching.MatchRepository;
import org.irwatch.core.matching.MatchRun;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.OrganisationKey;
import org.irwatch.core.register.OrganisationSummary;
import org.irwatch.core.register.RegisterChange;
import org.irwatch.core.register.RegisterChangeDetector;
import org.irwatch.core.register.RegisterSnapshotReader;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.core.snapshot.SnapshotRepository;
import org.irwatch.data.events.JooqEventRepository;
import org.irwatch.data.events.JooqSponsorLookup;
import org.irwatch.data.matching.JooqMatchRepository;
import org.irwatch.data.register.JooqRegisterSnapshotReader;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.snapshot.SnapshotRows;
import org.jooq.DSLContext;

/**
 * Reads the newest CQC snapshot's adult social care locations, the newest two registers, the stored matches and the
 * events, for the market views to join in memory. Bulk reads are plain JDBC over a snapshot's key range, as the
 * other national-scale readers are.
 */
public final class JooqMarketSourcesReader implements MarketSourcesReader {

    private final DSLContext dsl;
    private final SnapshotRepository snapshots;
    private final RegisterSnapshotReader registers;
    private final MatchRepository matches;
    private final EventRepository events;
    private final SponsorLookup sponsors;

    public JooqMarketSourcesReader(DSLContext dsl, SnapshotRepository snapshots, RegisterSnapshotReader registers,
                                   MatchRepository matches, EventRepository events, SponsorLookup sponsors) {
        this.dsl = dsl;
        this.snapshots = snapshots;
        this.registers = registers;
        this.matches = matches;
        this.events = events;
        this.sponsors = sponsors;
    }

    /** A reader with its own repositories over this database, for the command line, tests and benchmarks. */
    public static JooqMarketSourcesReader over(DSLContext dsl) {
        return new JooqMarketSourcesReader(dsl, new JooqSnapshotRepository(dsl), new JooqRegisterSnapshotReader(dsl),
                new JooqMatchRepository(dsl), new JooqEventRepository(dsl), new JooqSponsorLookup(dsl));
    }

    @Override
    public MarketSources read() {
        List<Snapshot> held = snapshots.list();
        Snapshot cqc = held.stream().filter(s -> s.kind() != SnapshotKind.REGISTER).findFirst().orElse(null);
        List<Snapshot> registerSnapshots = held.stream().filter(s -> s.kind() == SnapshotKind.REGISTER).toList();
        Snapshot register = registerSnapshots.isEmpty() ? null : registerSnapshots.getFirst();
        Snapshot previous = registerSnapshots.size() < 2 ? null : registerSnapshots.get(1);

        List<StoredMatch> stored = matches.matches(null);
        Set<String> sponsorKeys = new HashSet<>();
        stored.stream().filter(StoredMatch::isMatched).forEach(m -> sponsorKeys.add(m.sponsor().key()));
        Map<String, RegisterEntry> entries = new HashMap<>();
        List<OrganisationSummary> latest = register == null ? List.of() : readRegister(register.id(), sponsorKeys, entries);
        List<RegisterChange> changes = previous == null ? List.of()
                : RegisterChangeDetector.between(registers.summaries(previous.id()), latest);

        List<MarketLocation> locations = cqc == null ? List.of() : locations(cqc.id());
        Map<String, String> names = cqc == null ? Map.of() : providerNames(cqc.id());
        DataDates dates = new DataDates(cqc == null ? null : cqc.dataDate(), register == null ? null : register.dataDate(),
                previous == null ? null : previous.dataDate(), matches.lastRun().map(MatchRun::matchedAt).orElse(null));
        List<FormerSponsorship> former = formerSponsorships(changes);
        Set<CqcColumn> cqcColumns = cqc == null ? Set.of() : cqcColumns(cqc.id());
        return new MarketSources(dates, cqcColumns, locations, names, stored, entries, changes, former, events.listAll());
    }

    /**
     * Row counts and newest keys and times of every table the sources read; a few index look-ups. Times are cast to
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

    /** The optional columns the CQC snapshot held, as its import recorded them. */
    private Set<CqcColumn> cqcColumns(long snapshotId) {
        var held = dsl.select(SNAPSHOT.HOLDS_BEDS, SNAPSHOT.HOLDS_RATINGS).from(SNAPSHOT)
                .where(SNAPSHOT.ID.eq(snapshotId)).fetchOne();
        Set<CqcColumn> columns = EnumSet.noneOf(CqcColumn.class);
        if (held != null && held.value1()) {
            columns.add(CqcColumn.BEDS);
        }
        if (held != null && held.value2()) {
            columns.add(CqcColumn.RATINGS);
        }
        return columns;
    }

    /** The providers of the sponsors the newest register lost, through the sure pairs matching remembered. */
    private List<FormerSponsorship> formerSponsorships(List<RegisterChange> changes) {
        Map<String, RegisterChange> removed = new HashMap<>();
        changes.stream().filter(c -> c.change() == ChangeType.REMOVED)
                .forEach(c -> removed.put(OrganisationKey.of(c.organisationName(), c.town()), c));
        List<FormerSponsorship> former = new ArrayList<>();
        sponsors.providersOf(removed.keySet()).forEach((key, provider) -> former.add(new FormerSponsorship(
                provider.providerId(), new StoredMatch.SponsorRef(key, removed.get(key).organisationName(),
                        removed.get(key).town()))));
        return former;
    }

    /** The newest register's rows for change detection, keeping the matched sponsors' entries as it goes. */
    private List<OrganisationSummary> readRegister(long snapshotId, Set<String> sponsorKeys,
                                                   Map<String, RegisterEntry> entries) {
        List<OrganisationSummary> summaries = new ArrayList<>(130_000);
        SnapshotRows.scan(dsl, "SELECT org_key, name, town, county, ratings, routes FROM sponsor WHERE id BETWEEN ? AND ?",
                snapshotId, row -> {
                    String key = row.getString(1);
                    summaries.add(new OrganisationSummary(key, row.getString(2), row.getString(3), row.getString(5),
                            row.getString(6)));
                    if (sponsorKeys.contains(key)) {
                        entries.put(key, new RegisterEntry(key, row.getString(2), row.getString(3), row.getString(4),
                                row.getString(5), row.getString(6)));
                    }
                });
        return summaries;
    }

    private List<MarketLocation> locations(long snapshotId) {
        List<MarketLocation> locations = new ArrayList<>(100_000);
        SnapshotRows.scan(dsl, "SELECT location_id, provider_id, name, town, postcode, council_gss, care_home, home_care,"
                + " beds, overall_rating FROM cqc_location WHERE id BETWEEN ? AND ? AND adult_social_care", snapshotId,
                row -> locations.add(new MarketLocation(row.getString(1), row.getString(2), row.getString(3),
                        orEmpty(row.getString(4)), orEmpty(row.getString(5)), row.getString(6), row.getBoolean(7),
                        row.getBoolean(8), row.getInt(9), OverallRating.valueOf(row.getString(10)))));
        return locations;
    }

    private Map<String, String> providerNames(long snapshotId) {
        Map<String, String> names = new HashMap<>(60_000);
        SnapshotRows.scan(dsl, "SELECT provider_id, name FROM cqc_provider WHERE id BETWEEN ? AND ?", snapshotId,
                row -> names.put(row.getString(1), row.getString(2)));
        return names;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
