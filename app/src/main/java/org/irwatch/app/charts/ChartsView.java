package org.irwatch.app.charts;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.irwatch.app.charts.ChartBars.ChartKey;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.DialogService;
import org.irwatch.app.common.MnemonicLabel;
import org.irwatch.app.common.NamedPeriodBox;
import org.irwatch.app.common.FileDialogConfig;
import org.irwatch.app.common.FileDialogConfig.FileKind;
import org.irwatch.app.common.Tables;
import org.irwatch.app.common.UkDatePicker;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.screen.AbstractScreen;
import org.irwatch.app.common.TaskExecutor;
import org.irwatch.app.screen.ScreenHeader;
import org.irwatch.core.council.Scope;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/**
 * Charts of the chosen area: suspensions and revocations by council and by month, workers affected, sponsor share
 * and ratings mix. Hovering a bar says its figure; clicking it lists the events or locations behind it below; each
 * chart saves as a PNG.
 */
public final class ChartsView extends AbstractScreen {

    static final int PNG_WIDTH = 1200;
    static final int PNG_HEIGHT = 800;
    private static final double MIN_CHART_HEIGHT = 260;
    private static final double BAR_HEIGHT = 17;
    private static final double CHART_FRAME_HEIGHT = 110;
    private static final FileDialogConfig PNG = FileDialogConfig.of("Save chart as PNG",
            FileKind.of("PNG images", "png"));

    private final ChartsViewModel model;
    private final TaskExecutor tasks;
    private final Map<ChartKind, ChartViewer> viewers = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, Label> emptyLabels = new EnumMap<>(ChartKind.class);
    private Function<FileDialogConfig, Optional<Path>> files;

    public ChartsView(ChartsViewModel model, TaskExecutor tasks, DialogService dialogs) {
        super(ScreenShortcut.CHARTS);
        this.model = model;
        this.tasks = tasks;
        this.files = dialogs::showSave;
    }



    @Override
    public void refresh(Scope scope) {
        model.load(scope);
    }

    public ChartsViewModel model() {
        return model;
    }

    /** The viewer of one chart, for tests to find its bars. */
    public ChartViewer viewer(ChartKind kind) {
        return viewers.get(kind);
    }

    /** Tests answer the file question here: a native file chooser cannot run headless. */
    public void askFilesWith(Function<FileDialogConfig, Optional<Path>> asker) {
        this.files = asker;
    }

