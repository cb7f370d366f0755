package org.irwatch.core.matching;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many providers a run matched in each band, and how many have no sponsor. */
public record MatchSummary(int providers, Map<MatchBand, Integer> byBand, int unmatched) {

    public MatchSummary {
        byBand = Map.copyOf(byBand);
    }

    public static MatchSummary of(List<MatchResult> results) {
        Map<MatchBand, Integer> bands = new EnumMap<>(MatchBand.class);
        int unmatched = 0;
        for (MatchResult result : results) {
            if (result.isMatched()) {
                bands.merge(result.band(), 1, Integer::sum);
            } else {
                unmatched++;
            }
        }
        return new MatchSummary(results.size(), bands, unmatched);
    }

    public int count(MatchBand band) {
        return byBand.getOrDefault(band, 0);
    }

    /** "33,012 care providers: 120 Confirmed, 9,000 High, 800 Medium, 500 Low, 22,592 with no sponsor." */
    @Override
    public String toString() {
        return String.format("%,d care providers: %s%,d High, %,d Medium, %,d Low, %,d with no sponsor.", providers,
                count(MatchBand.CONFIRMED) > 0 ? String.format("%,d Confirmed, ", count(MatchBand.CONFIRMED)) : "",
                count(MatchBand.HIGH), count(MatchBand.MEDIUM), count(MatchBand.LOW), unmatched);
    }
}
