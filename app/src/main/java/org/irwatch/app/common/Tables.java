package org.irwatch.app.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.irwatch.core.common.UkDates;

/** Small helpers for read-only table columns over records. */
public final class Tables {

    private Tables() {
    }

    /** A column at least as wide as its title (bold header text is about 8 px a character). */
    public static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        double titleWidth = title.length() * 8.2 + 28;
        column.setMinWidth(Math.min(titleWidth, 160));
        column.setPrefWidth(Math.max(width, titleWidth));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** A column of counts, right-aligned with thousands separators; a null value shows as an empty cell. */
    public static <S> TableColumn<S, Long> countColumn(String title, double width, Function<S, Long> value) {
        TableColumn<S, Long> column = showing(column(title, width, value),
                NumberFormat.getIntegerInstance(Locale.UK)::format);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** A column of pounds, right-aligned as "£1,250.50" and sorted as amounts; a null value shows as an empty cell. */
    public static <S> TableColumn<S, BigDecimal> poundsColumn(String title, double width,
                                                             Function<S, BigDecimal> value) {
        TableColumn<S, BigDecimal> column = showing(column(title, width, value),
                pounds -> String.format(Locale.UK, "£%,.2f", pounds));
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** A column of dates, shown in the long UK form ("6 December 2026") and sorted as dates. */
    public static <S> TableColumn<S, LocalDate> dateColumn(String title, double width, Function<S, LocalDate> value) {
        return showing(column(title, width, value), UkDates::day);
    }

    /** Cells writing their value as given (sorting still by the value); a null value shows as an empty cell. */
    private static <S, T> TableColumn<S, T> showing(TableColumn<S, T> column, Function<T, String> text) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return column;
    }

    /** Enter, or a double-click on a row, acts on the chosen row (e.g. opens its detail). */
    public static <S> void onOpen(TableView<S> table, Consumer<S> open) {
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            S selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                e.consume();
                open.accept(selected);
            }
        });
        table.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                for (Node node = e.getPickResult().getIntersectedNode(); node != null && node != table;
                     node = node.getParent()) {
                    if (node instanceof TableRow<?> row && !row.isEmpty()) {
                        open.accept(table.getItems().get(row.getIndex()));
                        return;
                    }
                }
            }
        });
    }

    /**
     * Columns share the table's width and the last one takes what is left. Whenever the rows, the columns or the
     * table's width change, each column is sized to its title and to the widest text of its first rows (see
     * {@link ColumnFit}), so a short value such as "Home care", an ID or a date is never cut while a long name column
     * gives way first. The user can still drag a column wider; the table then scrolls sideways.
     */
    public static <S> TableView<S> fitted(TableView<S> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        ColumnFit.keep(table);
        return table;
    }
}