    @Override
    protected VBox createView() {
        Label heading = new Label();
        heading.setId("charts-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(model.headingProperty());
        TabPane tabs = new TabPane();
        tabs.setId("charts-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (ChartKind kind : ChartKind.values()) {
            tabs.getTabs().add(chartTab(kind));
        }
        // The list below belongs to a bar of the chart shown; another chart starts it afresh.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.show((ChartKind) now.getUserData()));
        model.chartsProperty().addListener((obs, old, charts) -> charts.forEach(this::draw));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label drillTitle = new Label();
        drillTitle.setId("drill-title");
        drillTitle.getStyleClass().add(Styles.TEXT_BOLD);
        drillTitle.textProperty().bind(model.drillTitleProperty());
        VBox box = new VBox(12,
                ScreenHeader.of(title(), "Suspensions and revocations by council and over time, workers affected, "
                        + "sponsor share and ratings. Click a bar for what is behind it."),
                heading, periodRow(), tabs, drillTitle, drillTable());
        // Under a chart with nothing drawn, an empty list would still invite a click.
        for (Node below : List.of(drillTitle, box.getChildren().getLast())) {
            below.visibleProperty().bind(model.drillableProperty());
            below.managedProperty().bind(model.drillableProperty());
        }
        box.setPadding(new Insets(20));
        return box;
    }

    private HBox periodRow() {
        DatePicker from = datePicker("charts-from");
        DatePicker to = datePicker("charts-to");
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        NamedPeriodBox named = new NamedPeriodBox("charts-period", from, to, model.newestProperty().get());
        model.newestProperty().addListener((obs, old, now) -> named.offerTo(now));
        HBox row = new HBox(10, MnemonicLabel.of("Pe_riod", named), named, MnemonicLabel.of("Events _from", from),
                from, MnemonicLabel.of("t_o", to), to);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static DatePicker datePicker(String id) {
        DatePicker picker = UkDatePicker.of(id, null);
        picker.setPrefWidth(140);
        return picker;
    }

    private Tab chartTab(ChartKind kind) {
        ChartViewer viewer = new ChartViewer(null);
        viewer.setId("chart-" + kind.name().toLowerCase().replace('_', '-'));
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                if (event.getEntity() instanceof CategoryItemEntity bar) {
                    // Every key of the charts' datasets is a ChartKey (ChartBars).
                    model.drill(kind, (ChartKey) bar.getColumnKey(), (ChartKey) bar.getRowKey());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                // Tooltips come from the chart's own tooltip generator.
            }
        });
        viewers.put(kind, viewer);
        Label empty = new Label();
        empty.setId("empty-" + kind.name().toLowerCase().replace('_', '-'));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        emptyLabels.put(kind, empty);
        Button save = new Button("Save as PNG…");
        save.setId("save-png-" + kind.name().toLowerCase().replace('_', '-'));
        save.setOnAction(e -> files.apply(PNG.named(kind.title() + ".png")).ifPresent(file -> savePng(kind, file)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(spacer, save);
        bar.setPadding(new Insets(6, 0, 6, 0));
        save.disableProperty().bind(empty.visibleProperty());
        // A chart of many bars keeps the height its labels need (see minHeight) and scrolls in a small window.
        ScrollPane scroll = new ScrollPane(viewer);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.visibleProperty().bind(viewer.visibleProperty());
        BorderPane pane = new BorderPane(new StackPane(scroll, empty));
        pane.setTop(bar);
        Tab tab = new Tab(kind.tab(), pane);
        tab.setUserData(kind);
        tab.setId("tab-" + kind.name().toLowerCase().replace('_', '-'));
        return tab;
    }

    /** The chart, or in its place the sentence saying why there is nothing to draw. */
    private void draw(ChartKind kind, JFreeChart chart) {
        Optional<String> empty = model.emptyMessage(kind);
        viewers.get(kind).setChart(chart);
        viewers.get(kind).setMinHeight(minHeight(chart));
        viewers.get(kind).setVisible(empty.isEmpty());
        emptyLabels.get(kind).setText(empty.orElse(""));
        emptyLabels.get(kind).setVisible(empty.isPresent());
    }

    /** Enough height for a label per bar of a chart by category (twenty-one bars for England by council). */
    private static double minHeight(JFreeChart chart) {
        int bars = chart != null && chart.getPlot() instanceof CategoryPlot plot && plot.getDataset() != null
                ? plot.getDataset().getColumnCount() : 0;
        return Math.max(MIN_CHART_HEIGHT, BAR_HEIGHT * bars + CHART_FRAME_HEIGHT);
    }

    /** Writes the chart as shown, at a size for slides and reports, off the JavaFX thread. */
    void savePng(ChartKind kind, Path file) {
        JFreeChart chart = model.chartsProperty().get().get(kind);
        if (chart == null) {
            return;
        }
        tasks.run(new BackgroundTask<Void>("Saving the chart", progress -> {
            try {
                ChartUtils.saveChartAsPNG(file.toFile(), chart, PNG_WIDTH, PNG_HEIGHT);
            } catch (java.io.IOException e) {
                throw new org.irwatch.core.common.UserFacingException("IR Watch could not write " + file + " ("
                        + e.getMessage() + "). Check the folder exists and can be written.", e);
            }
            return null;
        }), done -> tasks.announce("Chart saved to " + file));
    }

    private TableView<DrillRow> drillTable() {
        TableView<DrillRow> table = new TableView<>(model.drillRows());
        Tables.fitted(table);
        table.setId("drill-table");
        table.getStyleClass().add(Styles.DENSE);
        table.setPrefHeight(180);
        table.setMinHeight(120);
        table.setPlaceholder(new Label("Nothing chosen yet."));
        table.getColumns().setAll(List.of(
                Tables.column("Sponsor or location", 260, DrillRow::name),
                Tables.column("Provider", 240, DrillRow::provider),
                Tables.column("Councils", 180, DrillRow::councils),
                Tables.column("Action date", 100, DrillRow::date),
                Tables.column("Detail", 240, DrillRow::detail)));
        return table;
    }

}
