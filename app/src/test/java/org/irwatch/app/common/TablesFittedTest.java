package org.irwatch.app.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** How a fitted table shares its width: short values whole, long names giving way, the last column the rest. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TablesFittedTest {

    record Row(String name, String id, String sponsor, String notes) {
    }

    private static final Row LONG = new Row("Coventry and Warwickshire Partnership NHS Trust", "1-1237709999",
            "Coventry and Warwickshire Partnership NHS Trust", "Councils +6");

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void rowsArrivingAfterTheTableIsShownAreMeasuredAndTheIdIsNeverCut() throws Exception {
        ObservableList<Row> all = FXCollections.observableArrayList();
        TableView<Row> table = showTable(1200, all);

        fx(() -> all.setAll(List.of(LONG)));

        assertThat(fx(() -> width(table, "CQC ID"))).isGreaterThanOrEqualTo(fx(() -> minimum(table, "CQC ID")));
        assertThat(fx(() -> minimum(table, "CQC ID"))).isGreaterThan(100);
        // Wide enough: every column gets what its text needs and the last one the rest, with no sideways scrolling.
        assertThat(fx(() -> width(table, "Provider"))).isGreaterThan(300);
        assertThat(fx(() -> total(table))).isLessThanOrEqualTo(fx(table::getWidth));
        assertThat(fx(() -> width(table, "Factors"))).isGreaterThan(fx(() -> width(table, "CQC ID")));
    }

    @Test
    void onANarrowTableTheNamesGiveWayAndTheShortColumnsKeepTheirWidth() throws Exception {
        ObservableList<Row> all = FXCollections.observableArrayList(List.of(LONG));
        TableView<Row> wide = showTable(1200, FXCollections.observableArrayList(List.of(LONG)));
        TableView<Row> narrow = showTable(700, all);

        double id = fx(() -> width(wide, "CQC ID"));
        assertThat(fx(() -> width(narrow, "CQC ID"))).isEqualTo(id);
        assertThat(fx(() -> width(narrow, "Provider"))).isLessThan(fx(() -> width(wide, "Provider")));
        assertThat(fx(() -> width(narrow, "Provider"))).isCloseTo(fx(() -> width(narrow, "Sponsor")), within(5.0));
        assertThat(fx(() -> total(narrow))).isLessThanOrEqualTo(fx(narrow::getWidth));
    }

    @Test
    void aLongDateIsNeverCutWhileTheTextBesideItGivesWay() throws Exception {
        TableView<Dated> table = fx(() -> {
            TableView<Dated> dated = new TableView<>();
            Tables.fitted(dated);
            dated.getColumns().setAll(List.of(Tables.dateColumn("Date", 120, Dated::on),
                    Tables.column("Councils", 160, Dated::councils), Tables.column("Notes", 220, Dated::notes)));
            dated.setItems(FXCollections.observableArrayList(new Dated(LocalDate.of(2026, 9, 14),
                    "Coventry, Warwickshire, Solihull", "A job fair at the Coventry Building Society Arena, 41 seen")));
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(dated), 360, 300));
            stage.show();
            return dated;
        });

        TableColumn<Dated, ?> date = table.getColumns().getFirst();
        double needed = fx(() -> new Text("14 September 2026").getLayoutBounds().getWidth());
        assertThat(fx(date::getWidth)).as("\"14 September 2026\" whole").isGreaterThan(needed);
        assertThat(fx(() -> table.getColumns().get(2).getWidth())).as("the notes squeezed")
                .isLessThan(fx(() -> new Text("A job fair at the Coventry Building Society Arena, 41 seen")
                        .getLayoutBounds().getWidth()));
    }

    record Dated(LocalDate on, String councils, String notes) {
    }

    private static TableView<Row> showTable(double width, ObservableList<Row> rows) throws Exception {
        return fx(() -> {
            TableView<Row> table = new TableView<>();
            Tables.fitted(table);
            table.getColumns().setAll(List.of(Tables.column("Provider", 245, Row::name),
                    Tables.column("CQC ID", 90, Row::id), Tables.column("Sponsor", 245, Row::sponsor),
                    Tables.column("Factors", 120, Row::notes)));
            SortedList<Row> sorted = new SortedList<>(new FilteredList<>(rows));
            sorted.comparatorProperty().bind(table.comparatorProperty());
            table.setItems(sorted);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(table), width, 300));
            stage.show();
            return table;
        });
    }

    private static double width(TableView<Row> table, String title) {
        return column(table, title).getWidth();
    }

    private static double minimum(TableView<Row> table, String title) {
        return column(table, title).getMinWidth();
    }

    private static TableColumn<Row, ?> column(TableView<Row> table, String title) {
        return table.getColumns().stream().filter(c -> c.getText().equals(title)).findFirst().orElseThrow();
    }

    private static double total(TableView<Row> table) {
        return table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        T value = WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }
}
