package org.irwatch.app.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javax.imageio.ImageIO;
import org.irwatch.app.shell.ScopePicker;
import org.irwatch.app.uitest.RunningApplicationTest;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.PeriodChoices;
import org.irwatch.core.market.ReportPeriod;
import org.irwatch.core.market.CouncilBars;
import org.irwatch.core.demo.DemoDataGenerator;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Charts screen on the demo (England): charts drawn for the suggested period, a bar clicked, a chart saved. */
class ChartsScreenTest extends RunningApplicationTest {

    @TempDir
    Path exportFolder;

    private ChartsView view;

    @BeforeEach
    void showTheCharts() throws Exception {
        showScreen("#nav-charts", "Charts");
        view = screen(ChartsView.class);
        waitUntil("the five charts are drawn", () -> view.model().chartsProperty().get().size() == 5
                && view.viewer(ChartKind.ACTIONS_BY_COUNCIL).getChart() != null && firstBar() != null);
    }

    @Test
    void chartsCoverTheThreeMonthsToTheNewestDataDate() throws Exception {
        LocalDate newest = DemoDataGenerator.LATEST_REGISTER_DATE;
        assertThat(onFx(() -> lookup("#charts-to").queryAs(DatePicker.class).getValue())).isEqualTo(newest);
        assertThat(onFx(() -> lookup("#charts-from").queryAs(DatePicker.class).getValue()))
                .isEqualTo(newest.minusMonths(3).plusDays(1));
        assertThat(onFx(() -> text("#charts-heading"))).startsWith("England: ");
        assertThat(onFx(() -> view.viewer(ChartKind.ACTIONS_BY_COUNCIL).getChart().getTitle().getText()))
                .isEqualTo("Suspensions and revocations by council");
    }

    @Test
    void aFinancialQuarterOrYearChosenByNameSetsTheDatesAndTheChartsShowThatPeriod() throws Exception {
        LocalDate newest = DemoDataGenerator.LATEST_REGISTER_DATE;
        FinancialQuarter holding = FinancialQuarter.containing(newest);
        @SuppressWarnings("unchecked")
        ComboBox<PeriodChoices.Choice> period = onFx(() -> lookup("#charts-period").queryAs(ComboBox.class));
        assertThat(onFx(() -> period.getValue().label())).as("the three months to the newest date are no quarter")
                .isEqualTo("Custom dates");
        assertThat(onFx(() -> period.getItems().get(1).label())).isEqualTo(holding.label());

        PeriodChoices.Choice previous = onFx(() -> period.getItems().stream()
                .filter(c -> c.label().equals(holding.previous().label())).findFirst().orElseThrow());
        interact(() -> period.setValue(previous));

        assertThat(onFx(() -> lookup("#charts-from").queryAs(DatePicker.class).getValue()))
                .isEqualTo(holding.previous().start());
        assertThat(onFx(() -> lookup("#charts-to").queryAs(DatePicker.class).getValue()))
                .isEqualTo(holding.previous().end());
        assertThat(onFx(() -> view.model().period())).isEqualTo(ReportPeriod.of(holding.previous()));
        List<?> months = onFx(() -> view.viewer(ChartKind.ACTIONS_BY_MONTH).getChart().getCategoryPlot().getDataset()
                .getColumnKeys());
        assertThat(months).as("the months of the quarter with actions").isNotEmpty().allSatisfy(key -> assertThat(
                ReportPeriod.of(holding.previous()).contains(((YearMonth) ((ChartBars.ChartKey) key).key())
                        .atDay(1))).isTrue());

        PeriodChoices.Choice year = onFx(() -> period.getItems().stream()
                .filter(c -> c.label().equals(holding.year().label() + " (whole year)")).findFirst().orElseThrow());
        interact(() -> period.setValue(year));
        assertThat(onFx(() -> view.model().period())).isEqualTo(ReportPeriod.of(holding.year()));

        interact(() -> lookup("#charts-to").queryAs(DatePicker.class).setValue(holding.end()));
        interact(() -> lookup("#charts-from").queryAs(DatePicker.class).setValue(holding.start()));
        assertThat(onFx(() -> period.getValue().label())).as("dates that make a quarter name it")
                .isEqualTo(holding.label());
    }

