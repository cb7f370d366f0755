package org.irwatch.core.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.common.FinancialYear;
import org.junit.jupiter.api.Test;

/** An initiative's spend in a quarter, to date, what remains and the share spent. */
class GrantPositionTest {

    private static final FinancialYear YEAR = FinancialYear.parse("2024-25");

    private static GrantInitiative initiative(String budget, Map<Integer, BigDecimal> spend) {
        return new GrantInitiative(1L, "partnership:Coventry and Warwickshire", YEAR, "Retention payments",
                new BigDecimal(budget), spend);
    }

    private static BigDecimal pounds(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void aQuarterWithNoSpendRecordedIsNotRecordedNotNothing() {
        GrantPosition q2 = initiative("10000", Map.of(1, pounds("2500"))).at(YEAR.quarter(2));

        assertThat(q2.inQuarter()).as("Q2 not recorded").isNull();
        assertThat(q2.toDate()).isEqualByComparingTo("2500");
        assertThat(q2.quartersNotRecorded()).containsExactly(2);
    }

    @Test
    void aQuarterRecordedAsNothingSpentIsZeroAndCountsAsRecorded() {
        GrantPosition q1 = initiative("10000", Map.of(1, pounds("0"))).at(YEAR.quarter(1));

        assertThat(q1.inQuarter()).isEqualByComparingTo("0");
        assertThat(q1.toDate()).isEqualByComparingTo("0");
        assertThat(q1.remaining()).isEqualByComparingTo("10000");
        assertThat(q1.shareSpent()).isEqualByComparingTo("0");
        assertThat(q1.quartersNotRecorded()).isEmpty();
    }

    @Test
    void withNoSpendRecordedToDateNeitherWhatRemainsNorTheShareIsKnown() {
        GrantPosition q2 = initiative("10000", Map.of(3, pounds("100"))).at(YEAR.quarter(2));

        assertThat(q2.toDate()).as("Q3's spend is after Q2").isNull();
        assertThat(q2.remaining()).isNull();
        assertThat(q2.shareSpent()).isNull();
        assertThat(q2.overspent()).isFalse();
        assertThat(q2.quartersNotRecorded()).containsExactly(1, 2);
    }

    @Test
    void theYearToDateAddsTheQuartersFromAprilToTheQuartersEndOnly() {
        GrantInitiative spent = initiative("20000", Map.of(1, pounds("1000.50"), 2, pounds("2000"),
                3, pounds("3000"), 4, pounds("4000")));

        assertThat(spent.at(YEAR.quarter(1)).toDate()).isEqualByComparingTo("1000.50");
        assertThat(spent.at(YEAR.quarter(3)).toDate()).isEqualByComparingTo("6000.50");
        assertThat(spent.at(YEAR.quarter(3)).inQuarter()).isEqualByComparingTo("3000");
        assertThat(spent.at(YEAR.quarter(4)).toDate()).isEqualByComparingTo("10000.50");
        assertThat(spent.at(YEAR.quarter(4)).remaining()).isEqualByComparingTo("9999.50");
        assertThat(spent.at(YEAR.quarter(4)).shareSpent()).isEqualByComparingTo("0.5000");
    }

    @Test
    void anOverspendShowsAsANegativeRemainderAndAShareAboveTheWhole() {
        GrantPosition q2 = initiative("5000", Map.of(1, pounds("4000"), 2, pounds("2000"))).at(YEAR.quarter(2));

        assertThat(q2.overspent()).isTrue();
        assertThat(q2.remaining()).isEqualByComparingTo("-1000");
        assertThat(q2.shareSpent()).isEqualByComparingTo("1.2000");
    }

    @Test
    void aZeroBudgetHasNoShareSpent() {
        GrantPosition q1 = initiative("0", Map.of(1, pounds("10"))).at(YEAR.quarter(1));

        assertThat(q1.shareSpent()).isNull();
        assertThat(q1.remaining()).isEqualByComparingTo("-10");
        assertThat(q1.overspent()).isTrue();
    }

    @Test
    void theTotalAddsTheBudgetsAndOnlyTheSpendRecorded() {
        FinancialQuarter q2 = YEAR.quarter(2);
        GrantPosition recorded = initiative("10000", Map.of(1, pounds("1000"), 2, pounds("500"))).at(q2);
        GrantPosition none = initiative("4000", Map.of()).at(q2);

        GrantPosition total = GrantPosition.total("All initiatives", List.of(recorded, none));

        assertThat(total.budget()).isEqualByComparingTo("14000");
        assertThat(total.inQuarter()).isEqualByComparingTo("500");
        assertThat(total.toDate()).isEqualByComparingTo("1500");
        assertThat(total.remaining()).isEqualByComparingTo("12500");
        assertThat(GrantPosition.total("All", List.of(none)).inQuarter()).as("none recorded: not 0").isNull();
    }

    @Test
    void recordingAndClearingAQuartersSpendLeavesTheOthers() {
        GrantInitiative changed = initiative("100", Map.of(1, pounds("10"), 2, pounds("20")))
                .withSpend(2, null).withSpend(3, pounds("30"));

        assertThat(changed.spendByQuarter()).containsOnlyKeys(1, 3);
        assertThat(changed.spendIn(2)).isEmpty();
    }
}
