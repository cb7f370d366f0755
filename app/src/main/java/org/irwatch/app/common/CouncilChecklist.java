package org.irwatch.app.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.irwatch.core.council.Council;

/**
 * Councils ticked in a list of all 153 that a typed filter narrows ("Cov" leaves Coventry), with how many are chosen
 * above: an event's councils, a partnership's. A tick belongs to the council, not to its row, so it survives filtering.
 */
public final class CouncilChecklist extends VBox {

    private final Map<Council, BooleanProperty> ticks = new LinkedHashMap<>();
    private final TextField filter = new TextField();
    private final ListView<Council> list;
    private final Label summary = new Label();
    private Runnable onUserChange = () -> { };
    private boolean filling;

    /** @param id the list's node id; its filter is "{id}-filter", the count "{id}-chosen" */
    public CouncilChecklist(List<Council> councils, String id) {
        super(4);
        councils.forEach(c -> {
            BooleanProperty tick = new SimpleBooleanProperty();
            tick.addListener((obs, was, now) -> changed());
            ticks.put(c, tick);
        });
        FilteredList<Council> shown = new FilteredList<>(FXCollections.observableArrayList(councils));
        filter.setId(id + "-filter");
        filter.setPromptText("Type to narrow the list, e.g. Coventry");
        filter.textProperty().addListener((obs, old, now) -> {
            String typed = now.strip().toLowerCase(Locale.UK);
            shown.setPredicate(c -> typed.isEmpty() || c.name().toLowerCase(Locale.UK).contains(typed));
        });
        list = new ListView<>(shown);
        list.setId(id);
        list.setPrefHeight(200);
        list.setCellFactory(view -> new CheckBoxListCell<>(ticks::get, new StringConverter<>() {
            @Override
            public String toString(Council council) {
                return council == null ? "" : council.name();
            }

            @Override
            public Council fromString(String text) {
                return null;
            }
        }));
        list.setPlaceholder(new Label("No council's name holds that text."));
        summary.setId(id + "-chosen");
        // The count above the list, where it stays in sight however far the list is scrolled.
        getChildren().setAll(filter, summary, list);
        changed();
    }

    /** What runs when the user ticks or unticks a council (not when the form fills the ticks in). */
    public void onUserChange(Runnable action) {
        this.onUserChange = action;
    }

    /** Ticks exactly these councils (GSS codes), as the form fills them in. */
    public void check(Set<String> gssCodes) {
        filling = true;
        ticks.forEach((council, tick) -> tick.set(gssCodes.contains(council.gssCode())));
        filling = false;
        changed();
    }

    /** The GSS codes ticked, filtered out of sight or not. */
    public Set<String> checked() {
        return ticks.entrySet().stream().filter(e -> e.getValue().get()).map(e -> e.getKey().gssCode())
                .collect(Collectors.toSet());
    }

    /** The field a mnemonic on the label focuses: the filter, where typing starts. */
    public TextField filterField() {
        return filter;
    }

    private void changed() {
        List<String> names = ticks.entrySet().stream().filter(e -> e.getValue().get())
                .map(e -> e.getKey().name()).toList();
        summary.setText(names.isEmpty() ? "None chosen"
                : names.size() + " chosen" + (names.size() <= 3 ? ": " + String.join(", ", names) : ""));
        if (!filling) {
            onUserChange.run();
        }
    }
}
