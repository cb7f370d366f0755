package org.irwatch.app.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import org.irwatch.core.market.PeriodChoices;
import org.irwatch.core.market.PeriodChoices.Choice;
import org.irwatch.core.market.ReportPeriod;

/**
 * The period pickers' named periods: "Custom dates", the financial quarters ("2024/25 Q3") and whole financial years
 * of the last three years, newest first. Choosing one fills the two date pickers it is tied to; dates that are exactly
 * a quarter or a year, typed or picked, show it chosen. The Reports screen's period dialog and the Charts screen use
 * it, so both offer the same periods.
 */
public final class NamedPeriodBox extends ComboBox<Choice> {

    public static final Choice CUSTOM = new Choice("Custom dates", null);
    private static final int YEARS_OFFERED = 3;

    private final DatePicker from;
    private final DatePicker to;
    private boolean filling;

    /** @param newest the end of the newest period offered (the newest data's date, or today) */
    public NamedPeriodBox(String id, DatePicker from, DatePicker to, LocalDate newest) {
        this.from = from;
        this.to = to;
        setId(id);
        offerTo(newest);
        valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && chosen.period() != null) {
                filling = true;
                from.setValue(chosen.period().from());
                to.setValue(chosen.period().to());
                filling = false;
            }
        });
        from.valueProperty().addListener((obs, old, now) -> showNamed());
        to.valueProperty().addListener((obs, old, now) -> showNamed());
        showNamed();
    }

    /** Offers the quarters and years up to the one holding {@code newest}; the dates stay as they are. */
    public void offerTo(LocalDate newest) {
        List<Choice> offered = PeriodChoices.quartersAndYearsTo(newest, YEARS_OFFERED);
        filling = true;
        getItems().setAll(CUSTOM);
        getItems().addAll(offered);
        filling = false;
        showNamed();
    }

    /** The named period the pickers' dates make, or "Custom dates". */
    private void showNamed() {
        if (filling) {
            return;
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        setValue(getItems().stream().filter(c -> c.period() != null && c.period().from().equals(start)
                && c.period().to().equals(end)).findFirst().orElse(CUSTOM));
    }

    /** The dates typed, even before the pickers commit them, when they make a period. */
    public static Optional<ReportPeriod> period(DatePicker from, DatePicker to) {
        LocalDate start = typed(from);
        LocalDate end = typed(to);
        return start == null || end == null || start.isAfter(end) ? Optional.empty()
                : Optional.of(new ReportPeriod(start, end));
    }

    /** The date a picker's text holds, typed but not yet committed too; null when none. */
    public static LocalDate typed(DatePicker picker) {
        return picker.getConverter().fromString(picker.getEditor().getText());
    }
}
