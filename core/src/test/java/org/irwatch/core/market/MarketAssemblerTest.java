package org.irwatch.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.events.LinkedProvider;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.OrganisationKey;
import org.irwatch.core.register.OrganisationSummary;
import org.irwatch.core.register.RegisterChange;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.core.snapshot.SnapshotRepository;
import org.irwatch.core.snapshot.SnapshotSource;
import org.junit.jupiter.api.Test;

/** The market put together from rows held in memory: which snapshots it reads, and what it makes of their rows. */
class MarketAssemblerTest {

    private static final String WALSALL = "E08000030";
    private static final Instant MATCHED_AT = Instant.parse("2026-11-20T10:00:00Z");

    private final InMemorySnapshots snapshots = new InMemorySnapshots();
    private final InMemoryRows rows = new InMemoryRows();
    private final MarketAssembler assembler = new MarketAssembler(snapshots, rows);

    private final RegisterEntry acornBefore = entry("Acorn Care Ltd", "Walsall", "A");
    private final RegisterEntry acornNow = entry("Acorn Care Ltd", "Walsall", "A; B");
    private final RegisterEntry birch = entry("Birch Homes", "Dudley", "A");
    private final RegisterEntry cedar = entry("Cedar Lodge", "Sandwell", "A");
    private final RegisterEntry unmatched = entry("Damson Staffing", "Walsall", "A");

    @Test
    void readsTheNewestCqcSnapshotAndTheNewestTwoRegisters() {
        long olderCqc = snapshots.add(SnapshotKind.CQC_DIRECTORY, "2026-08-01");
        long previous = snapshots.add(SnapshotKind.REGISTER, "2026-10-01");
        long cqc = snapshots.add(SnapshotKind.CQC_SEARCH_EXPORT, "2026-09-01");
        long register = snapshots.add(SnapshotKind.REGISTER, "2026-11-01");
        snapshots.add(SnapshotKind.REGISTER, "2026-09-01");
        MarketLocation current = location("1-1", "1-P1");
        rows.cqc(olderCqc, List.of(location("1-9", "1-P9")), Map.of("1-P9", "Old Provider"));
        rows.cqc(cqc, List.of(current), Map.of("1-P1", "Acorn Care"));
        rows.columns.put(olderCqc, Set.of(CqcColumn.BEDS, CqcColumn.RATINGS));
        rows.columns.put(cqc, Set.of(CqcColumn.RATINGS));
        rows.register(previous, List.of(acornBefore, birch));
        rows.register(register, List.of(acornNow, cedar));

        MarketSources sources = assembler.read();

        assertThat(sources.locations()).containsExactly(current);
        assertThat(sources.cqcColumns()).containsExactly(CqcColumn.RATINGS);
        assertThat(sources.providerNames()).containsExactlyEntriesOf(Map.of("1-P1", "Acorn Care"));
        assertThat(sources.dates()).isEqualTo(new DataDates(LocalDate.parse("2026-09-01"),
                LocalDate.parse("2026-11-01"), LocalDate.parse("2026-10-01"), MATCHED_AT));
        assertThat(sources.registerChanges()).extracting(RegisterChange::change, RegisterChange::organisationName)
                .containsExactlyInAnyOrder(
                        tuple(ChangeType.ADDED, "Cedar Lodge"),
                        tuple(ChangeType.RATING_CHANGED, "Acorn Care Ltd"),
                        tuple(ChangeType.REMOVED, "Birch Homes"));
    }

    @Test
    void keepsOnlyTheMatchedSponsorsEntriesOfTheNewestRegister() {
        long previous = snapshots.add(SnapshotKind.REGISTER, "2026-10-01");
        long register = snapshots.add(SnapshotKind.REGISTER, "2026-11-01");
        rows.register(previous, List.of(acornBefore, birch, unmatched));
        rows.register(register, List.of(acornNow, cedar, unmatched));
        rows.matches.add(match("1-P1", acornNow));
        rows.matches.add(match("1-P2", birch));
        rows.matches.add(new StoredMatch("1-P3", "No Sponsor Care", null, 0, MatchBand.LOW, "", List.of()));

        MarketSources sources = assembler.read();

        assertThat(sources.registerEntries()).containsExactlyEntriesOf(Map.of(acornNow.key(), acornNow));
        assertThat(sources.matches()).isEqualTo(rows.matches);
    }

