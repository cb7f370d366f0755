package org.irwatch.app.market;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.LatestRequest;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.common.StartupTimes;
import org.irwatch.app.common.TaskExecutor;
import org.irwatch.app.screen.Navigator;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.FigureShare;
import org.irwatch.core.market.FigureValue;
import org.irwatch.core.market.MarketFigure;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.PlacedLocation;
import org.irwatch.core.market.ScopedEvent;
import org.irwatch.core.market.ScopedMarket;
import org.irwatch.core.market.WhyMissing;
import org.irwatch.core.market.WatchList;
import org.irwatch.core.market.WatchListEntry;
import org.irwatch.core.settings.SettingsRepository;

/**
 * The market of the chosen area, its watch list, and the list behind the figure the user opened. The market is built
 * in the background from the market held in memory (read once per change of data), so switching area never blocks.
 * While it loads the screen never shows a figure it does not have: at start-up the figures the last session showed
 * of the same area, marked as such, and after that the figures shown before, greyed, with a line saying what is read.
 */
public final class MarketViewModel {

    /** What the figures part of the screen shows. */
    public enum State {
        /** Nothing to show yet: a placeholder says what is being read. */
        LOADING,
        /** The figures stored at the end of the last session's load, until the live ones arrive. */
        LAST_SESSION,
        NO_CQC_DATA,
        NO_LOCATIONS_HERE,
        READY
    }

    /** The setting holding the figures last shown (docs/decisions/0026-market-summary-at-start-up.md). */
    static final String SUMMARY_SETTING = "ui.market.summary";
    /** APP_SETTING's value column holds this many characters; a longer summary is not stored. */
    private static final int SETTING_LENGTH = 4000;
    private static final String WATCH_LIST_LOADING = "Watch list (…)";

    private final MarketService service;
    private final SettingsRepository settings;
    private final TaskExecutor tasks;
    private final ZoneId zone;
    private final Navigator navigator;
    private final ReadOnlyObjectWrapper<ScopedMarket> market = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyBooleanWrapper updating = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dates = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notListed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper watchListTitle = new ReadOnlyStringWrapper(WATCH_LIST_LOADING);
    private final ObservableList<WatchListEntry> watchList = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MarketFigure> openFigure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper listTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<MarketProvider> providersBehind = FXCollections.observableArrayList();
    private final ObservableList<PlacedLocation> locationsBehind = FXCollections.observableArrayList();
    private final ObservableList<ScopedEvent> actionsBehind = FXCollections.observableArrayList();
    private final LatestRequest latest = new LatestRequest();
    /** The area being read; null once its market is shown. */
    private Scope loading;
    private MarketSummary lastSession;
    private boolean lastSessionAsked;

    /**
     * What one load builds, in one background task, with the fingerprint of the data it was built from.
     *
     * @param sponsorsNotListed how many of the area's sponsors the watch list leaves out (they score nothing)
     * @param warnings the data-date warnings, shown above the figures
     */
    record Loaded(Scope scope, ScopedMarket market, List<WatchListEntry> watchList, int sponsorsNotListed,
                  List<String> warnings, String dataVersion) {
    }

    /** What the last session left: its summary, if any, and the fingerprint of the data now. */
    private record LastSession(Optional<MarketSummary> summary, String dataVersion) {
    }

    /**
     * @param settings  where the figures last shown are kept for the next start
     * @param zone      where the data dates' times are shown
     * @param navigator where the possible sponsors' figure leads: the area's review queue
     */
    public MarketViewModel(MarketService service, SettingsRepository settings, TaskExecutor tasks, ZoneId zone,
                           Navigator navigator) {
        this.service = service;
        this.settings = settings;
        this.tasks = tasks;
        this.zone = zone;
        this.navigator = navigator;
    }