    @Test
    void hoveringABarNamesItsFigureAndClickingItListsTheEventsBehindIt() throws Exception {
        CategoryItemEntity bar = onFx(this::firstBar);
        String council = bar.getColumnKey().toString();
        String action = bar.getRowKey().toString();
        assertThat(bar.getToolTipText()).matches(council + ": \\d+ " + action);
        int count = Integer.parseInt(bar.getToolTipText().replaceAll(".*: (\\d+) .*", "$1"));

        clickOn(onFx(() -> centreOnScreen(view.viewer(ChartKind.ACTIONS_BY_COUNCIL), bar)));

        waitUntil("the events behind the bar are listed", () -> rows("#drill-table") > 0);
        assertThat(onFx(() -> rows("#drill-table"))).isEqualTo(count);
        assertThat(onFx(() -> text("#drill-title"))).startsWith(council + ", " + action.toLowerCase() + ": " + count
                + " event");
        assertThat(onFx(() -> view.model().drillRows())).allSatisfy(row -> {
            assertThat(row.councils()).contains(council);
            assertThat(row.detail()).startsWith(action);
        });
    }

    @Test
    void everyBarListsWhatItCountsFoundByItsKey() throws Exception {
        for (ChartKind kind : List.of(ChartKind.ACTIONS_BY_COUNCIL, ChartKind.ACTIONS_BY_MONTH,
                ChartKind.SPONSOR_SHARE, ChartKind.RATINGS_MIX)) {
            CategoryDataset data = onFx(() -> view.model().chartsProperty().get().get(kind).getCategoryPlot()
                    .getDataset());
            List<String> mismatches = onFx(() -> {
                List<String> wrong = new ArrayList<>();
                for (int r = 0; r < data.getRowCount(); r++) {
                    for (int c = 0; c < data.getColumnCount(); c++) {
                        view.model().drill(kind, (ChartBars.ChartKey) data.getColumnKey(c),
                                (ChartBars.ChartKey) data.getRowKey(r));
                        double value = data.getValue(r, c).doubleValue();
                        int listed = view.model().drillRows().size();
                        boolean right = kind == ChartKind.SPONSOR_SHARE ? (listed > 0) == (value > 0) : listed == value;
                        if (!right) {
                            wrong.add(kind + " " + data.getColumnKey(c) + "/" + data.getRowKey(r) + ": " + value
                                    + " drawn, " + listed + " listed");
                        }
                    }
                }
                return wrong;
            });
            assertThat(data.getColumnCount()).as(kind + " has bars").isPositive();
            assertThat(mismatches).as(kind.name()).isEmpty();
        }
    }

    @Test
    void aChartSavesAsAPngOfReportSize() throws Exception {
        Path file = exportFolder.resolve("chart.png");
        view.askFilesWith(question -> {
            assertThat(question.initialFileName()).isEqualTo("Suspensions and revocations by council.png");
            return Optional.of(file);
        });

        clickOn("#save-png-actions-by-council");

        waitUntil("the chart is saved", () -> idle() && statusMessage().startsWith("Chart saved"));
        BufferedImage image = ImageIO.read(Files.newInputStream(file));
        assertThat(image.getWidth()).isEqualTo(ChartsView.PNG_WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartsView.PNG_HEIGHT);
    }

    @Test
    void theDemosFourteenCouncilsEachKeepTheirSponsorShareBarHighestFirst() throws Exception {
        // The demo holds the West Midlands only: under the 21 bars past which core folds the middle councils.
        CategoryDataset data = onFx(() -> view.model().chartsProperty().get().get(ChartKind.SPONSOR_SHARE)
                .getCategoryPlot().getDataset());
        List<Double> shares = onFx(() -> {
            List<Double> values = new ArrayList<>();
            for (int c = 0; c < data.getColumnCount(); c++) {
                values.add(data.getValue(0, c).doubleValue());
            }
            return values;
        });

        assertThat(shares).hasSize(14).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(onFx(() -> ((List<?>) data.getColumnKeys()).stream().map(k -> ((ChartBars.ChartKey) k).key()).toList()))
                .doesNotContain(CouncilBars.OTHERS);
    }