    @Test
    void aRemovedSponsorLeadsToItsProviderThroughTheSurePairsRemembered() {
        long previous = snapshots.add(SnapshotKind.REGISTER, "2026-10-01");
        long register = snapshots.add(SnapshotKind.REGISTER, "2026-11-01");
        rows.register(previous, List.of(acornBefore, birch, unmatched));
        rows.register(register, List.of(acornNow, cedar));
        rows.providers.put(birch.key(), new LinkedProvider("1-P2", "Birch Homes"));

        MarketSources sources = assembler.read();

        assertThat(rows.askedForProvidersOf).containsExactly(Set.of(birch.key(), unmatched.key()));
        assertThat(sources.formerSponsorships()).containsExactly(new FormerSponsorship("1-P2",
                new StoredMatch.SponsorRef(birch.key(), "Birch Homes", "Dudley")));
    }

    @Test
    void ofTwoRegistersOfTheSameDateTheLaterImportedIsTheNewest() {
        long first = snapshots.add(SnapshotKind.REGISTER, "2026-11-01");
        long second = snapshots.add(SnapshotKind.REGISTER, "2026-11-01");
        rows.register(first, List.of(acornBefore));
        rows.register(second, List.of(acornNow));

        MarketSources sources = assembler.read();

        assertThat(sources.registerChanges()).extracting(RegisterChange::change, RegisterChange::before,
                RegisterChange::after).containsExactly(tuple(ChangeType.RATING_CHANGED,
                "A", "A; B"));
    }

    @Test
    void oneRegisterGivesNoChangesAndNoFormerSponsorships() {
        long register = snapshots.add(SnapshotKind.REGISTER, "2026-11-01");
        rows.register(register, List.of(acornNow, birch));
        rows.matches.add(match("1-P2", birch));

        MarketSources sources = assembler.read();

        assertThat(sources.registerChanges()).isEmpty();
        assertThat(sources.formerSponsorships()).isEmpty();
        assertThat(sources.registerEntries()).containsOnlyKeys(birch.key());
        assertThat(sources.dates().register()).isEqualTo(LocalDate.parse("2026-11-01"));
        assertThat(sources.dates().previousRegister()).isNull();
    }

    @Test
    void nothingHeldGivesAnEmptyMarketWithTheEventsAndTheMatchingDate() {
        EnforcementEvent event = new EnforcementEvent(1L, "Birch Homes", "Dudley", birch.key(), null,
                EnforcementAction.SUSPENDED, LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-02"), 4,
                "notice", "", Set.of(WALSALL), "officer", MATCHED_AT);
        rows.events.add(event);

        MarketSources sources = assembler.read();

        assertThat(sources.locations()).isEmpty();
        assertThat(sources.providerNames()).isEmpty();
        assertThat(sources.registerEntries()).isEmpty();
        assertThat(sources.registerChanges()).isEmpty();
        assertThat(sources.events()).containsExactly(event);
        assertThat(sources.dates()).isEqualTo(new DataDates(null, null, null, MATCHED_AT));
    }

    @Test
    void theVersionIsTheStoredRowsFingerprint() {
        assertThat(assembler.version()).isEqualTo("fingerprint 7");
    }

    private static RegisterEntry entry(String name, String town, String ratings) {
        return new RegisterEntry(OrganisationKey.of(name, town), name, town, "West Midlands", ratings,
                "Skilled Worker");
    }

    private static StoredMatch match(String providerId, RegisterEntry sponsor) {
        return new StoredMatch(providerId, sponsor.name(), new StoredMatch.SponsorRef(sponsor.key(), sponsor.name(),
                sponsor.town()), 0.95, MatchBand.HIGH, "same name", List.of());
    }

    private static MarketLocation location(String locationId, String providerId) {
        return new MarketLocation(locationId, providerId, "Home " + locationId, "Walsall", "WS1 1AA", WALSALL, true,
                false, 20, OverallRating.GOOD);
    }

