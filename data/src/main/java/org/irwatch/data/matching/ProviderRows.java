package org.irwatch.data.matching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.MatchResult;

/**
 * What one provider's result stores, value for value: its provider_match row and its match_candidate rows. Two
 * equal values store the same rows, so a run can leave alone what the last one wrote already.
 *
 * @param band the band's name, or null when the provider has no sponsor
 */
record ProviderRows(String providerId, String providerName, String sponsorKey, String sponsorName,
                    String sponsorTown, double score, String band, String evidence, List<CandidateRow> candidates) {

    /** One runner-up, as its match_candidate row holds it (the rank is its place in the list). */
    record CandidateRow(String sponsorKey, String sponsorName, String sponsorTown, double score, String evidence) {
    }

    ProviderRows {
        candidates = List.copyOf(candidates);
    }

    /** The rows a result stores; empty for most providers: no sponsor and nothing close, which absence says. */
    static Optional<ProviderRows> of(MatchResult result) {
        List<CandidateRow> offerable = result.runnersUp().stream()
                .filter(c -> MatchBand.ofScore(c.score()) != null)
                .map(c -> new CandidateRow(c.sponsor().key(), c.sponsor().name(), c.sponsor().town(), c.score(),
                        c.evidence() == null ? "" : c.evidence()))
                .toList();
        if (!result.isMatched() && offerable.isEmpty()) {
            return Optional.empty();
        }
        boolean matched = result.isMatched();
        return Optional.of(new ProviderRows(result.provider().providerId(), result.provider().name(),
                matched ? result.sponsor().key() : null, matched ? result.sponsor().name() : null,
                matched ? result.sponsor().town() : null, result.score(),
                result.band() == null ? null : result.band().name(), result.evidence(), offerable));
    }

    /** Every stored provider's rows, by provider ID. */
    static Map<String, ProviderRows> readAll(Connection connection) throws SQLException {
        Map<String, List<CandidateRow>> candidates = new HashMap<>();
        Map<String, ProviderRows> stored = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT cqc_provider_id, sponsor_key, sponsor_name, "
                    + "sponsor_town, score, evidence FROM match_candidate ORDER BY cqc_provider_id, rank")) {
                while (rows.next()) {
                    candidates.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(new CandidateRow(
                            rows.getString(2), rows.getString(3), rows.getString(4), rows.getDouble(5),
                            rows.getString(6)));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT cqc_provider_id, cqc_provider_name, sponsor_key, "
                    + "sponsor_name, sponsor_town, score, band, evidence FROM provider_match")) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    stored.put(id, new ProviderRows(id, rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getDouble(6), rows.getString(7), rows.getString(8),
                            candidates.getOrDefault(id, List.of())));
                }
            }
        }
        return stored;
    }

    /** Writes these providers' rows in batches of {@code batch} providers. */
    static void insert(Connection connection, List<ProviderRows> providers, int batch) throws SQLException {
        try (PreparedStatement match = connection.prepareStatement("INSERT INTO provider_match (cqc_provider_id, "
                + "cqc_provider_name, sponsor_key, sponsor_name, sponsor_town, score, band, evidence) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement candidate = connection.prepareStatement("INSERT INTO match_candidate "
                     + "(cqc_provider_id, rank, sponsor_key, sponsor_name, sponsor_town, score, evidence) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int rows = 0;
            for (ProviderRows provider : providers) {
                provider.addTo(match, candidate);
                if (++rows % batch == 0) {
                    match.executeBatch();
                    candidate.executeBatch();
                }
            }
            match.executeBatch();
            candidate.executeBatch();
        }
    }

    private void addTo(PreparedStatement match, PreparedStatement candidate) throws SQLException {
        match.setString(1, providerId);
        match.setString(2, providerName);
        match.setString(3, sponsorKey);
        match.setString(4, sponsorName);
        match.setString(5, sponsorTown);
        match.setDouble(6, score);
        if (band == null) {
            match.setNull(7, Types.VARCHAR);
        } else {
            match.setString(7, band);
        }
        match.setString(8, evidence);
        match.addBatch();
        int rank = 0;
        for (CandidateRow other : candidates) {
            candidate.setString(1, providerId);
            candidate.setInt(2, rank++);
            candidate.setString(3, other.sponsorKey());
            candidate.setString(4, other.sponsorName());
            candidate.setString(5, other.sponsorTown());
            candidate.setDouble(6, other.score());
            candidate.setString(7, other.evidence());
            candidate.addBatch();
        }
    }
}
