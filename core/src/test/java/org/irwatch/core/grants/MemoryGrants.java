package org.irwatch.core.grants;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.irwatch.core.common.FinancialYear;

/** Grant initiatives kept in a list, with ids given as a database would. */
final class MemoryGrants implements GrantRepository {

    final List<GrantInitiative> kept = new ArrayList<>();
    private long nextId = 1;

    @Override
    public List<GrantInitiative> inYear(FinancialYear year) {
        return kept.stream().filter(i -> i.year().equals(year))
                .sorted(Comparator.comparing(GrantInitiative::areaKey).thenComparing(GrantInitiative::nameKey))
                .toList();
    }

    @Override
    public List<GrantInitiative> saveAll(List<GrantInitiative> initiatives) {
        List<GrantInitiative> stored = new ArrayList<>();
        for (GrantInitiative initiative : initiatives) {
            GrantInitiative withId = initiative.id() != null ? initiative : new GrantInitiative(nextId++,
                    initiative.areaKey(), initiative.year(), initiative.name(), initiative.budget(),
                    initiative.spendByQuarter());
            kept.removeIf(i -> i.id().equals(withId.id()));
            kept.add(withId);
            stored.add(withId);
        }
        return stored;
    }

    @Override
    public void remove(long id) {
        kept.removeIf(i -> i.id() == id);
    }
}