    /**
     * Reads the area's market in the background. Until it arrives: at the first load, the last session's figures of
     * this area if they were stored; later, the figures shown before, greyed, under their own area's name.
     */
    public void load(Scope scope) {
        startLoading(scope);
        Consumer<Loaded> onLoaded = latest.accept(this::show);
        if (lastSessionAsked) {
            readMarket(scope, onLoaded);
            return;
        }
        lastSessionAsked = true;
        // The stored figures first, then the market: read beside it on two cores, they came seconds later.
        tasks.run(new BackgroundTask<>("Reading the last session's figures", work -> new LastSession(
                settings.get(SUMMARY_SETTING).flatMap(MarketSummary::decode), service.dataVersion())), found -> {
                    showLastSession(found);
                    readMarket(scope, onLoaded);
                }, unreadable -> readMarket(scope, onLoaded));
    }

    private void readMarket(Scope scope, Consumer<Loaded> onLoaded) {
        tasks.run(new BackgroundTask<>("Reading the market of " + scope.label(), work -> {
            StartupTimes.reached("Market read started");
            // The fingerprint first: should the data change during the read, the figures stored are marked older.
            String version = service.dataVersion();
            ScopedMarket built = service.market(scope);
            StartupTimes.reached("Market read and joined");
            return new Loaded(scope, built, WatchList.of(built), WatchList.sponsorsScoringNothing(built).size(),
                    service.dataWarnings(), version);
        }), onLoaded);
    }

    private void startLoading(Scope scope) {
        loading = scope;
        ScopedMarket shown = market.get();
        if (state.get() == State.READY) {
            updating.set(true);
            progress.set(shown.label().equals(scope.label()) ? "Updating the figures…"
                    : "Reading the market of " + scope.label() + "… The figures below are still "
                    + shown.label() + "'s.");
            return;
        }
        if (state.get() == State.LAST_SESSION && lastSession.scopeKey().equals(scope.key())) {
            return;
        }
        lastSession = null;
        updating.set(false);
        state.set(State.LOADING);
        heading.set("Adult social care market: " + scope.label());
        dates.set("");
        emptyMessage.set("");
        watchList.clear();
        watchListTitle.set(WATCH_LIST_LOADING);
        progress.set("Reading the market of " + scope.label() + "…");
    }

    /** Shows the last session's figures of the area being read, if its market has not arrived first. */
    private void showLastSession(LastSession found) {
        if (found.summary().isEmpty() || state.get() != State.LOADING || loading == null
                || !found.summary().get().scopeKey().equals(loading.key())) {
            return;
        }
        MarketSummary summary = found.summary().get();
        lastSession = summary;
        heading.set(summary.heading());
        dates.set(summary.dates());
        updating.set(true);
        progress.set(summary.dataVersion().equals(found.dataVersion())
                ? "As of the last session — updating…"
                : "The data has changed since the last session: these figures are out of date — updating…");
        state.set(State.LAST_SESSION);
        StartupTimes.reached("Stored summary shown");
    }

    void show(Loaded loaded) {
        ScopedMarket shown = loaded.market();
        loading = null;
        lastSession = null;
        updating.set(false);
        progress.set("");
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
        // Empty before any match because no sponsor is known yet, not because none is at risk.
        boolean notMatched = loaded.watchList().isEmpty() && shown.dates().matchedAt() == null;
        watchListTitle.set("Watch list (" + (notMatched ? WhyMissing.NOT_MATCHED.label()
                : String.valueOf(loaded.watchList().size())) + ")");
        fillList();
        StartupTimes.reached("Live market shown");
        if (state.get() == State.READY) {
            store(summary(loaded.scope(), loaded.dataVersion()));
        }
    }

    /** What the tiles show now, to show again at the next start. */
    private MarketSummary summary(Scope scope, String dataVersion) {
        Map<String, String> texts = new TreeMap<>();
        for (FigureGroup group : FigureGroup.ALL) {
            for (FigureGroup.Tile tile : group.tiles()) {
                texts.put(MarketSummary.valueKey(tile.figure()), value(tile.figure()));
                texts.put(MarketSummary.detailKey(tile.figure()), detail(tile));
            }
        }
        return new MarketSummary(scope.key(), dataVersion, heading.get(), dates.get(), texts);
    }

