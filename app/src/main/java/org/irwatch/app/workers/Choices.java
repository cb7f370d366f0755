package org.irwatch.app.workers;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.irwatch.core.council.Council;
import org.irwatch.core.workers.Labelled;

/** Controls over core's labelled choices (roles, reasons, stages...): written by their label, kept as the value. */
final class Choices {

    private Choices() {
    }

    /** A choice box of these values, shown by label; null when nothing is chosen. */
    static <E extends Labelled> ComboBox<E> combo(String id, Collection<E> values) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(converter("(any)"));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** Writes a labelled value by its label, and nothing as {@code none}. */
    static <E extends Labelled> StringConverter<E> converter(String none) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? none : value.label();
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }

    /** Writes a council by its name, and none as {@code none}. */
    static StringConverter<Council> councilNames(String none) {
        return new StringConverter<>() {
            @Override
            public String toString(Council council) {
                return council == null ? none : council.name();
            }

            @Override
            public Council fromString(String text) {
                return null;
            }
        };
    }

    /** A tick box per value, side by side and wrapping; each reachable with Tab and ticked with Space. */
    static final class Ticks<E extends Enum<E> & Labelled> extends FlowPane {

        private final Map<E, CheckBox> boxes = new LinkedHashMap<>();
        private final Class<E> type;

        Ticks(String id, Class<E> type) {
            super(12, 4);
            this.type = type;
            setId(id);
            for (E value : type.getEnumConstants()) {
                CheckBox box = new CheckBox(value.label());
                box.setId(id + "-" + value.name().toLowerCase(java.util.Locale.ROOT));
                boxes.put(value, box);
                getChildren().add(box);
            }
        }

        Set<E> ticked() {
            Set<E> ticked = EnumSet.noneOf(type);
            boxes.forEach((value, box) -> {
                if (box.isSelected()) {
                    ticked.add(value);
                }
            });
            return ticked;
        }

        void tick(Collection<E> values) {
            boxes.forEach((value, box) -> box.setSelected(values.contains(value)));
        }
    }
}
