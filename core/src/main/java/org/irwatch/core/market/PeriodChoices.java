package org.irwatch.core.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.common.FinancialYear;

/** The financial quarters and years a period picker offers: those up to a day, newest first. */
public final class PeriodChoices {

    private PeriodChoices() {
    }

    /** A period offered by name ("2024/25 Q3", "2024/25 (whole year)"). */
    public record Choice(String label, ReportPeriod period) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The quarters of the {@code years} financial years up to the one holding {@code newest}, newest first. */
    public static List<Choice> quartersTo(LocalDate newest, int years) {
        List<Choice> choices = new ArrayList<>();
        FinancialQuarter quarter = FinancialQuarter.containing(newest);
        FinancialYear oldest = quarter.year();
        for (int i = 1; i < years; i++) {
            oldest = oldest.previous();
        }
        for (; quarter.year().compareTo(oldest) >= 0; quarter = quarter.previous()) {
            choices.add(new Choice(quarter.label(), ReportPeriod.of(quarter)));
        }
        return choices;
    }

    /** As {@link #quartersTo}, with each whole financial year after its first quarter. */
    public static List<Choice> quartersAndYearsTo(LocalDate newest, int years) {
        List<Choice> choices = new ArrayList<>();
        for (Choice quarter : quartersTo(newest, years)) {
            choices.add(quarter);
            quarter.period().quarter().filter(q -> q.number() == 1).ifPresent(q -> choices.add(
                    new Choice(q.year().label() + " (whole year)", ReportPeriod.of(q.year()))));
        }
        return choices;
    }
}
