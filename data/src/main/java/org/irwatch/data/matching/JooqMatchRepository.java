package org.irwatch.data.matching;

import static org.irwatch.data.jooq.Tables.CQC_LOCATION;
import static org.irwatch.data.jooq.Tables.MATCH_CANDIDATE;
import static org.irwatch.data.jooq.Tables.MATCH_DECISION;
import static org.irwatch.data.jooq.Tables.MATCH_RUN;
import static org.irwatch.data.jooq.Tables.PROVIDER_MATCH;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.matching.DecisionsImported;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.MatchDecision;
import org.irwatch.core.matching.MatchRepository;
import org.irwatch.core.matching.MatchResult;
import org.irwatch.core.matching.MatchRun;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.matching.Verdict;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotRepository;
import org.irwatch.core.snapshot.SnapshotSource;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.jooq.tables.records.MatchDecisionRecord;
import org.irwatch.data.jooq.tables.records.ProviderMatchRecord;
import org.irwatch.data.snapshot.SnapshotRows;
import org.jooq.DSLContext;

/**
 * Stored match results (latest run only) and decisions, in H2. Only what a screen can show is stored: providers with
 * a sponsor or a runner-up scoring at least Low, and such runners-up; a provider not stored has no sponsor.
 */
public final class JooqMatchRepository implements MatchRepository {

    private static final int BATCH = 5_000;

    private final DSLContext dsl;
    private final SnapshotRepository snapshots;

