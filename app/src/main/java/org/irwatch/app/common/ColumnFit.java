package org.irwatch.app.common;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.irwatch.core.common.UkDates;

/**
 * Sizes a table's columns to what they hold: at least the title, at most {@link #WIDEST} px. A column whose text
 * fits in {@link #SHORT} px (dates, counts, bands, services) keeps that width as its minimum, so the table's
 * constrained resizing takes room from the long name columns, never from it. Text, numbers and dates are measured as
 * the tables write them; a column drawing its own graphics keeps the width it was given.
 */
final class ColumnFit {

    /** Rows measured: enough to meet the long values, few enough to stay quick on 10,000-row tables. */
    static final int ROWS_MEASURED = 300;
    static final double SHORT = 160;
    static final double WIDEST = 420;
    /** Cell padding on both sides; a header also holds the sort arrow. */
    private static final double CELL_PADDING = 24;
    private static final double HEADER_PADDING = 34;
    /** The theme's (Primer) table text. */
    private static final Font CELL_FONT = Font.font(14);
    private static final Font HEADER_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 14);

    private ColumnFit() {
    }

    static <S> void keep(TableView<S> table) {
        ListChangeListener<S> refit = change -> fit(table);
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) change -> fit(table));
        table.itemsProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(refit);
            }
            if (now != null) {
                now.addListener(refit);
            }
            fit(table);
        });
        if (table.getItems() != null) {
            table.getItems().addListener(refit);
        }
        fit(table);
    }

    private static <S> void fit(TableView<S> table) {
        for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
            fit(column, table.getItems());
        }
    }

    private static <S> void fit(TableColumn<S, ?> column, ObservableList<S> items) {
        double title = width(column.getText(), HEADER_FONT) + HEADER_PADDING;
        double content = 0;
        boolean measured = false;
        int rows = items == null ? 0 : Math.min(items.size(), ROWS_MEASURED);
        for (int i = 0; i < rows; i++) {
            Object value = column.getCellData(items.get(i));
            String text = shown(value);
            if (text != null) {
                content = Math.max(content, width(text, CELL_FONT) + CELL_PADDING);
                measured = true;
            }
        }
        // A minimum only grows: a screen may have set one of its own, and rows filtered away come back.
        if (!measured) {
            column.setMinWidth(Math.max(column.getMinWidth(), Math.min(title, SHORT)));
            return;
        }
        double needed = Math.min(WIDEST, Math.max(title, content));
        column.setPrefWidth(needed);
        column.setMinWidth(Math.max(column.getMinWidth(), needed <= SHORT ? needed : Math.min(title, SHORT)));
    }

    /** The text a cell shows for the value, as the tables write it; null for what they draw otherwise. */
    private static String shown(Object value) {
        return switch (value) {
            case CharSequence text -> text.toString();
            case Number number -> NumberFormat.getIntegerInstance(Locale.UK).format(number);
            case LocalDate date -> UkDates.day(date);
            case Instant instant -> UkDates.dayAndTime(instant);
            case null, default -> null;
        };
    }

    private static double width(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }
}
