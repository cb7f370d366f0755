package org.irwatch.app.market;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.FigureTile;
import org.irwatch.app.reports.CouncilWorkbookExport;
import org.irwatch.app.screen.Navigator;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.screen.AbstractScreen;
import org.irwatch.app.screen.ScreenHeader;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.CountingNotes;

/**
 * The Monday-morning screen: how much of the area's care market depends on sponsored workers, who is in trouble, and
 * a watch list ranked by a transparent risk score. Every figure opens the list behind it.
 */
public final class MarketView extends AbstractScreen {

    /** A figure the CQC file could not give: its "not in this file" is set smaller than a number. */
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    private final MarketViewModel model;
    private final Navigator navigator;
    private final List<Runnable> tileUpdates = new ArrayList<>();
    private final Function<String, String> councilName;
    private HBox toolbar;
    private TabPane tabs;
    private WatchListPane watchList;
    private final CouncilWorkbookExport export;
    private Scope scope;

    /** @param councilName a council's name from its GSS code */
    public MarketView(MarketViewModel model, Function<String, String> councilName, Navigator navigator,
                      CouncilWorkbookExport export) {
        super(ScreenShortcut.MARKET);
        this.model = model;
        this.councilName = councilName;
        this.navigator = navigator;
        this.export = export;
    }



    @Override
    public void refresh(Scope scope) {
        this.scope = scope;
        model.load(scope);
    }

    /** The view model, for tests that compare what is shown with the market it was built from. */
    public MarketViewModel model() {
        return model;
    }

    /** The workbook export behind the toolbar's button, for tests to answer its file question. */
    public CouncilWorkbookExport councilWorkbookExport() {
        return export;
    }

    /** The row of the area and data dates; actions on the whole area (exports) belong at its right end. */
    public HBox toolbar() {
        root();
        return toolbar;
    }

    @Override
    protected VBox createView() {
        Label scopeLine = new Label();
        scopeLine.setId("market-scope");
        scopeLine.getStyleClass().add(Styles.TITLE_4);
        scopeLine.textProperty().bind(model.headingProperty());
        Label dates = new Label();
        dates.setId("market-dates");
        dates.getStyleClass().add(Styles.TEXT_MUTED);
        dates.setWrapText(true);
        // On a narrow window the dates wrap onto a second line rather than being cut, and the button keeps its words.
        dates.setMinHeight(Region.USE_PREF_SIZE);
        dates.textProperty().bind(model.datesProperty());
        Button exportButton = new Button("E_xport workbook…");
        exportButton.setId("market-export-workbook");
        exportButton.setTooltip(new Tooltip("The council workbook of this area: summary, lists and charts, for Excel"));
        exportButton.setOnAction(e -> {
            if (scope != null) {
                export.run(scope, window());
            }
        });
        exportButton.setMinWidth(Region.USE_PREF_SIZE);
        VBox heading = new VBox(2, scopeLine, dates);
        heading.setMinWidth(0);
        HBox.setHgrow(heading, Priority.ALWAYS);
        toolbar = new HBox(12, heading, exportButton);
        toolbar.setId("market-toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        scopeLine.opacityProperty().bind(greyedWhileUpdating());
        dates.opacityProperty().bind(greyedWhileUpdating());

        Tab figures = new Tab("Figures", figuresPane());
        figures.setId("market-figures-tab");
        watchList = new WatchListPane(model.watchList(), model.notListedProperty(), navigator);
        Tab watch = new Tab("", watchList);
        watch.setId("watch-list-tab");
        watch.textProperty().bind(model.watchListTitleProperty());
        // Before a market was read its watch list is not known: an empty table would say nobody scores any risk.
        watch.disableProperty().bind(model.marketProperty().isNull());
        tabs = new TabPane(figures, watch);
        tabs.setId("market-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab == watch) {
                watchList.chooseFirstIfNone();
            }
        });
        model.watchList().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            if (tabs.getSelectionModel().getSelectedItem() == watch) {
                watchList.chooseFirstIfNone();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        tabs.opacityProperty().bind(greyedWhileUpdating());

        VBox box = new VBox(12,
                ScreenHeader.of(title(), "How much of the care market in your area depends on sponsored workers, "
                        + "and who is in trouble. Click a figure (or Tab to it and press Enter) for the list behind it."),
                toolbar, warningBanner(), progressLine(), tabs);
        box.setPadding(new Insets(20));
        return box;
    }

