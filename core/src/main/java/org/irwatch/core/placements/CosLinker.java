package org.irwatch.core.placements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.market.RegisterEntry;
import org.irwatch.core.matching.MatchResult;
import org.irwatch.core.matching.ProviderEntry;
import org.irwatch.core.matching.SponsorEntry;
import org.irwatch.core.matching.SponsorMatcher;
import org.irwatch.core.register.OrganisationKey;

/**
 * Links certificates rows to organisations of the newest register: a name written as on the register (the town
 * decides between namesakes) is EXACT; any other goes through the matching engine, whose High is sure and whose
 * Medium, Low or nothing waits for review. A row is never dropped for want of a link.
 */
public final class CosLinker {

    private CosLinker() {
    }

    public static List<CosRow> link(List<CosRow> rows, List<RegisterEntry> register, ProgressListener progress) {
        Map<String, List<RegisterEntry>> byName = new HashMap<>();
        register.forEach(e -> byName.computeIfAbsent(OrganisationKey.fold(e.name()), n -> new ArrayList<>()).add(e));
        List<CosRow> linked = new ArrayList<>(rows.size());
        List<CosRow> unlinked = new ArrayList<>();
        for (CosRow row : rows) {
            RegisterEntry exact = exact(row, byName.getOrDefault(OrganisationKey.fold(row.sponsorName()), List.of()));
            if (exact != null) {
                linked.add(row.withLink(new CosLink(exact.key(), exact.name(), CosLink.Band.EXACT, 1.0,
                        "the name as on the register")));
            } else {
                unlinked.add(row);
            }
        }
        if (!unlinked.isEmpty()) {
            linked.addAll(scored(unlinked, register, progress));
        }
        linked.sort(java.util.Comparator.comparingLong(CosRow::line));
        return linked;
    }

    private static RegisterEntry exact(CosRow row, List<RegisterEntry> namesakes) {
        if (namesakes.size() == 1) {
            return namesakes.getFirst();
        }
        String town = OrganisationKey.fold(row.town());
        List<RegisterEntry> inTown = namesakes.stream()
                .filter(e -> !town.isEmpty() && Objects.equals(OrganisationKey.fold(e.town()), town)).toList();
        return inTown.size() == 1 ? inTown.getFirst() : null;
    }

    private static List<CosRow> scored(List<CosRow> rows, List<RegisterEntry> register, ProgressListener progress) {
        SponsorMatcher matcher = new SponsorMatcher(register.stream()
                .map(e -> SponsorEntry.of(e.key(), e.name(), e.town(), e.county())).toList());
        List<ProviderEntry> asked = new ArrayList<>(rows.size());
        for (CosRow row : rows) {
            asked.add(ProviderEntry.of("row " + row.line(), row.sponsorName(), null, List.of(),
                    row.town().isBlank() ? List.of() : List.of(row.town()), List.of()));
        }
        List<MatchResult> results = matcher.matchAll(asked, progress);
        Map<String, MatchResult> byRow = new HashMap<>();
        results.forEach(r -> byRow.put(r.provider().providerId(), r));
        List<CosRow> linked = new ArrayList<>(rows.size());
        for (CosRow row : rows) {
            MatchResult result = byRow.get("row " + row.line());
            linked.add(row.withLink(result == null || !result.isMatched()
                    ? CosLink.none("no register organisation of a like name")
                    : new CosLink(result.sponsor().key(), result.sponsor().name(),
                    CosLink.Band.valueOf(result.band().name()), result.score(), result.evidence())));
        }
        return linked;
    }
}