    public JooqMatchRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.snapshots = new JooqSnapshotRepository(dsl);
    }

    /**
     * Only rows that differ from the stored ones are written: a run on the same data writes none, where replacing
     * every row made H2's file grow by about 20 MB a run on the Duke inputs (ADR 0045).
     */
    @Override
    public void replace(MatchRun run, List<MatchResult> results) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(MATCH_RUN).execute();
            insertRun(tx, run);
            tx.connection(connection -> {
                RowChanges changes = RowChanges.between(ProviderRows.readAll(connection), results);
                List<String> deleted = changes.deleted();
                deleteByProvider(connection, "DELETE FROM match_candidate WHERE cqc_provider_id = ?", deleted);
                deleteByProvider(connection, "DELETE FROM provider_match WHERE cqc_provider_id = ?", deleted);
                ProviderRows.insert(connection, changes.written(), BATCH);
                rememberLinks(connection, sureLinks(results));
            });
        });
    }

    private static boolean isSure(MatchBand band) {
        return band == MatchBand.HIGH || band == MatchBand.CONFIRMED;
    }

    /**
     * Keeps every sure pair (High or Confirmed) the stored matches now hold in sponsor_provider_link, so an
     * organisation that later leaves the register still leads to its provider (enforcement events, register signals,
     * the market's removed sponsors; ADR 0022). Medium and Low pairs are mostly different organisations (ADR 0016),
     * and a removal raises an alarm. By key in a batch, as deletes are.
     */
    private static void rememberLinks(Connection connection, List<String[]> sureLinks) throws SQLException {
        Set<List<String>> held = new HashSet<>();
        Set<List<String>> heldPairs = new HashSet<>();
        try (Statement statement = connection.createStatement(); ResultSet links = statement.executeQuery(
                "SELECT sponsor_key, cqc_provider_id, cqc_provider_name FROM sponsor_provider_link")) {
            while (links.next()) {
                held.add(List.of(links.getString(1), links.getString(2), links.getString(3)));
                heldPairs.add(List.of(links.getString(1), links.getString(2)));
            }
        }
        // A pair not held is inserted (every pair, the first time: a MERGE looked each up first); a pair held under
        // another provider name is merged.
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sponsor_provider_link"
                + " (sponsor_key, cqc_provider_id, cqc_provider_name) VALUES (?, ?, ?)");
             PreparedStatement merge = connection.prepareStatement("MERGE INTO sponsor_provider_link"
                + " (sponsor_key, cqc_provider_id, cqc_provider_name) KEY (sponsor_key, cqc_provider_id)"
                + " VALUES (?, ?, ?)")) {
            for (String[] link : sureLinks) {
                if (held.contains(List.of(link))) {
                    continue; // held already as it is: a run on the same data writes nothing
                }
                PreparedStatement write = heldPairs.contains(List.of(link[0], link[1])) ? merge : insert;
                write.setString(1, link[0]);
                write.setString(2, link[1]);
                write.setString(3, link[2]);
                write.addBatch();
            }
            insert.executeBatch();
            merge.executeBatch();
        }
    }

    /** Sponsor key, provider ID and provider name of each sure result. */
    private static List<String[]> sureLinks(List<MatchResult> results) {
        return results.stream().filter(r -> r.isMatched() && isSure(r.band()))
                .map(r -> new String[] {r.sponsor().key(), r.provider().providerId(), r.provider().name()}).toList();
    }

    private static void deleteByProvider(Connection connection, String sql, List<String> providerIds)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            for (String id : providerIds) {
                delete.setString(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    private static void insertRun(DSLContext tx, MatchRun run) {
        tx.insertInto(MATCH_RUN)
                .set(MATCH_RUN.REGISTER_SNAPSHOT_ID, run.registerSnapshotId())
                .set(MATCH_RUN.CQC_SNAPSHOT_ID, run.cqcSnapshotId())
                .set(MATCH_RUN.MATCHED_AT, run.matchedAt().atOffset(ZoneOffset.UTC))
                .set(MATCH_RUN.PROVIDER_COUNT, run.providerCount())
                .execute();
    }

    @Override
    public Optional<MatchRun> lastRun() {
        return dsl.selectFrom(MATCH_RUN).orderBy(MATCH_RUN.ID.desc()).limit(1).fetchOptional(r -> new MatchRun(
                r.getRegisterSnapshotId(), r.getCqcSnapshotId(), r.getMatchedAt().toInstant(), r.getProviderCount()));
    }

    @Override
    public List<StoredMatch> matches(Set<String> councilGssCodes) {
        Set<String> inScope = councilGssCodes == null ? null : providersIn(councilGssCodes);
        Map<String, List<StoredMatch.Candidate>> candidates = new HashMap<>();
        dsl.selectFrom(MATCH_CANDIDATE).orderBy(MATCH_CANDIDATE.CQC_PROVIDER_ID, MATCH_CANDIDATE.RANK)
                .fetchSize(10_000)
                .forEach(r -> {
                    if (inScope == null || inScope.contains(r.getCqcProviderId())) {
                        candidates.computeIfAbsent(r.getCqcProviderId(), id -> new ArrayList<>()).add(
                                new StoredMatch.Candidate(new StoredMatch.SponsorRef(r.getSponsorKey(),
                                        r.getSponsorName(), r.getSponsorTown()), r.getScore(), r.getEvidence()));
                    }
                });
        List<StoredMatch> matches = new ArrayList<>();
        dsl.selectFrom(PROVIDER_MATCH).orderBy(PROVIDER_MATCH.CQC_PROVIDER_NAME, PROVIDER_MATCH.CQC_PROVIDER_ID)
                .fetchSize(10_000)
                .forEach(r -> {
                    if (inScope == null || inScope.contains(r.getCqcProviderId())) {
                        matches.add(toMatch(r, candidates.getOrDefault(r.getCqcProviderId(), List.of())));
                    }
                });
        return matches;
    }

    /** Providers with an adult social care location in these councils, in the newest CQC snapshot. */
    private Set<String> providersIn(Set<String> councilGssCodes) {
        Optional<Snapshot> cqc = snapshots.latest(SnapshotSource.CQC);
        if (cqc.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(dsl.selectDistinct(CQC_LOCATION.PROVIDER_ID).from(CQC_LOCATION)
                .where(SnapshotRows.of(CQC_LOCATION.ID, cqc.get().id()), CQC_LOCATION.ADULT_SOCIAL_CARE.isTrue(),
                        CQC_LOCATION.COUNCIL_GSS.in(councilGssCodes))
                .fetch(CQC_LOCATION.PROVIDER_ID));
    }

    @Override
    public Optional<StoredMatch> match(String providerId) {
        List<StoredMatch.Candidate> candidates = dsl.selectFrom(MATCH_CANDIDATE)
                .where(MATCH_CANDIDATE.CQC_PROVIDER_ID.eq(providerId)).orderBy(MATCH_CANDIDATE.RANK)
                .fetch(r -> new StoredMatch.Candidate(new StoredMatch.SponsorRef(r.getSponsorKey(), r.getSponsorName(),
                        r.getSponsorTown()), r.getScore(), r.getEvidence()));
        return dsl.selectFrom(PROVIDER_MATCH).where(PROVIDER_MATCH.CQC_PROVIDER_ID.eq(providerId))
                .fetchOptional(r -> toMatch(r, candidates));
    }

    @Override
    public void update(StoredMatch match) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            StoredMatch.SponsorRef sponsor = match.sponsor();
            tx.update(PROVIDER_MATCH)
                    .set(PROVIDER_MATCH.SPONSOR_KEY, sponsor == null ? null : sponsor.key())
                    .set(PROVIDER_MATCH.SPONSOR_NAME, sponsor == null ? null : sponsor.name())
                    .set(PROVIDER_MATCH.SPONSOR_TOWN, sponsor == null ? null : sponsor.town())
                    .set(PROVIDER_MATCH.SCORE, match.score())
                    .set(PROVIDER_MATCH.BAND, match.band() == null ? null : match.band().name())
                    .set(PROVIDER_MATCH.EVIDENCE, match.evidence())
                    .where(PROVIDER_MATCH.CQC_PROVIDER_ID.eq(match.providerId()))
                    .execute();
            tx.deleteFrom(MATCH_CANDIDATE).where(MATCH_CANDIDATE.CQC_PROVIDER_ID.eq(match.providerId())).execute();
            int rank = 0;
            for (StoredMatch.Candidate candidate : match.candidates()) {
                tx.insertInto(MATCH_CANDIDATE)
                        .set(MATCH_CANDIDATE.CQC_PROVIDER_ID, match.providerId())
                        .set(MATCH_CANDIDATE.RANK, rank++)
                        .set(MATCH_CANDIDATE.SPONSOR_KEY, candidate.sponsor().key())
                        .set(MATCH_CANDIDATE.SPONSOR_NAME, candidate.sponsor().name())
                        .set(MATCH_CANDIDATE.SPONSOR_TOWN, candidate.sponsor().town())
                        .set(MATCH_CANDIDATE.SCORE, candidate.score())
                        .set(MATCH_CANDIDATE.EVIDENCE, candidate.evidence())
                        .execute();
            }
            if (match.isMatched() && isSure(match.band())) {
                tx.connection(connection -> rememberLinks(connection, List.<String[]>of(
                        new String[] {match.sponsor().key(), match.providerId(), match.providerName()})));
            }
        });
    }

    @Override
    public boolean isMatchedToAnother(String sponsorKey, String providerId) {
        return dsl.fetchExists(PROVIDER_MATCH, PROVIDER_MATCH.SPONSOR_KEY.eq(sponsorKey),
                PROVIDER_MATCH.CQC_PROVIDER_ID.ne(providerId));
    }

    private static StoredMatch toMatch(ProviderMatchRecord r, List<StoredMatch.Candidate> candidates) {
        StoredMatch.SponsorRef sponsor = r.getSponsorKey() == null ? null
                : new StoredMatch.SponsorRef(r.getSponsorKey(), r.getSponsorName(), r.getSponsorTown());
        return new StoredMatch(r.getCqcProviderId(), r.getCqcProviderName(), sponsor, r.getScore(),
                r.getBand() == null ? null : MatchBand.valueOf(r.getBand()), r.getEvidence(), candidates);
    }

    @Override
    public List<MatchDecision> decisions() {
        return dsl.selectFrom(MATCH_DECISION).orderBy(MATCH_DECISION.DECIDED_AT, MATCH_DECISION.CQC_PROVIDER_ID)
                .fetch(JooqMatchRepository::toDecision);
    }

    @Override
    public void decide(MatchDecision decision) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (decision.verdict() == Verdict.CONFIRMED) {
                tx.deleteFrom(MATCH_DECISION).where(MATCH_DECISION.CQC_PROVIDER_ID.eq(decision.providerId()),
                        MATCH_DECISION.VERDICT.eq(Verdict.CONFIRMED.name())).execute();
            }
            store(tx, decision);
        });
    }

    private static void store(DSLContext tx, MatchDecision decision) {
        tx.deleteFrom(MATCH_DECISION).where(MATCH_DECISION.CQC_PROVIDER_ID.eq(decision.providerId()),
                MATCH_DECISION.SPONSOR_KEY.eq(decision.sponsorKey())).execute();
        tx.insertInto(MATCH_DECISION)
                .set(MATCH_DECISION.CQC_PROVIDER_ID, decision.providerId())
                .set(MATCH_DECISION.SPONSOR_KEY, decision.sponsorKey())
                .set(MATCH_DECISION.CQC_PROVIDER_NAME, decision.providerName())
                .set(MATCH_DECISION.SPONSOR_NAME, decision.sponsorName())
                .set(MATCH_DECISION.SPONSOR_TOWN, decision.sponsorTown())
                .set(MATCH_DECISION.VERDICT, decision.verdict().name())
                .set(MATCH_DECISION.DECIDED_BY, decision.decidedBy())
                .set(MATCH_DECISION.DECIDED_AT, decision.decidedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public boolean withdraw(String providerId, String sponsorKey) {
        return dsl.deleteFrom(MATCH_DECISION).where(MATCH_DECISION.CQC_PROVIDER_ID.eq(providerId),
                MATCH_DECISION.SPONSOR_KEY.eq(sponsorKey)).execute() > 0;
    }

    @Override
    public DecisionsImported importDecisions(List<MatchDecision> decisions) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Map<String, MatchDecision> held = new HashMap<>();
            tx.selectFrom(MATCH_DECISION).forEach(r -> {
                MatchDecision decision = toDecision(r);
                held.put(decision.providerId() + "\n" + decision.sponsorKey(), decision);
            });
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            for (MatchDecision decision : decisions) {
                String pair = decision.providerId() + "\n" + decision.sponsorKey();
                MatchDecision mine = held.get(pair);
                if (mine == null) {
                    added++;
                } else if (decision.decidedAt().isAfter(mine.decidedAt()) && mine.verdict() != decision.verdict()) {
                    updated++;
                } else {
                    unchanged++;
                    continue;
                }
                if (decision.verdict() == Verdict.CONFIRMED) {
                    tx.deleteFrom(MATCH_DECISION).where(MATCH_DECISION.CQC_PROVIDER_ID.eq(decision.providerId()),
                            MATCH_DECISION.VERDICT.eq(Verdict.CONFIRMED.name()),
                            MATCH_DECISION.DECIDED_AT.lt(decision.decidedAt().atOffset(ZoneOffset.UTC))).execute();
                }
                store(tx, decision);
                held.put(pair, decision);
            }
            return new DecisionsImported(added, updated, unchanged);
        });
    }

    private static MatchDecision toDecision(MatchDecisionRecord r) {
        return new MatchDecision(r.getCqcProviderId(), r.getCqcProviderName(), r.getSponsorName(), r.getSponsorTown(),
                Verdict.valueOf(r.getVerdict()), r.getDecidedBy(), r.getDecidedAt().toInstant());
    }

}
