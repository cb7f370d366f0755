package org.irwatch.data.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irwatch.core.matching.MatchResult;

/**
 * How a run's results change the stored rows: the providers whose rows go (changed or no longer stored) and the
 * rows written afresh (changed or new). A run on the same data changes nothing.
 */
record RowChanges(List<String> deleted, List<ProviderRows> written) {

    static RowChanges between(Map<String, ProviderRows> stored, List<MatchResult> results) {
        Map<String, ProviderRows> left = new HashMap<>(stored);
        List<String> deleted = new ArrayList<>();
        List<ProviderRows> written = new ArrayList<>();
        for (MatchResult result : results) {
            Optional<ProviderRows> rows = ProviderRows.of(result);
            ProviderRows before = left.remove(result.provider().providerId());
            if (rows.isPresent() && rows.get().equals(before)) {
                continue;
            }
            if (before != null) {
                deleted.add(before.providerId());
            }
            rows.ifPresent(written::add);
        }
        deleted.addAll(left.keySet());
        return new RowChanges(List.copyOf(deleted), List.copyOf(written));
    }
}
