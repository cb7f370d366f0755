package org.irwatch.app.market;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.LatestRequest;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.common.TaskExecutor;
import org.irwatch.app.screen.Navigator;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.CqcColumn;
import org.irwatch.core.market.FigureShare;
import org.irwatch.core.market.FigureValue;
import org.irwatch.core.market.MarketFigure;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.PlacedLocation;
import org.irwatch.core.market.ScopedEvent;
import org.irwatch.core.market.ScopedMarket;
import org.irwatch.core.market.WatchList;
import org.irwatch.core.market.WatchListEntry;

/**
 * The market of the chosen area, its watch list, and the list behind the figure the user opened. The market is built
 * in the background from the market held in memory (read once per change of data), so switching area never blocks.
 */
public final class MarketViewModel {

    /** What the figures part of the screen shows. */
    public enum State { LOADING, NO_CQC_DATA, NO_LOCATIONS_HERE, READY }

    private final MarketService service;
    private final TaskExecutor tasks;
    private final ZoneId zone;
    private final Navigator navigator;
    private final ReadOnlyObjectWrapper<ScopedMarket> market = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dates = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notListed = new ReadOnlyStringWrapper("");
    private final ObservableList<WatchListEntry> watchList = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MarketFigure> openFigure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper listTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<MarketProvider> providersBehind = FXCollections.observableArrayList();
    private final ObservableList<PlacedLocation> locationsBehind = FXCollections.observableArrayList();
    private final ObservableList<ScopedEvent> actionsBehind = FXCollections.observableArrayList();
    private final LatestRequest latest = new LatestRequest();

    /**
     * What one load builds, in one background task.
     *
     * @param sponsorsNotListed how many of the area's sponsors the watch list leaves out (they score nothing)
     * @param warnings the data-date warnings, shown above the figures
     */
    record Loaded(ScopedMarket market, List<WatchListEntry> watchList, int sponsorsNotListed, List<String> warnings) {
    }

    /**
     * @param zone      where the data dates' times are shown
     * @param navigator where the possible sponsors' figure leads: the area's review queue
     */
    public MarketViewModel(MarketService service, TaskExecutor tasks, ZoneId zone, Navigator navigator) {
        this.service = service;
        this.tasks = tasks;
        this.zone = zone;
        this.navigator = navigator;
    }

    public void load(Scope scope) {
        tasks.run(new BackgroundTask<>("Reading the market of " + scope.label(), progress -> {
            ScopedMarket built = service.market(scope);
            return new Loaded(built, WatchList.of(built), WatchList.sponsorsScoringNothing(built).size(),
                    service.dataWarnings());
        }), latest.accept(this::show));
    }

    void show(Loaded loaded) {
        ScopedMarket shown = loaded.market();
        heading.set("Adult social care market: " + shown.label());
        dates.set(Figures.dates(shown.dates(), zone));
        if (shown.dates().cqc() == null) {
            state.set(State.NO_CQC_DATA);
            emptyMessage.set("No CQC data yet. Import the CQC directory on " + ScreenShortcut.DATA.hint()
                    + " to see the care market here.");
        } else if (shown.value(MarketFigure.LOCATIONS) == 0) {
            state.set(State.NO_LOCATIONS_HERE);
            emptyMessage.set("No adult social care locations in " + shown.label() + " in the CQC data of "
                    + UkDates.day(shown.dates().cqc()) + ". Choose another area with Ctrl+L.");
        } else {
            state.set(State.READY);
            emptyMessage.set("");
        }
        warnings.set(String.join("\n", loaded.warnings()));
        notListed.set(notListedSentence(loaded));
        market.set(shown);
        watchList.setAll(loaded.watchList());
        fillList();
    }

    /**
     * Opens the list behind a figure: the providers, locations or licence actions it counts. Possible sponsors open
     * the area's review queue instead, where a person confirms or rejects each match.
     */
    public void open(MarketFigure figure) {
        if (figure == MarketFigure.UNCERTAIN_SPONSORS) {
            navigator.reviewQueue();
            return;
        }
        openFigure.set(figure);
        fillList();
    }

    /** Under the watch list: how many of the area's sponsors it leaves out, and why; empty when none. */
    private static String notListedSentence(Loaded loaded) {
        int left = loaded.sponsorsNotListed();
        if (left == 0) {
            return "";
        }
        int sponsors = left + (int) loaded.watchList().stream().filter(e -> e.provider().hasSponsorMatch()).count();
        return Figures.count(left) + " of the " + Figures.count(sponsors) + " sponsors and possible sponsors in "
                + loaded.market().label() + (left == 1 ? " is" : " are") + " not listed: "
                + (left == 1 ? "it scores" : "they score") + " no risk point — no licence action, B rating or "
                + "register change is recorded, and no other factor of the score applies.";
    }