    /** The data-date warnings above the figures, hidden when there are none. */
    private Label warningBanner() {
        Label banner = new Label();
        banner.setId("market-warnings");
        banner.getStyleClass().add("data-warning");
        banner.setWrapText(true);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(model.warningsProperty());
        banner.visibleProperty().bind(model.warningsProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** Figures that are not yet the chosen area's live ones are greyed. */
    private DoubleBinding greyedWhileUpdating() {
        return Bindings.when(model.updatingProperty()).then(0.45).otherwise(1.0);
    }

    /** While figures are read over those shown: what is read, and what the figures shown are meanwhile. */
    private HBox progressLine() {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setPrefWidth(120);
        Label text = new Label();
        text.setId("market-progress");
        text.setWrapText(true);
        text.textProperty().bind(model.progressProperty());
        HBox line = new HBox(10, bar, text);
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(model.updatingProperty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /** Before anything can be shown: what is being read, never a zero or an empty-state sentence. */
    private VBox loadingPlaceholder() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        Label text = new Label();
        text.setId("market-loading");
        text.textProperty().bind(model.progressProperty());
        VBox placeholder = new VBox(10, spinner, text);
        placeholder.setAlignment(Pos.TOP_LEFT);
        placeholder.setPadding(new Insets(24, 0, 0, 0));
        placeholder.visibleProperty().bind(model.stateProperty().isEqualTo(MarketViewModel.State.LOADING));
        return placeholder;
    }

    /** The figures, or in their place the list behind the figure opened; an empty state when there is nothing. */
    private StackPane figuresPane() {
        VBox content = new VBox(16);
        content.setId("market-figures");
        content.setPadding(new Insets(12, 4, 12, 0));
        for (FigureGroup group : FigureGroup.ALL) {
            content.getChildren().add(group(group));
        }
        RatingsMixTable ratings = new RatingsMixTable();
        VBox ratingsSection = section("Ratings mix", ratings);
        // The last session's summary holds the tiles only.
        ratingsSection.visibleProperty().bind(model.stateProperty().isEqualTo(MarketViewModel.State.READY));
        ratingsSection.managedProperty().bind(ratingsSection.visibleProperty());
        content.getChildren().addAll(ratingsSection, definitions());
        model.marketProperty().addListener((obs, old, market) -> {
            tileUpdates.forEach(Runnable::run);
            if (market != null) {
                ratings.show(market);
            }
        });
        model.stateProperty().addListener((obs, old, state) -> tileUpdates.forEach(Runnable::run));
        // Greyed figures open no list (the model refuses): they do not light up under the pointer either.
        content.mouseTransparentProperty().bind(model.updatingProperty());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.visibleProperty().bind(model.stateProperty().isEqualTo(MarketViewModel.State.READY)
                .or(model.stateProperty().isEqualTo(MarketViewModel.State.LAST_SESSION))
                .and(model.openFigureProperty().isNull()));

        Label empty = new Label();
        empty.setId("market-empty");
        empty.getStyleClass().addAll("market-empty", Styles.TITLE_4);
        empty.setWrapText(true);
        empty.setMaxWidth(560);
        empty.textProperty().bind(model.emptyMessageProperty());
        empty.visibleProperty().bind(model.emptyMessageProperty().isNotEmpty());
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        StackPane.setMargin(empty, new Insets(24, 0, 0, 0));

        FigureListPane list = new FigureListPane(model, navigator, councilName);
        list.setPadding(new Insets(12, 0, 0, 0));
        list.visibleProperty().bind(model.openFigureProperty().isNotNull()
                .and(model.stateProperty().isEqualTo(MarketViewModel.State.READY)));
        return new StackPane(scroll, empty, list, loadingPlaceholder());
    }

    private VBox group(FigureGroup group) {
        FlowPane tiles = new FlowPane(12, 12);
        for (FigureGroup.Tile spec : group.tiles()) {
            FigureTile tile = new FigureTile(spec.id(), spec.caption());
            tile.setOnOpen(() -> model.open(spec.figure()), spec.hint());
            if (spec.opensReviewQueue()) {
                tile.getStyleClass().add("figure-tile-review");
            }
            tileUpdates.add(() -> {
                tile.valueProperty().set(model.value(spec.figure()));
                tile.detailProperty().set(model.detail(spec));
                tile.pseudoClassStateChanged(MISSING, model.isMissing(spec.figure()));
            });
            tiles.getChildren().add(tile);
        }
        return section(group.title(), tiles);
    }

    /** How the figures are counted, in the seeds' words, as the workbooks' notes give it. */
    private static VBox definitions() {
        VBox sentences = new VBox(4);
        sentences.setId("market-definitions");
        for (String sentence : CountingNotes.ALL) {
            Label line = new Label(sentence);
            line.setWrapText(true);
            line.setMaxWidth(820);
            line.getStyleClass().add(Styles.TEXT_MUTED);
            sentences.getChildren().add(line);
        }
        return section("How these figures are counted", sentences);
    }

    private static VBox section(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4, "market-section");
        return new VBox(8, heading, body);
    }
}
