package org.irwatch.data.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.demo.DemoDataGenerator;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.MatchDecision;
import org.irwatch.core.matching.MatchResult;
import org.irwatch.core.matching.MatchRun;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.matching.Verdict;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.demo.JooqDemoDataRepository;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matching over the demo market: results stored, decisions applied at once, kept by the next run, shared as CSV. */
class StoredMatchingTest {

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    private final Database database = Database.inMemory();
    private final CouncilDirectory councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
    private final JooqMatchRepository repository = new JooqMatchRepository(database.dsl());
    private final MatchingService matching = new MatchingService(new JooqMatchInputs(database.dsl()), repository,
            Clock.fixed(NOON, ZoneOffset.UTC));

    @TempDir
    Path temp;

    @BeforeEach
    void loadDemo() {
        new JooqDemoDataRepository(database.dsl()).load(new DemoDataGenerator(councils).generate(),
                ProgressListener.NONE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aRunIsStoredWholeAndIsNoLongerStale() {
        assertThat(matching.isStale()).isTrue();

        List<MatchResult> results = matching.matchLatest(ProgressListener.NONE);

        assertThat(matching.isStale()).isFalse();
        List<StoredMatch> stored = matching.matches(null);
        assertThat(stored).hasSize((int) results.stream().filter(r -> r.isMatched() || r.runnersUp().stream()
                .anyMatch(c -> MatchBand.ofScore(c.score()) != null)).count());
        assertThat(stored).allSatisfy(match -> assertThat(match.candidates())
                .allMatch(c -> MatchBand.ofScore(c.score()) != null, "only runners-up that could be offered"));
        assertThat(stored.stream().filter(StoredMatch::isMatched).count())
                .isEqualTo(results.stream().filter(MatchResult::isMatched).count());
        assertThat(matching.lastRun().orElseThrow().providerCount()).isEqualTo(results.size());
        assertThat(matching.matches(Set.of("E08000025"))).as("Birmingham's providers only")
                .hasSizeBetween(1, results.size() - 1);
    }

    @Test
    void theWorkAlongsideTheSavingGetsTheResultsAndItsFailureIsThrownWithTheRunSaved() {
        List<List<MatchResult>> given = new ArrayList<>();

        List<MatchResult> results = matching.matchLatest(ProgressListener.NONE, given::add);

        assertThat(given).containsExactly(results);
        assertThat(matching.isStale()).isFalse();

        database.dsl().execute("DELETE FROM match_run");
        assertThatThrownBy(() -> matching.matchLatest(ProgressListener.NONE, found -> {
            throw new UserFacingException("The CSV could not be written");
        })).hasMessage("The CSV could not be written");
        assertThat(matching.isStale()).as("the matches were saved all the same").isFalse();
    }

    @Test
    void aSavingThatFailsIsThrownAfterTheWorkAlongsideEndsAndKeepsTheRunBefore() {
        matching.matchLatest(ProgressListener.NONE);
        MatchRun before = matching.lastRun().orElseThrow();
        AtomicBoolean ended = new AtomicBoolean();
        database.dsl().execute("DROP TABLE sponsor_provider_link"); // the saving's last step now fails

        assertThatThrownBy(() -> matching.matchLatest(ProgressListener.NONE, found -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ended.set(true);
        })).isInstanceOf(DataAccessException.class);
        assertThat(ended).as("the work alongside finished before the failure was thrown").isTrue();
        assertThat(matching.lastRun()).as("the run is saved in one transaction").contains(before);
    }

    @Test
    void rejectingTheMatchOffersTheNextCandidateAndUndoPutsItBack() {
        matching.matchLatest(ProgressListener.NONE);
        StoredMatch before = withRunnerUp();
        MatchDecision reject = decision(before, before.sponsor(), Verdict.REJECTED);

        StoredMatch after = matching.decide(reject).orElseThrow();

        assertThat(after.sponsor()).isNotEqualTo(before.sponsor());
        assertThat(after.candidates()).extracting(StoredMatch.Candidate::sponsor).doesNotContain(before.sponsor());
        assertThat(matching.decisions()).containsExactly(reject);

        matching.undo(reject, before);
        assertThat(matching.decisions()).isEmpty();
        assertThat(repository.match(before.providerId()).orElseThrow()).isEqualTo(before);
    }

    @Test
    void aConfirmedRunnerUpIsKeptByTheNextRun() {
        matching.matchLatest(ProgressListener.NONE);
        StoredMatch before = withRunnerUp();
        StoredMatch.SponsorRef picked = before.candidates().getFirst().sponsor();

        StoredMatch after = matching.decide(decision(before, picked, Verdict.CONFIRMED)).orElseThrow();
        assertThat(after.sponsor()).isEqualTo(picked);
        assertThat(after.band()).isEqualTo(MatchBand.CONFIRMED);
        assertThat(after.evidence()).startsWith("confirmed by a.reviewer");

        matching.matchLatest(ProgressListener.NONE);
        StoredMatch rerun = repository.match(before.providerId()).orElseThrow();
        assertThat(rerun.sponsor().key()).isEqualTo(picked.key());
        assertThat(rerun.band()).isEqualTo(MatchBand.CONFIRMED);
    }

    @Test
    void decisionsTravelAsCsvAndALaterDecisionWins() throws Exception {
        matching.matchLatest(ProgressListener.NONE);
        StoredMatch one = withRunnerUp();
        MatchDecision rejected = decision(one, one.sponsor(), Verdict.REJECTED);
        matching.decide(rejected);
        StringWriter csv = new StringWriter();
        DecisionsCsv.write(matching.decisions(), csv);
        Path file = Files.writeString(temp.resolve("decisions.csv"), csv.toString(), StandardCharsets.UTF_8);

        assertThat(DecisionsCsv.read(file, Clock.systemUTC())).containsExactly(rejected);
        assertThat(matching.importDecisions(DecisionsCsv.read(file, Clock.systemUTC())).unchanged()).isEqualTo(1);

        MatchDecision later = new MatchDecision(rejected.providerId(), rejected.providerName(),
                rejected.sponsorName(), rejected.sponsorTown(), Verdict.CONFIRMED, "colleague", NOON.plusSeconds(60));
        var outcome = matching.importDecisions(List.of(later));
        assertThat(outcome.updated()).isEqualTo(1);
        assertThat(matching.decisions()).containsExactly(later);
    }

    @Test
    void aDecisionsFileWithBadRowsChangesNothingAndSaysWhichLines() throws Exception {
        Path file = Files.writeString(temp.resolve("bad.csv"), String.join("\n",
                String.join(",", DecisionsCsv.HEADER),
                "1-1,A,Alpha Care Ltd,York,Confirmed,x,2026-11-30T12:00:00Z",
                "1-2,B,Beta Care Ltd,York,Perhaps,x,2026-11-30T12:00:00Z",
                "1-3,C,,York,Rejected,x,2026-11-30T12:00:00Z",
                "1-4,D,Delta Ltd,York,Rejected,x,yesterday") + "\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DecisionsCsv.read(file, Clock.systemUTC())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("nothing was changed").hasMessageContaining("3 rows")
                .hasMessageContaining("line 3: decision 'Perhaps'").hasMessageContaining("line 4")
                .hasMessageContaining("line 5: decided_at 'yesterday'");
        assertThat(matching.decisions()).isEmpty();

        Path wrong = Files.writeString(temp.resolve("wrong.csv"), "name,town\nA,B\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DecisionsCsv.read(wrong, Clock.systemUTC())).hasMessageContaining("is not a match decisions file");
    }

    @Test
    void deletingASnapshotTheRunComparedClearsTheStoredResults() {
        matching.matchLatest(ProgressListener.NONE);
        long cqc = matching.lastRun().orElseThrow().cqcSnapshotId();

        new JooqSnapshotRepository(database.dsl()).delete(cqc);

        assertThat(matching.lastRun()).isEmpty();
        assertThat(matching.matches(null)).isEmpty();
    }

    @Test
    void removingTheDemoTakesDecisionsOnInventedProvidersWithIt() {
        matching.matchLatest(ProgressListener.NONE);
        StoredMatch one = withRunnerUp();
        matching.decide(decision(one, one.sponsor(), Verdict.REJECTED));

        new JooqDemoDataRepository(database.dsl()).remove();

        assertThat(matching.decisions()).isEmpty();
        assertThat(matching.lastRun()).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "register read from memory: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void aNewRegisterSnapshotIsMatchedIncrementallyAndStoredAsAFullRunWouldStoreIt(boolean fromMemory)
            throws Exception {
        org.irwatch.data.snapshot.RecentRegister recent = new org.irwatch.data.snapshot.RecentRegister();
        MatchingService matching = fromMemory ? new MatchingService(new JooqMatchInputs(database.dsl(), recent),
                repository, Clock.fixed(NOON, ZoneOffset.UTC)) : this.matching;
        List<MatchResult> first = matching.matchLatest(ProgressListener.NONE);
        MatchResult matched = first.stream().filter(MatchResult::isMatched).findFirst().orElseThrow();
        MatchResult unmatched = first.stream().filter(r -> !r.isMatched()).findFirst().orElseThrow();
        // The next register: without one matched organisation, and with one named exactly as an unmatched provider.
        List<String> lines = new java.util.ArrayList<>(List.of("Organisation Name,Town/City,County,Type & Rating,Route"));
        new JooqMatchInputs(database.dsl()).registerRows().stream()
                .filter(row -> !row.key().equals(matched.sponsor().key()))
                .forEach(row -> lines.add(csv(row.name(), row.town(), row.county())));
        lines.add(csv(unmatched.provider().name(), unmatched.provider().towns().getFirst(), ""));
        Path next = Files.write(temp.resolve("2026-12-01_-_Worker_and_Temporary_Worker.csv"), lines,
                StandardCharsets.UTF_8);
        new org.irwatch.data.imports.FileImporter(database.dsl(), councils, Clock.systemUTC(), recent)
                .importFile(next, null, ProgressListener.NONE);
        assertThat(matching.isStale()).isTrue();

        List<String> steps = new ArrayList<>();
        List<MatchResult> second = matching.matchLatest(new ProgressListener() {
            @Override
            public void progress(String message, long done, long total) {
                steps.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });

        assertThat(steps).as("matched incrementally").contains("Reading the register's changes")
                .doesNotContain("Reading the register and the CQC providers");
        assertThat(matching.isStale()).isFalse();
        assertThat(second).filteredOn(r -> r.provider().providerId().equals(unmatched.provider().providerId()))
                .singleElement().satisfies(r -> assertThat(r.sponsor().name()).isEqualTo(unmatched.provider().name()));
        assertThat(second).noneMatch(r -> r.isMatched() && r.sponsor().key().equals(matched.sponsor().key()));
        assertThat(describe(matching.matches(null))).as("stored rows after the incremental run")
                .isEqualTo(storedAfterFullWrite(matching, second));
    }

    @Test
    void aRunOverEarlierResultsStoresWhatAFreshWriteWouldAndTheSameResultsAgainChangeNoRow() {
        List<MatchResult> first = matching.matchLatest(ProgressListener.NONE);
        List<MatchResult> matched = first.stream().filter(MatchResult::isMatched).toList();
        MatchResult notStored = first.stream().filter(r -> ProviderRows.of(r).isEmpty()).findFirst().orElseThrow();
        MatchResult reworded = matched.get(0);
        MatchResult lost = matched.get(1);
        MatchResult gone = matched.get(2);
        List<MatchResult> next = new ArrayList<>();
        for (MatchResult result : first) {
            if (result == reworded) {
                next.add(new MatchResult(result.provider(), result.sponsor(), result.score(), result.band(),
                        result.evidence() + "; reworded", result.runnersUp()));
            } else if (result == lost) {
                next.add(new MatchResult(result.provider(), null, 0.0, null, "nothing close enough", List.of()));
            } else if (result == notStored) {
                next.add(new MatchResult(result.provider(), gone.sponsor(), 0.9, MatchBand.HIGH, "found now",
                        List.of()));
            } else if (result != gone) {
                next.add(result);
            }
        }

        repository.replace(matching.lastRun().orElseThrow(), next);

        assertThat(describe(repository.matches(null))).isEqualTo(storedAfterFullWrite(matching, next))
                .anyMatch(row -> row.contains("; reworded")).anyMatch(row -> row.contains("found now"))
                .noneMatch(row -> row.contains(lost.provider().providerId()))
                .noneMatch(row -> row.contains(gone.provider().providerId()));
        database.dsl().connection(connection -> assertThat(
                RowChanges.between(ProviderRows.readAll(connection), next))
                .as("the same results again").isEqualTo(new RowChanges(List.of(), List.of())));
        database.dsl().connection(connection -> {
            RowChanges back = RowChanges.between(ProviderRows.readAll(connection), first);
            assertThat(back.deleted()).as("back to the first results: rows that go")
                    .containsExactlyInAnyOrder(reworded.provider().providerId(), notStored.provider().providerId());
            assertThat(back.written()).extracting(ProviderRows::providerId).as("rows written")
                    .containsExactlyInAnyOrder(reworded.provider().providerId(), lost.provider().providerId(),
                            gone.provider().providerId());
        });
    }

    /** What a full replace writes for these results, read back, for comparing with an incremental run's rows. */
    private static List<String> storedAfterFullWrite(MatchingService matching, List<MatchResult> results) {
        try (Database other = Database.inMemory()) {
            JooqMatchRepository store = new JooqMatchRepository(other.dsl());
            store.replace(matching.lastRun().orElseThrow(), results);
            return describe(store.matches(null));
        }
    }

    private static List<String> describe(List<StoredMatch> matches) {
        return matches.stream().map(StoredMatch::toString).sorted().toList();
    }

    private static String csv(String... values) {
        return java.util.Arrays.stream(values).map(v -> "\"" + v.replace("\"", "\"\"") + "\"")
                .collect(java.util.stream.Collectors.joining(",")) + ",\"Worker (A rating)\",\"Skilled Worker\"";
    }

    private StoredMatch withRunnerUp() {
        return matching.matches(null).stream()
                .filter(m -> m.isMatched() && m.band() != MatchBand.CONFIRMED && !m.candidates().isEmpty()
                        && MatchBand.ofScore(m.candidates().getFirst().score()) != null)
                .findFirst().orElseThrow(() -> new AssertionError("the demo has a match with a close runner-up"));
    }

    private static MatchDecision decision(StoredMatch match, StoredMatch.SponsorRef sponsor, Verdict verdict) {
        return new MatchDecision(match.providerId(), match.providerName(), sponsor.name(), sponsor.town(), verdict,
                "a.reviewer", NOON);
    }
}
