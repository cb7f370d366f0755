package org.irwatch.core.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An initiative's figures (or all of an area's together) at the end of a quarter. Spend not recorded stays null, never
 * 0: what remains and the share spent are then not known either. An overspend shows as a negative remainder and a
 * share above 1.
 *
 * @param inQuarter the quarter's spend; null when none is recorded for it
 * @param toDate the spend recorded from 1 April to the quarter's end; null when none is recorded
 * @param quartersNotRecorded the quarters to date (1 to 4) with no spend recorded
 */
public record GrantPosition(String name, BigDecimal budget, BigDecimal inQuarter, BigDecimal toDate,
                            List<Integer> quartersNotRecorded) {

    public GrantPosition {
        quartersNotRecorded = List.copyOf(quartersNotRecorded);
    }

    /** The budget less the spend to date; null when no spend is recorded; below 0 when overspent. */
    public BigDecimal remaining() {
        return toDate == null ? null : budget.subtract(toDate);
    }

    /** The spend to date as a share of the budget (0.25 for a quarter spent); null with no spend or no budget. */
    public BigDecimal shareSpent() {
        return toDate == null || budget.signum() == 0 ? null : toDate.divide(budget, 4, RoundingMode.HALF_UP);
    }

    /** The share spent as people read it: "37.0%", "not recorded", or "no budget". */
    public String shareSpentText() {
        BigDecimal share = shareSpent();
        if (share == null) {
            return toDate == null ? Pounds.NOT_RECORDED : "no budget";
        }
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public boolean overspent() {
        return toDate != null && toDate.compareTo(budget) > 0;
    }

    /** The positions of several initiatives added up: the budgets, and the spend that is recorded. */
    public static GrantPosition total(String name, List<GrantPosition> positions) {
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal inQuarter = null;
        BigDecimal toDate = null;
        for (GrantPosition p : positions) {
            budget = budget.add(p.budget);
            inQuarter = plus(inQuarter, p.inQuarter);
            toDate = plus(toDate, p.toDate);
        }
        return new GrantPosition(name, budget, inQuarter, toDate, List.of());
    }

    private static BigDecimal plus(BigDecimal sum, BigDecimal value) {
        return value == null ? sum : sum == null ? value : sum.add(value);
    }
}
