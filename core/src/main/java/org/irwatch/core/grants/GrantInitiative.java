package org.irwatch.core.grants;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.common.FinancialYear;

/**
 * One initiative funded by the grant in an area for a financial year: its budget, and the spend recorded for each
 * quarter. A quarter with no spend recorded is absent, which is not the same as nothing spent.
 *
 * @param id null until stored
 * @param areaKey the area the grant belongs to, as {@link org.irwatch.core.council.Scope#key()} writes it
 * @param spendByQuarter quarter number (1 to 4) to the pounds spent in it; only the quarters recorded
 */
public record GrantInitiative(Long id, String areaKey, FinancialYear year, String name, BigDecimal budget,
                              Map<Integer, BigDecimal> spendByQuarter) {

    public GrantInitiative {
        name = name == null ? "" : name.strip();
        spendByQuarter = Map.copyOf(spendByQuarter);
        spendByQuarter.keySet().forEach(quarter -> {
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("A financial year has quarters 1 to 4, not " + quarter);
            }
        });
    }

    /** The name as compared: two initiatives of an area and year cannot differ only in case or spaces. */
    public String nameKey() {
        return nameKey(name);
    }

    static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }

    /** The spend recorded for a quarter of its year; empty when none is recorded. */
    public Optional<BigDecimal> spendIn(int quarter) {
        return Optional.ofNullable(spendByQuarter.get(quarter));
    }

    /** Its figures at the end of a quarter of its year: that quarter's spend, the year to date, what remains. */
    public GrantPosition at(FinancialQuarter quarter) {
        if (!quarter.year().equals(year)) {
            throw new IllegalArgumentException(quarter.label() + " is not in " + year.label());
        }
        BigDecimal toDate = null;
        List<Integer> notRecorded = new ArrayList<>();
        for (int q = 1; q <= quarter.number(); q++) {
            BigDecimal spent = spendByQuarter.get(q);
            if (spent == null) {
                notRecorded.add(q);
            } else {
                toDate = toDate == null ? spent : toDate.add(spent);
            }
        }
        return new GrantPosition(name, budget, spendByQuarter.get(quarter.number()), toDate, notRecorded);
    }

    /** The same initiative with a quarter's spend recorded, or cleared (null). */
    public GrantInitiative withSpend(int quarter, BigDecimal spend) {
        Map<Integer, BigDecimal> changed = new TreeMap<>(spendByQuarter);
        if (spend == null) {
            changed.remove(quarter);
        } else {
            changed.put(quarter, spend);
        }
        return new GrantInitiative(id, areaKey, year, name, budget, changed);
    }

    public GrantInitiative withBudget(BigDecimal newBudget) {
        return new GrantInitiative(id, areaKey, year, name, newBudget, spendByQuarter);
    }
}