    /** Back from a list to the figures. */
    public void back() {
        openFigure.set(null);
        fillList();
    }

    private void fillList() {
        MarketFigure figure = openFigure.get();
        ScopedMarket shown = market.get();
        if (figure == null || shown == null) {
            providersBehind.clear();
            locationsBehind.clear();
            actionsBehind.clear();
            listTitle.set("");
            return;
        }
        providersBehind.setAll(figure.level() == MarketFigure.Level.PROVIDERS ? shown.providersBehind(figure)
                : List.of());
        locationsBehind.setAll(figure.listsLocations() ? shown.locationsBehind(figure) : List.of());
        actionsBehind.setAll(figure.level() == MarketFigure.Level.WORKERS ? shown.currentActions() : List.of());
        listTitle.set(listTitle(shown, figure));
    }

    /** "Sponsor care homes in Birmingham: 40", with what a sum is made of; a missing sum says so. */
    static String listTitle(ScopedMarket market, MarketFigure figure) {
        String value = Figures.count(market.value(figure));
        String where = figure.label() + " in " + market.label() + ": ";
        return switch (figure.level()) {
            case PROVIDERS, LOCATIONS -> where + value;
            case BEDS -> {
                String careHomes = Figures.count(market.locationsBehind(figure).size()) + " care homes";
                yield market.isMissing(figure) ? where + CqcColumn.NOT_IN_FILE_SENTENCE + " (" + careHomes + ")"
                        : where + value + " beds at " + careHomes;
            }
            case WORKERS -> where + value + ", under " + Figures.count(market.currentActions().size())
                    + " suspensions and revocations in force";
        };
    }

    /** The figure's value as the tile shows it; "not in this file" when the CQC file held no column to count it. */
    public String value(MarketFigure figure) {
        ScopedMarket shown = market.get();
        if (shown == null) {
            return "–";
        }
        FigureValue value = shown.figure(figure);
        return value.missing() ? CqcColumn.NOT_IN_FILE : Figures.count(value.value());
    }

    boolean isMissing(MarketFigure figure) {
        ScopedMarket shown = market.get();
        return shown != null && shown.isMissing(figure);
    }

    /**
     * The muted line under a figure: which file gives a missing one, its share of a whole ("34% of locations"), or
     * when it was counted from.
     */
    String detail(FigureGroup.Tile tile) {
        ScopedMarket shown = market.get();
        if (shown == null) {
            return "";
        }
        FigureValue value = shown.figure(tile.figure());
        if (value.missing()) {
            return CqcColumn.GIVEN_BY;
        }
        if (tile.wholeName() != null) {
            return value.share() == null || shown.value(FigureShare.wholeOf(tile.figure()).orElseThrow()) == 0 ? ""
                    : Figures.percent(value.share()) + " of " + tile.wholeName();
        }
        return switch (tile.figure()) {
            case UNCERTAIN_SPONSORS -> "in no sponsor figure";
            case WORKERS_AT_RISK -> "by suspensions and revocations in force";
            case REMOVED_SINCE_LAST, DOWNGRADED_SINCE_LAST -> shown.dates().previousRegister() == null
                    ? "needs two registers" : "since " + UkDates.day(shown.dates().previousRegister());
            default -> "";
        };
    }

    public ReadOnlyObjectProperty<ScopedMarket> marketProperty() {
        return market.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty datesProperty() {
        return dates.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** The data-date warnings, one a line; empty when the data is of one time and recent. */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** "4 of the 9 sponsors … are not listed: …"; empty when the watch list leaves none out. */
    public ReadOnlyStringProperty notListedProperty() {
        return notListed.getReadOnlyProperty();
    }

    public ObservableList<WatchListEntry> watchList() {
        return watchList;
    }

    public ReadOnlyObjectProperty<MarketFigure> openFigureProperty() {
        return openFigure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty listTitleProperty() {
        return listTitle.getReadOnlyProperty();
    }

    public ObservableList<MarketProvider> providersBehind() {
        return providersBehind;
    }

    public ObservableList<PlacedLocation> locationsBehind() {
        return locationsBehind;
    }

    public ObservableList<ScopedEvent> actionsBehind() {
        return actionsBehind;
    }
}
