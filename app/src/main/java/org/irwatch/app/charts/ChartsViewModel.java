package org.irwatch.app.charts;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.irwatch.app.charts.ChartBars.ChartKey;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.LatestRequest;
import org.irwatch.app.common.TaskExecutor;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.council.Scope;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.market.AreaShare;
import org.irwatch.core.market.ChartBar;
import org.irwatch.core.market.CouncilBars;
import org.irwatch.core.market.MarketCharts;
import org.irwatch.core.market.MarketFigure;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.PlacedLocation;
import org.irwatch.core.market.ReportPeriod;
import org.irwatch.core.market.ScopedEvent;
import org.irwatch.core.market.ScopedMarket;
import org.jfree.chart.JFreeChart;

/**
 * The Charts screen's state: the area's market (loaded in the background), the period of the event charts, the five
 * charts built from them, and the events or locations behind the bar last clicked.
 */
public final class ChartsViewModel {

    /** What one load brings back; the charts are computed in memory from it. */
    record Loaded(ScopedMarket market, MarketCharts charts, ReportPeriod suggested,
                  Function<String, String> councilName, List<AreaShare> comparators) {
    }

    static final String CLICK_A_BAR = "Click a bar to list what is behind it.";

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    /** The end of the newest period the pickers offer by name: the newest data's date once loaded. */
    private final ReadOnlyObjectWrapper<LocalDate> newest;
    private final ReadOnlyObjectWrapper<Map<ChartKind, JFreeChart>> charts = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper drillTitle = new ReadOnlyStringWrapper(CLICK_A_BAR);
    /** What each chart with nothing to draw says instead; absent for a chart with bars. */
    private final Map<ChartKind, String> emptyMessages = new EnumMap<>(ChartKind.class);
    private ChartKind shownKind = ChartKind.values()[0];
    private final ReadOnlyBooleanWrapper drillable = new ReadOnlyBooleanWrapper(true);
    private final ObservableList<DrillRow> drillRows = FXCollections.observableArrayList();
    private final LatestRequest latest = new LatestRequest();
    private Loaded loaded;
    /** The bars of each chart drawn, to find what a click is on. */
    private final Map<ChartKind, ChartBars> bars = new EnumMap<>(ChartKind.class);

    private final MarketService market;
    private final TaskExecutor tasks;
    private final Clock clock;

