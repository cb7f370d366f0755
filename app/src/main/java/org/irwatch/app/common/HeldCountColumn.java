package org.irwatch.app.common;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.irwatch.core.market.CqcColumn;

/**
 * A count from an optional CQC column (care home beds): its cells say "not in this file" when the CQC file held no
 * such column, rather than a false 0.
 */
public final class HeldCountColumn {

    private HeldCountColumn() {
    }

    /**
     * @param value the count; null where it does not apply (a location that is not a care home), left blank
     * @param held  whether the CQC file shown held the column
     */
    public static <S> TableColumn<S, Long> of(String title, double width, Function<S, Long> value,
                                              BooleanSupplier held) {
        TableColumn<S, Long> column = Tables.column(title, width, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                } else {
                    setText(held.getAsBoolean() ? NumberFormat.getIntegerInstance(Locale.UK).format(item)
                            : CqcColumn.NOT_IN_FILE);
                }
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }
}