    /** Snapshots in the repository's order: newest data first, the later imported first on the same date. */
    private static final class InMemorySnapshots implements SnapshotRepository {

        private final List<Snapshot> held = new ArrayList<>();

        long add(SnapshotKind kind, String dataDate) {
            long id = held.size() + 1;
            held.add(new Snapshot(id, kind, kind.name() + id, "sha" + id, LocalDate.parse(dataDate), MATCHED_AT, 0, 0,
                    0, 0, false));
            return id;
        }

        @Override
        public List<Snapshot> list() {
            return held.stream().sorted(Comparator.comparing(Snapshot::dataDate).thenComparing(Snapshot::id)
                    .reversed()).toList();
        }

        @Override
        public List<Snapshot> list(SnapshotSource source) {
            return list().stream().filter(s -> source.holds(s.kind())).toList();
        }

        @Override
        public Optional<Snapshot> latest(SnapshotSource source) {
            return list(source).stream().findFirst();
        }

        @Override
        public Optional<Snapshot> previous(SnapshotSource source) {
            return list(source).stream().skip(1).findFirst();
        }

        @Override
        public Optional<Snapshot> find(long id) {
            return held.stream().filter(s -> s.id() == id).findFirst();
        }

        @Override
        public boolean delete(long id) {
            return held.removeIf(s -> s.id() == id);
        }
    }

    /** Rows by snapshot; reading a snapshot that holds none fails, so the test sees which ones were read. */
    private static final class InMemoryRows implements MarketRows {

        private final Map<Long, List<MarketLocation>> locations = new HashMap<>();
        private final Map<Long, Map<String, String>> names = new HashMap<>();
        private final Map<Long, Set<CqcColumn>> columns = new HashMap<>();
        private final Map<Long, List<RegisterEntry>> registers = new HashMap<>();
        private final List<StoredMatch> matches = new ArrayList<>();
        private final Map<String, LinkedProvider> providers = new HashMap<>();
        private final List<Set<String>> askedForProvidersOf = new ArrayList<>();
        private final List<EnforcementEvent> events = new ArrayList<>();

        void cqc(long snapshotId, List<MarketLocation> held, Map<String, String> providerNames) {
            locations.put(snapshotId, held);
            names.put(snapshotId, providerNames);
        }

        void register(long snapshotId, List<RegisterEntry> entries) {
            registers.put(snapshotId, entries);
        }

        @Override
        public List<MarketLocation> adultSocialCareLocations(long cqcSnapshotId) {
            return Objects.requireNonNull(locations.get(cqcSnapshotId), "no CQC rows of " + cqcSnapshotId);
        }

        @Override
        public Set<CqcColumn> cqcColumns(long cqcSnapshotId) {
            adultSocialCareLocations(cqcSnapshotId);
            return columns.getOrDefault(cqcSnapshotId, Set.of());
        }

        @Override
        public Map<String, String> providerNames(long cqcSnapshotId) {
            return Objects.requireNonNull(names.get(cqcSnapshotId), "no CQC rows of " + cqcSnapshotId);
        }

        @Override
        public List<RegisterEntry> registerEntries(long registerSnapshotId) {
            return Objects.requireNonNull(registers.get(registerSnapshotId), "no register rows of " + registerSnapshotId);
        }

        @Override
        public List<OrganisationSummary> registerSummaries(long registerSnapshotId) {
            return registerEntries(registerSnapshotId).stream().map(e -> new OrganisationSummary(e.key(), e.name(),
                    e.town(), e.ratings(), e.routes())).toList();
        }

        @Override
        public List<StoredMatch> storedMatches() {
            return matches;
        }

        @Override
        public Optional<Instant> matchedAt() {
            return Optional.of(MATCHED_AT);
        }

        @Override
        public Map<String, LinkedProvider> providersOf(Set<String> sponsorKeys) {
            askedForProvidersOf.add(Set.copyOf(sponsorKeys));
            Map<String, LinkedProvider> found = new HashMap<>(providers);
            found.keySet().retainAll(sponsorKeys);
            return found;
        }

        @Override
        public List<EnforcementEvent> events() {
            return events;
        }

        @Override
        public String version() {
            return "fingerprint 7";
        }
    }
}