    public ChartsViewModel(MarketService market, TaskExecutor tasks, Clock clock) {
        this.market = market;
        this.tasks = tasks;
        this.clock = clock;
        this.newest = new ReadOnlyObjectWrapper<>(LocalDate.now(clock));
        from.addListener((obs, old, now) -> redraw());
        to.addListener((obs, old, now) -> redraw());
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The end of the newest quarter and year the period picker offers: the newest data's date once loaded. */
    public ReadOnlyObjectProperty<LocalDate> newestProperty() {
        return newest.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<ChartKind, JFreeChart>> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty drillTitleProperty() {
        return drillTitle.getReadOnlyProperty();
    }

    public ObservableList<DrillRow> drillRows() {
        return drillRows;
    }

    /** Reads the area's market in the background; the period stays as the user set it, else the suggested one. */
    public void load(Scope scope) {
        heading.set("Loading " + scope.label() + "…");
        tasks.run(new BackgroundTask<>("Reading the market for the charts", progress -> {
            ScopedMarket scoped = market.market(scope);
            return new Loaded(scoped, market.charts(scoped), market.defaultPeriod(LocalDate.now(clock)),
                    market::councilName, market.sponsorShareComparators(scope));
        }), latest.accept(this::shown));
    }

    void shown(Loaded result) {
        loaded = result;
        newest.set(result.suggested().to());
        heading.set(String.format(Locale.UK, "%s: %,d adult social care locations. The event charts count "
                + "suspensions and revocations dated in the period.", result.market().label(),
                result.market().value(MarketFigure.LOCATIONS)));
        if (from.get() == null || to.get() == null) {
            from.set(result.suggested().from());
            to.set(result.suggested().to());
        }
        redraw();
    }

    /** Whether the chart in view has bars to click; without, the list below has nothing to offer. */
    public ReadOnlyBooleanProperty drillableProperty() {
        return drillable.getReadOnlyProperty();
    }

    /** The sentence a chart shows instead of empty axes, when it has nothing to draw. */
    public Optional<String> emptyMessage(ChartKind kind) {
        return Optional.ofNullable(emptyMessages.get(kind));
    }

    /** The chart now in view: the list below starts afresh, and invites a click only where there are bars. */
    public void show(ChartKind kind) {
        shownKind = kind;
        clearDrill();
    }

    private void clearDrill() {
        drillRows.clear();
        drillable.set(!emptyMessages.containsKey(shownKind));
        drillTitle.set(drillable.get() ? CLICK_A_BAR : "");
    }

    /** The period of the pickers; the suggested one while they are empty or the wrong way round. */
    ReportPeriod period() {
        if (from.get() == null || to.get() == null || from.get().isAfter(to.get())) {
            return loaded.suggested();
        }
        return new ReportPeriod(from.get(), to.get());
    }

    private void redraw() {
        if (loaded == null) {
            return;
        }
        ReportPeriod period = period();
        MarketCharts series = loaded.charts();
        CouncilBars<Map<EnforcementAction, ChartBar<ScopedEvent>>> actions = series.actionBarsByCouncil(period.from(),
                period.to());
        bars.put(ChartKind.ACTIONS_BY_COUNCIL, ChartBars.byAction(actions.bars(), labels(actions)));
        bars.put(ChartKind.ACTIONS_BY_MONTH, ChartBars.byAction(series.actionBarsByMonth(period.from(), period.to()),
                UkDates::month));
        CouncilBars<ChartBar<ScopedEvent>> workers = series.workerBarsByCouncil(period.from(), period.to());
        bars.put(ChartKind.WORKERS_BY_COUNCIL, ChartBars.single(workers.bars(), labels(workers),
                MarketCharts.WORKERS_BY_COUNCIL));
        CouncilBars<ChartBar<PlacedLocation>> shares = series.sponsorShareBarsByCouncil();
        bars.put(ChartKind.SPONSOR_SHARE, ChartBars.single(shares.bars(), labels(shares),
                MarketChartFactory.SPONSOR_SHARE).withComparators(loaded.comparators()));
        bars.put(ChartKind.RATINGS_MIX, ChartBars.ratings(series.ratingBars()));
        emptyMessages.clear();
        whenEmpty(ChartKind.ACTIONS_BY_COUNCIL, MarketCharts.NO_ACTIONS);
        whenEmpty(ChartKind.ACTIONS_BY_MONTH, MarketCharts.NO_ACTIONS);
        whenEmpty(ChartKind.WORKERS_BY_COUNCIL, MarketCharts.NO_WORKERS);
        whenEmpty(ChartKind.SPONSOR_SHARE, MarketCharts.NO_LOCATIONS);
        if (loaded.market().dates().matchedAt() == null) {
            emptyMessages.put(ChartKind.SPONSOR_SHARE, MarketCharts.NOT_MATCHED); // no sponsor known yet: not 0%
        }
        if (!series.ratingsHeld()) {
            emptyMessages.put(ChartKind.RATINGS_MIX, MarketCharts.NO_RATINGS);
        } else if (loaded.market().locations().isEmpty()) {
            emptyMessages.put(ChartKind.RATINGS_MIX, MarketCharts.NO_LOCATIONS);
        }
        clearDrill();
        Map<ChartKind, JFreeChart> built = new EnumMap<>(ChartKind.class);
        built.put(ChartKind.ACTIONS_BY_COUNCIL,
                MarketChartFactory.actionsByCouncil(bars.get(ChartKind.ACTIONS_BY_COUNCIL)));
        built.put(ChartKind.ACTIONS_BY_MONTH, MarketChartFactory.actionsByMonth(bars.get(ChartKind.ACTIONS_BY_MONTH)));
        built.put(ChartKind.WORKERS_BY_COUNCIL,
                MarketChartFactory.workersByCouncil(bars.get(ChartKind.WORKERS_BY_COUNCIL)));
        built.put(ChartKind.SPONSOR_SHARE, MarketChartFactory.sponsorShare(bars.get(ChartKind.SPONSOR_SHARE)));
        built.put(ChartKind.RATINGS_MIX, MarketChartFactory.ratingsMix(bars.get(ChartKind.RATINGS_MIX)));
        charts.set(built);
    }

    private void whenEmpty(ChartKind kind, String message) {
        if (bars.get(kind).bars().isEmpty()) {
            emptyMessages.put(kind, message);
        }
    }

    private Function<String, String> labels(CouncilBars<?> councilBars) {
        return key -> councilBars.label(key, loaded.charts()::councilName);
    }

    /**
     * Lists what is behind one bar, as core counted it: the events of a council or month (of the action clicked), or
     * the locations of a council's sponsors or of a rating.
     *
     * @param category the bar's category key as the chart holds it (council, month, rating)
     * @param series the bar's series key (action, or sponsors / other providers)
     */
    void drill(ChartKind kind, ChartKey category, ChartKey series) {
        ChartBars shown = bars.get(kind);
        if (shown == null) {
            return;
        }
        if (category.key() instanceof AreaShare comparator) {
            drillRows.clear();
            drillTitle.set(String.format(Locale.UK, "%s: %s of locations run by sponsors, shown to compare. Choose %s "
                    + "as the area to list them.", comparator.area(), percent(comparator.share()), comparator.area()));
            return;
        }
        List<DrillRow> rows = shown.at(category, series).items().stream().map(this::row).toList();
        drillRows.setAll(rows);
        String what = kind == ChartKind.SPONSOR_SHARE || kind == ChartKind.RATINGS_MIX ? "location" : "event";
        drillTitle.set(String.format(Locale.UK, "%s, %s: %,d %s%s", category.label(),
                series.label().toLowerCase(Locale.UK), rows.size(), what, rows.size() == 1 ? "" : "s"));
    }

    private static String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(Locale.UK);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    private DrillRow row(Object item) {
        return switch (item) {
            case ScopedEvent event -> eventRow(event);
            case PlacedLocation location -> locationRow(location);
            default -> throw new IllegalArgumentException("A chart bar holds events or locations, not " + item);
        };
    }

    private DrillRow eventRow(ScopedEvent e) {
        return new DrillRow(e.event().sponsorName(), e.provider() == null ? "" : e.provider().name(),
                String.join(", ", e.councilGssCodes().stream().map(loaded.councilName()).sorted().toList()),
                UkDates.day(e.event().actionDate()), e.event().action().label()
                        + (e.event().workersAffected() == null ? "" : ", "
                        + e.event().workersAffected() + " workers affected"));
    }

    private DrillRow locationRow(PlacedLocation l) {
        return new DrillRow(l.location().name(), l.provider().name(),
                loaded.councilName().apply(l.location().councilGssCode()), "",
                "rating " + loaded.market().data().ratingText(l.location()) + (l.provider().isSponsor() ? ", sponsor ("
                        + l.provider().band().label() + ")" : ""));
    }
}
