package org.irwatch.core.quarterly;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.common.FinancialYear;
import org.irwatch.core.council.Scope;
import org.irwatch.core.grants.GrantInitiative;
import org.irwatch.core.grants.GrantPosition;

/**
 * The Grant spend sheet: each initiative of the area's year at the quarter's end, and all of them together; or, when
 * none is recorded, the sentence saying so, never a row of zeros.
 *
 * @param initiatives the initiatives behind the figures, for the Sources sheet, in the order of {@code positions}
 * @param areaLabels each initiative's area as the window names it, in the same order
 */
public record GrantSpend(String unavailable, List<GrantInitiative> initiatives, List<String> areaLabels,
                         List<GrantPosition> positions, GrantPosition total) {

    public GrantSpend {
        initiatives = List.copyOf(initiatives);
        areaLabels = List.copyOf(areaLabels);
        positions = List.copyOf(positions);
    }

    /** The initiatives of a year lying within an area's councils (see {@code Grants.within}). */
    @FunctionalInterface
    public interface Source {
        List<GrantInitiative> within(Set<String> councils, FinancialYear year);
    }

    /**
     * The sheet's figures at the end of {@code quarter}: the area's own initiatives first, then those of the areas
     * within it, each in the order given; {@code areaLabel} names an initiative's area by its key.
     */
    public static GrantSpend of(List<GrantInitiative> within, FinancialQuarter quarter, Scope area,
                                Function<String, String> areaLabel) {
        if (within.isEmpty()) {
            return new GrantSpend("No grant initiative is recorded for " + area.label() + " in "
                    + quarter.year().label() + ". Add them on the Reports screen (Grant spend…) or with irwatch "
                    + "grants import, then write the return again.", List.of(), List.of(), List.of(), null);
        }
        List<GrantInitiative> initiatives = within.stream().sorted(Comparator.comparing(
                (GrantInitiative i) -> !i.areaKey().equals(area.key()))).toList();
        List<GrantPosition> positions = initiatives.stream().map(i -> i.at(quarter)).toList();
        return new GrantSpend(null, initiatives, initiatives.stream().map(i -> areaLabel.apply(i.areaKey())).toList(),
                positions, GrantPosition.total("All initiatives", positions));
    }

    public boolean available() {
        return unavailable == null;
    }

    /** A position's value for a measure; null when its spend is not recorded (or, for the share, no budget). */
    public static BigDecimal value(GrantPosition position, GrantMeasure measure) {
        return switch (measure) {
            case BUDGET -> position.budget();
            case SPEND_IN_QUARTER -> position.inQuarter();
            case SPEND_TO_DATE -> position.toDate();
            case REMAINING -> position.remaining();
            case PERCENT_SPENT -> position.shareSpent();
        };
    }
}
