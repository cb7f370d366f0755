package org.irwatch.app.workers;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.TraversalDirection;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * Suggestions listed under a text field as the user types (ControlsFX's auto-completion, which asks for them on a
 * thread of its own, never the JavaFX thread): Down moves into the list, Enter takes the chosen one. The text typed
 * stays when nothing is chosen, so a value not found is kept as typed.
 */
final class Typeahead {

    private static final int ROWS = 8;

    private Typeahead() {
    }

    /**
     * @param suggestions what to offer for the text typed (called off the JavaFX thread)
     * @param listText    how a suggestion is written in the list ("CV1 — Coventry")
     * @param fieldText   what a suggestion taken puts in the field ("CV1")
     * @param chosen      called on the JavaFX thread with the suggestion taken
     */
    static <T> void attach(TextField field, Function<String, List<T>> suggestions, Function<T, String> listText,
                           Function<T, String> fieldText, Consumer<T> chosen) {
        AutoCompletionBinding<T> binding = TextFields.bindAutoCompletion(field,
                // Asked after a pause in typing: by then the user may have moved on, and nothing should show.
                request -> request.getUserText().strip().length() < 2 || !field.isFocused() ? List.of()
                        : suggestions.apply(request.getUserText().strip()), writing(fieldText));
        binding.getAutoCompletionPopup().setConverter(writing(listText));
        binding.setVisibleRowCount(ROWS);
        // As wide as the field at least: a sponsor's line ("name — town; CQC: provider") is long.
        binding.minWidthProperty().bind(field.widthProperty());
        binding.setOnAutoCompleted(e -> chosen.accept(e.getCompletion()));
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                binding.getAutoCompletionPopup().hide();
            }
        });
        // While the list shows it takes the keys, Tab too; Tab still moves on to the next field, keeping the text.
        binding.getAutoCompletionPopup().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB) {
                e.consume();
                binding.getAutoCompletionPopup().hide();
                field.requestFocusTraversal(e.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
            }
        });
    }

    private static <T> StringConverter<T> writing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }
}