    @Test
    void aPeriodWithoutEventsSaysSoInsteadOfEmptyAxes() throws Exception {
        interact(() -> {
            lookup("#charts-from").queryAs(DatePicker.class).setValue(LocalDate.of(2001, 1, 1));
            lookup("#charts-to").queryAs(DatePicker.class).setValue(LocalDate.of(2001, 3, 31));
        });

        assertThat(onFx(() -> lookup("#empty-actions-by-council").queryAs(Label.class).isVisible())).isTrue();
        assertThat(onFx(() -> text("#empty-actions-by-council")))
                .isEqualTo("No suspensions or revocations recorded in this period.");
        assertThat(onFx(() -> view.viewer(ChartKind.ACTIONS_BY_COUNCIL).isVisible())).isFalse();
        assertThat(onFx(() -> text("#drill-title"))).as("no bar to click").isEmpty();
        assertThat(onFx(() -> lookup("#drill-table").query().isVisible())).isFalse();
        assertThat(onFx(() -> lookup("#save-png-actions-by-council").queryAs(Button.class).isDisabled())).isTrue();

        clickOn("#tab-sponsor-share");
        assertThat(onFx(() -> lookup("#empty-sponsor-share").queryAs(Label.class).isVisible())).isFalse();
        assertThat(onFx(() -> text("#drill-title"))).isEqualTo(ChartsViewModel.CLICK_A_BAR);
        assertThat(onFx(() -> lookup("#drill-table").query().isVisible())).isTrue();
    }

    @Test
    void aCouncilsSponsorShareStandsBesideItsRegionAndEngland() throws Exception {
        Scope birmingham = onFx(() -> lookup("#scope-picker").queryAs(ScopePicker.class).getItems().stream()
                .filter(s -> s instanceof Scope.CouncilScope c && c.council().name().equals("Birmingham"))
                .findFirst().orElseThrow());
        interact(() -> view.refresh(birmingham));
        waitUntil("Birmingham's charts are drawn", () -> idle() && text("#charts-heading").startsWith("Birmingham"));

        CategoryDataset data = onFx(() -> view.model().chartsProperty().get().get(ChartKind.SPONSOR_SHARE)
                .getCategoryPlot().getDataset());
        assertThat(onFx(() -> ((List<?>) data.getColumnKeys()).stream().map(Object::toString).toList()))
                .containsExactly("Birmingham", "West Midlands", "England");
        interact(() -> view.model().drill(ChartKind.SPONSOR_SHARE, (ChartBars.ChartKey) data.getColumnKey(2),
                (ChartBars.ChartKey) data.getRowKey(0)));
        assertThat(onFx(() -> text("#drill-title"))).startsWith("England: ").contains("shown to compare");
        assertThat(onFx(() -> rows("#drill-table"))).isZero();
    }

    /** The first bar drawn on the by-council chart, once it has been drawn. */
    private CategoryItemEntity firstBar() {
        var info = view.viewer(ChartKind.ACTIONS_BY_COUNCIL).getCanvas().getRenderingInfo();
        if (info == null || info.getEntityCollection() == null) {
            return null;
        }
        for (Object entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof CategoryItemEntity bar && bar.getDataset().getValue(bar.getRowKey(),
                    bar.getColumnKey()).intValue() > 0) {
                return bar;
            }
        }
        return null;
    }

    private static Point2D centreOnScreen(ChartViewer viewer, ChartEntity entity) {
        Rectangle2D area = entity.getArea().getBounds2D();
        return viewer.getCanvas().localToScreen(area.getCenterX(), area.getCenterY());
    }
}
