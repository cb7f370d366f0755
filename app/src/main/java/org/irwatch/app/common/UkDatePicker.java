package org.irwatch.app.common;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;

/** A date picker that shows and reads dates as written in England (30/11/2026), typing allowed. */
public final class UkDatePicker {

    private UkDatePicker() {
    }

    public static DatePicker of(String id, LocalDate value) {
        DatePicker picker = new DatePicker(value);
        picker.setId(id);
        picker.setEditable(true);
        picker.setConverter(FxDialogService.ukDates());
        picker.setPromptText("dd/mm/yyyy");
        return picker;
    }
}
