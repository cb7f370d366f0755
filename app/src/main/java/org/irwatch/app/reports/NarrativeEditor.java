package org.irwatch.app.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.stage.Window;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.TaskExecutor;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.PeriodChoices;
import org.irwatch.core.market.PeriodChoices.Choice;

/**
 * "Narrative…": opens the narrative editor for the area chosen, on the quarter the return would be for (the one
 * holding the newest data), offering the quarters of the last three financial years to today.
 */
public final class NarrativeEditor {

    private static final int YEARS_OFFERED = 3;

    private final MarketService market;
    private final NarrativeViewModel model;
    private final TaskExecutor tasks;
    private final Clock clock;

    public NarrativeEditor(MarketService market, NarrativeViewModel model, TaskExecutor tasks, Clock clock) {
        this.market = market;
        this.model = model;
        this.tasks = tasks;
        this.clock = clock;
    }

    public NarrativeViewModel model() {
        return model;
    }

    public void run(Scope scope, Window owner) {
        LocalDate today = LocalDate.now(clock);
        tasks.run(new BackgroundTask<>("Reading the data dates", progress -> market.defaultPeriod(today).to()),
                newest -> {
                    List<Choice> quarters = PeriodChoices.quartersTo(today, YEARS_OFFERED);
                    NarrativeDialog.show(owner, model, scope, quarters, first(quarters, newest));
                });
    }

    /** The quarter holding the newest data when it is offered, else the newest quarter. */
    static Choice first(List<Choice> quarters, LocalDate newest) {
        FinancialQuarter data = FinancialQuarter.containing(newest);
        return quarters.stream().filter(c -> c.period().quarter().filter(data::equals).isPresent()).findFirst()
                .orElse(quarters.getFirst());
    }
}
