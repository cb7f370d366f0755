package org.irwatch.app.common;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.irwatch.core.common.UkDates;

/**
 * Sizes a table's columns to what they hold, then shares the table's width out. Each column needs at least its title
 * and at most {@link #WIDEST} px for its text. When the needs fit, every column gets its need and the last column the
 * room left over; when they do not, only the long-text columns (names, lists: needing more than {@link #SHORT} px)
 * give way, in proportion, down to their titles, so a date (however long its words), a count, an ID or a band is never
 * cut while a name column
 * takes the squeeze; past that the table scrolls sideways. Text, numbers and dates are measured as the tables write
 * them; a column drawing its own graphics needs the width it was given.
 */
final class ColumnFit {

    /** Rows measured: enough to meet the long values, few enough to stay quick on 10,000-row tables. */
    static final int ROWS_MEASURED = 300;
    static final double SHORT = 160;
    static final double WIDEST = 420;
    /** Cell padding on both sides; a header also holds the sort arrow. */
    private static final double CELL_PADDING = 24;
    private static final double HEADER_PADDING = 34;
    /** Room for the vertical scroll bar, which is there as soon as the rows overflow. */
    private static final double SCROLL_BAR = 18;
    /** The theme's (Primer) table text. */
    private static final Font CELL_FONT = Font.font(14);
    private static final Font HEADER_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 14);
    /** Where a column keeps the width its content needs, apart from the width it is given. */
    private static final String NEED = "irwatch.column.need";
    /** Marks a table whose preferred width this class sets (a screen may have set its own). */
    private static final String ASKED = "irwatch.table.asked";

    private ColumnFit() {
    }

    static <S> void keep(TableView<S> table) {
        ListChangeListener<S> refit = change -> fit(table);
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) change -> fit(table));
        // Followed by identity: a change listener would miss an empty list replacing the empty default one (equal
        // lists), and the rows that arrive later would never be measured.
        List<ObservableList<S>> followed = new ArrayList<>();
        followed.add(null);
        InvalidationListener follow = items -> {
            ObservableList<S> now = table.getItems();
            ObservableList<S> before = followed.getFirst();
            if (now != before) {
                if (before != null) {
                    before.removeListener(refit);
                }
                if (now != null) {
                    now.addListener(refit);
                }
                followed.set(0, now);
                fit(table);
            }
        };
        table.itemsProperty().addListener(follow);
        follow.invalidated(table.itemsProperty());
        table.widthProperty().addListener((obs, old, now) -> share(table));
    }

    private static <S> void fit(TableView<S> table) {
        double needs = 0;
        for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
            fit(column, table.getItems());
            needs += Math.min(column.getMaxWidth(), need(column));
        }
        // A table asks for the width its columns need, not the widths they were last given: a dialog sizing the
        // table to what it asks would otherwise shrink it by the scroll bar's room at every layout, without end.
        if (table.getPrefWidth() == Region.USE_COMPUTED_SIZE || table.getProperties().containsKey(ASKED)) {
            double asked = needs + table.snappedLeftInset() + table.snappedRightInset() + SCROLL_BAR;
            table.getProperties().put(ASKED, asked);
            table.setPrefWidth(asked);
        }
        share(table);
    }

    private static <S> void fit(TableColumn<S, ?> column, ObservableList<S> items) {
        double title = width(column.getText(), HEADER_FONT) + HEADER_PADDING;
        double content = 0;
        boolean measured = false;
        // Dates, times and numbers are read whole or not at all: such a column never gives way, however wide.
        boolean whole = true;
        int rows = items == null ? 0 : Math.min(items.size(), ROWS_MEASURED);
        for (int i = 0; i < rows; i++) {
            Object value = column.getCellData(items.get(i));
            String text = shown(value);
            if (text != null) {
                content = Math.max(content, width(text, CELL_FONT) + CELL_PADDING);
                measured = true;
                whole &= !(value instanceof CharSequence);
            }
        }
        // A minimum only grows: a screen may have set one of its own, and rows filtered away come back.
        if (!measured) {
            column.setMinWidth(Math.max(column.getMinWidth(), Math.min(title, SHORT)));
            column.getProperties().putIfAbsent(NEED, Math.max(column.getPrefWidth(), column.getMinWidth()));
            return;
        }
        double needed = Math.max(column.getMinWidth(), Math.min(WIDEST, Math.max(title, content)));
        column.getProperties().put(NEED, needed);
        column.setMinWidth(Math.max(column.getMinWidth(),
                needed <= SHORT || whole ? needed : Math.min(title, SHORT)));
    }

    /** Gives each column its need, the last one the room left, or takes the shortfall from the long columns. */
    private static <S> void share(TableView<S> table) {
        List<TableColumn<S, ?>> columns = table.getVisibleLeafColumns();
        if (columns.isEmpty()) {
            return;
        }
        double[] widths = new double[columns.size()];
        double total = 0;
        double give = 0;
        for (int i = 0; i < widths.length; i++) {
            TableColumn<S, ?> column = columns.get(i);
            widths[i] = Math.min(column.getMaxWidth(), need(column));
            total += widths[i];
            give += Math.max(0, widths[i] - column.getMinWidth());
        }
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR;
        if (room <= 0) {
            // Not laid out yet: the widths are shared again when the table gets its width.
        } else if (total <= room) {
            int last = widths.length - 1;
            widths[last] = Math.min(columns.get(last).getMaxWidth(), widths[last] + room - total);
        } else if (give > 0) {
            double share = Math.min(1, (total - room) / give);
            for (int i = 0; i < widths.length; i++) {
                TableColumn<S, ?> column = columns.get(i);
                if (need(column) > SHORT) {
                    widths[i] -= share * Math.max(0, widths[i] - column.getMinWidth());
                }
            }
        }
        for (int i = 0; i < widths.length; i++) {
            columns.get(i).setPrefWidth(Math.floor(widths[i]));
        }
    }

    private static double need(TableColumn<?, ?> column) {
        return column.getProperties().get(NEED) instanceof Double need ? need
                : Math.max(column.getPrefWidth(), column.getMinWidth());
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