    private void store(MarketSummary summary) {
        String text = summary.encode();
        if (text.length() > SETTING_LENGTH) {
            return;
        }
        tasks.run(new BackgroundTask<Void>("Keeping the figures for the next start", work -> {
            settings.put(SUMMARY_SETTING, text);
            return null;
        }), ignored -> { }, unsaved -> { /* the next start shows a placeholder until its market is read */ });
    }

    /**
     * Opens the list behind a figure: the providers, locations or licence actions it counts. Possible sponsors open
     * the area's review queue instead, where a person confirms or rejects each match. Not while figures of another
     * area or session are shown: the list would not be the figure's.
     */
    public void open(MarketFigure figure) {
        if (state.get() != State.READY || updating.get()) {
            return;
        }
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
        actionsBehind.setAll(figure.level() == MarketFigure.Level.WORKERS ? shown.actionsBehind(figure) : List.of());
        listTitle.set(listTitle(shown, figure));
    }

    /** "Sponsor care homes in Birmingham: 40", with what a sum is made of; a missing sum says so. */
    static String listTitle(ScopedMarket market, MarketFigure figure) {
        String value = market.isMissing(figure) ? market.figure(figure).text() : Figures.count(market.value(figure));
        String where = figure.label() + " in " + market.label() + ": ";
        return switch (figure.level()) {
            case PROVIDERS, LOCATIONS -> where + value;
            case BEDS -> {
                String careHomes = Figures.count(market.locationsBehind(figure).size()) + " care homes";
                yield market.isMissing(figure) ? where + market.figure(figure).text() + " (" + careHomes + ")"
                        : where + value + " beds at " + careHomes;
            }
            case WORKERS -> where + value + ", under " + Figures.count(market.actionsBehind(figure).size())
                    + " " + (figure == MarketFigure.WORKERS_SUSPENDED ? "suspensions"
                    : figure == MarketFigure.WORKERS_REVOKED ? "revocations" : "suspensions and revocations")
                    + " in force";
        };
    }

    /**
     * The figure's value as the tile shows it: the last session's while that is shown; "not in this file" when the
     * CQC file held no column to count it.
     */
    public String value(MarketFigure figure) {
        if (state.get() == State.LAST_SESSION) {
            return lastSession.value(figure);
        }
        ScopedMarket shown = market.get();
        if (shown == null) {
            return "–";
        }
        FigureValue value = shown.figure(figure);
        return value.missing() ? value.why().label() : Figures.count(value.value());
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
        if (state.get() == State.LAST_SESSION) {
            return lastSession.detail(tile.figure());
        }
        if (shown == null) {
            return "";
        }
        FigureValue value = shown.figure(tile.figure());
        if (value.missing()) {
            return value.why().givenBy();
        }
        if (tile.wholeName() != null) {
            return value.share() == null || shown.value(FigureShare.wholeOf(tile.figure()).orElseThrow()) == 0 ? ""
                    : Figures.percent(value.share()) + " of " + tile.wholeName();
        }
        return switch (tile.figure()) {
            case UNCERTAIN_SPONSORS -> "in no sponsor figure";
            case WORKERS_SUSPENDED -> "early warning: suspensions in force";
            case WORKERS_REVOKED -> "issue escalation: revocations in force";
            case WORKERS_AT_RISK -> "total of the two, each sponsor once";
            case SPONSORS_OTHER_ROUTES -> "counted apart from sponsor licences";
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

    /** True while the figures shown are not yet the chosen area's live ones: the screen greys them. */
    public ReadOnlyBooleanProperty updatingProperty() {
        return updating.getReadOnlyProperty();
    }

    /** What is being read, and what the figures shown are meanwhile; empty once the live figures are shown. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Watch list (12)", or "Watch list (…)" before a market was read: never a count it does not know. */
    public ReadOnlyStringProperty watchListTitleProperty() {
        return watchListTitle.getReadOnlyProperty();
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
