package org.irwatch.data.events;

import static org.irwatch.data.jooq.Tables.CQC_LOCATION;
import static org.irwatch.data.jooq.Tables.MATCH_DECISION;
import static org.irwatch.data.jooq.Tables.PROVIDER_MATCH;
import static org.irwatch.data.jooq.Tables.SPONSOR;
import static org.irwatch.data.jooq.Tables.SPONSOR_PROVIDER_LINK;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.events.LinkedProvider;
import org.irwatch.core.events.RegisterSponsor;
import org.irwatch.core.events.SponsorLookup;
import org.irwatch.core.matching.Verdict;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotRepository;
import org.irwatch.core.snapshot.SnapshotSource;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.snapshot.SnapshotRows;
import org.jooq.DSLContext;

/**
 * Register organisations of every register snapshot, and the provider each leads to. The sponsor table has no index on
 * names (it would slow every register import), so a look-up reads the keys of each snapshot once, newest first, for
 * a whole batch of names.
 */
public final class JooqSponsorLookup implements SponsorLookup {

    private static final int IN_LIST = 1_000;

    private final DSLContext dsl;
    private final SnapshotRepository snapshots;

    public JooqSponsorLookup(DSLContext dsl) {
        this.dsl = dsl;
        this.snapshots = new JooqSnapshotRepository(dsl);
    }

    @Override
    public Map<String, List<RegisterSponsor>> sponsorsNamed(Set<String> foldedNames) {
        Map<String, RegisterSponsor> byKey = new LinkedHashMap<>();
        if (foldedNames.isEmpty()) {
            return Map.of();
        }
        boolean latest = true;
        for (Snapshot register : snapshots.list(SnapshotSource.REGISTER)) {
            boolean onLatest = latest;
            dsl.select(SPONSOR.ORG_KEY, SPONSOR.NAME, SPONSOR.TOWN).from(SPONSOR)
                    .where(SnapshotRows.of(SPONSOR.ID, register.id()))
                    .fetchSize(10_000)
                    .forEach(r -> {
                        String key = r.value1();
                        if (!byKey.containsKey(key) && foldedNames.contains(nameOf(key))) {
                            byKey.put(key, new RegisterSponsor(key, r.value2(), r.value3(), register.dataDate(), onLatest));
                        }
                    });
            latest = false;
        }
        Map<String, List<RegisterSponsor>> byName = new HashMap<>();
        byKey.values().forEach(s -> byName.computeIfAbsent(nameOf(s.key()), n -> new ArrayList<>()).add(s));
        return byName;
    }

    /** The folded name part of an organisation key (name|town). */
    private static String nameOf(String key) {
        int bar = key.lastIndexOf('|');
        return bar < 0 ? key : key.substring(0, bar);
    }

    @Override
    public Map<String, LinkedProvider> providersOf(Set<String> sponsorKeys) {
        Map<String, LinkedProvider> found = new HashMap<>();
        Set<String> rejected = new HashSet<>();
        for (List<String> some : chunks(sponsorKeys)) {
            dsl.select(PROVIDER_MATCH.SPONSOR_KEY, PROVIDER_MATCH.CQC_PROVIDER_ID, PROVIDER_MATCH.CQC_PROVIDER_NAME)
                    .from(PROVIDER_MATCH).where(PROVIDER_MATCH.SPONSOR_KEY.in(some))
                    .forEach(r -> found.putIfAbsent(r.value1(), new LinkedProvider(r.value2(), r.value3())));
            dsl.select(MATCH_DECISION.SPONSOR_KEY, MATCH_DECISION.CQC_PROVIDER_ID, MATCH_DECISION.CQC_PROVIDER_NAME,
                            MATCH_DECISION.VERDICT)
                    .from(MATCH_DECISION).where(MATCH_DECISION.SPONSOR_KEY.in(some))
                    .orderBy(MATCH_DECISION.DECIDED_AT.desc())
                    .forEach(r -> {
                        if (Verdict.valueOf(r.value4()) == Verdict.CONFIRMED) {
                            found.putIfAbsent(r.value1(), new LinkedProvider(r.value2(), r.value3()));
                        } else {
                            rejected.add(r.value1() + "\n" + r.value2());
                        }
                    });
            dsl.select(SPONSOR_PROVIDER_LINK.SPONSOR_KEY, SPONSOR_PROVIDER_LINK.CQC_PROVIDER_ID,
                            SPONSOR_PROVIDER_LINK.CQC_PROVIDER_NAME)
                    .from(SPONSOR_PROVIDER_LINK).where(SPONSOR_PROVIDER_LINK.SPONSOR_KEY.in(some))
                    .orderBy(SPONSOR_PROVIDER_LINK.CQC_PROVIDER_ID)
                    .forEach(r -> {
                        if (!rejected.contains(r.value1() + "\n" + r.value2())) {
                            found.putIfAbsent(r.value1(), new LinkedProvider(r.value2(), r.value3()));
                        }
                    });
        }
        return found;
    }

    @Override
    public Map<String, Set<String>> councilsOf(Set<String> providerIds) {
        Optional<Snapshot> cqc = snapshots.latest(SnapshotSource.CQC);
        Map<String, Set<String>> councils = new HashMap<>();
        if (cqc.isEmpty()) {
            return councils;
        }
        for (List<String> some : chunks(providerIds)) {
            dsl.selectDistinct(CQC_LOCATION.PROVIDER_ID, CQC_LOCATION.COUNCIL_GSS).from(CQC_LOCATION)
                    .where(SnapshotRows.of(CQC_LOCATION.ID, cqc.get().id()), CQC_LOCATION.ADULT_SOCIAL_CARE.isTrue(),
                            CQC_LOCATION.COUNCIL_GSS.isNotNull(), CQC_LOCATION.PROVIDER_ID.in(some))
                    .forEach(r -> councils.computeIfAbsent(r.value1(), id -> new HashSet<>()).add(r.value2()));
        }
        return councils;
    }

    private static List<List<String>> chunks(Set<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
        }
        return chunks;
    }
}
