package org.irwatch.app.workers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.LatestRequest;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.workers.FairCount;
import org.irwatch.core.workers.Reason;
import org.irwatch.core.workers.Role;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.WorkerAudit;
import org.irwatch.core.workers.WorkerFilter;
import org.irwatch.core.workers.WorkerService;

/**
 * The register's lists for the chosen area, once it is unlocked: every worker (soonest deadline first) under the
 * filters the user sets, those needing action, those due for deletion, and the job fairs. While a list is read its
 * counts say so, never 0; when the register locks every personal value held here is dropped.
 */
public final class WorkersViewModel {

    /** The numbers of days the deadline filter accepts. */
    static final int MAX_DAYS = 3650;

    private final ObservableList<WorkerRow> all = FXCollections.observableArrayList();
    private final FilteredList<WorkerRow> filtered = new FilteredList<>(all);
    private final SortedList<WorkerRow> shown = new SortedList<>(filtered, SOONEST_DEADLINE_FIRST);
    private final FilteredList<WorkerRow> inArea = new FilteredList<>(all);
    private final FilteredList<WorkerRow> needsAction = new FilteredList<>(
            new SortedList<>(inArea, SOONEST_DEADLINE_FIRST), row -> !row.needs().isEmpty());
    private final ObservableList<WorkerRow> dueForDeletion = FXCollections.observableArrayList();
    private final ObservableList<FairCount> fairs = FXCollections.observableArrayList();
    private final ObservableList<WorkerAudit> audit = FXCollections.observableArrayList();
    private final ObservableList<Council> areaCouncils = FXCollections.observableArrayList();

    private final ObjectProperty<Council> council = new SimpleObjectProperty<>();
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>();
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final ObjectProperty<Reason> reason = new SimpleObjectProperty<>();
    private final StringProperty withinDays = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper withinDaysProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("Loading the register…");
    private final LatestRequest latest = new LatestRequest();

    private final WorkersAccessModel access;
    private final WorkerService service;
    private final MarketService market;
    private final CouncilDirectory councils;
    private final ScreenContext context;
    private final Clock clock;
    private Scope scope = Scope.england();
    private Set<String> areaCodes = Set.of();
    private int registerSize;

    /** Soonest deadline first (passed ones first of all), then those without a deadline, by name. */
    static final Comparator<WorkerRow> SOONEST_DEADLINE_FIRST = Comparator
            .comparing(WorkerRow::daysLeft, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkerRow::name, String.CASE_INSENSITIVE_ORDER);

    public WorkersViewModel(WorkersAccessModel access, WorkerService service, MarketService market,
                            CouncilDirectory councils, ScreenContext context, Clock clock) {
        this.access = access;
        this.service = service;
        this.market = market;
        this.councils = councils;
        this.context = context;
        this.clock = clock;
        council.addListener((obs, was, now) -> applyFilter());
        stage.addListener((obs, was, now) -> applyFilter());
        role.addListener((obs, was, now) -> applyFilter());
        reason.addListener((obs, was, now) -> applyFilter());
        withinDays.addListener((obs, was, now) -> applyFilter());
        access.accessProperty().addListener((obs, was, now) -> {
            if (now == WorkersAccessModel.Access.OPEN) {
                load();
            } else {
                forget();
            }
        });
    }

    /** The area chosen in the window: the lists show its workers (and those whose council is not known). */
    public void load(Scope area) {
        if (!area.equals(scope)) {
            council.set(null);
        }
        scope = area;
        access.check();
        load();
    }

    /** Reads the register again, for the area last chosen; does nothing while it is locked. */
    public void load() {
        if (!access.isOpen()) {
            return;
        }
        Scope area = scope;
        LocalDate today = today();
        String title = "Reading the register of displaced workers";
        loading.set(true);
        placeholder.set("Loading the register…");
        context.tasks().run(new BackgroundTask<>(title, progress -> new Loaded(area, market.councilCodes(area),
                // Sorted here, off the JavaFX thread: the sorted views then take the rows in order, each at their end.
                service.workers().stream().map(w -> WorkerRow.of(w, today, market::councilName))
                        .sorted(SOONEST_DEADLINE_FIRST).toList(),
                service.retentionDue().stream().map(w -> WorkerRow.of(w, today, market::councilName)).toList())),
                latest.accept(loaded -> {
                    areaCodes = loaded.councils();
                    registerSize = loaded.rows().size();
                    areaCouncils.setAll(councils.councils().stream()
                            .filter(c -> loaded.councils().contains(c.gssCode())).toList());
                    // The filters first, on the rows held before: the new rows are then filtered and sorted once.
                    inArea.setPredicate(this::inArea);
                    applyFilter();
                    all.setAll(loaded.rows());
                    dueForDeletion.setAll(loaded.due());
                    placeholder.set("No displaced workers in " + loaded.area().label()
                            + " match the filters. Register one with New…, or in Fair mode.");
                    loading.set(false);
                }), failure -> {
                    placeholder.set("The register could not be read.");
                    loading.set(false);
                    context.tasks().reportFailure(title, failure);
                });
        // Counted from every record's anonymous part, apart: the list need not wait for it.
        context.tasks().run(new BackgroundTask<>("Counting the people seen at job fairs",
                progress -> service.fairCounts()), fairs::setAll);
    }

    private record Loaded(Scope area, Set<String> councils, List<WorkerRow> rows, List<WorkerRow> due) {
    }

    /** Drops everything personal the lists hold (the register locked). */
    private void forget() {
        latest.supersede();
        all.clear();
        dueForDeletion.clear();
        audit.clear();
        loading.set(true);
        placeholder.set("The register is locked.");
    }

    /** Workers of a council of the area, and those whose council is not known (listed in every area). */
    private boolean inArea(WorkerRow row) {
        String gss = row.worker().councilGss();
        return gss.isEmpty() || areaCodes.contains(gss);
    }

    private void applyFilter() {
        WorkerFilter filter = filter();
        if (filter == null) {
            return;
        }
        LocalDate today = today();
        filtered.setPredicate(row -> inArea(row) && filter.test(row.worker(), today));
    }

    /** The user's filters as core's filter; null while the number of days is not a number (the list stays as it was). */
    WorkerFilter filter() {
        Integer days = null;
        String typed = withinDays.get() == null ? "" : withinDays.get().strip();
        if (!typed.isEmpty()) {
            if (!typed.matches("\\d{1,4}") || Integer.parseInt(typed) > MAX_DAYS) {
                withinDaysProblem.set("Type a number of days, e.g. 21.");
                return null;
            }
            days = Integer.parseInt(typed);
        }
        withinDaysProblem.set("");
        return new WorkerFilter(council.get() == null ? Set.of() : Set.of(council.get().gssCode()),
                stage.get() == null ? Set.of() : Set.of(stage.get()), role.get(), reason.get(), days, false);
    }

    /** Shows the audit trail of the chosen worker; none chosen empties it. */
    public void loadAudit(WorkerRow row) {
        if (row == null || row.worker().id() == null) {
            audit.clear();
            return;
        }
        long id = row.worker().id();
        context.tasks().run(new BackgroundTask<>("Reading the record's audit trail", progress -> service.audit(id)),
                audit::setAll);
    }

    /** Clears every filter. */
    public void clearFilters() {
        council.set(null);
        stage.set(null);
        role.set(null);
        reason.set(null);
        withinDays.set("");
    }

    /** The area chosen in the window. */
    public Scope scope() {
        return scope;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String councilName(String gss) {
        return gss == null || gss.isEmpty() ? "" : market.councilName(gss);
    }

    public List<Council> allCouncils() {
        return councils.councils();
    }

    public WorkersAccessModel access() {
        return access;
    }

    /** Every worker of the area under the filters, soonest deadline first. */
    public ObservableList<WorkerRow> shown() {
        return shown;
    }

    /** The area's workers who need action today. */
    public ObservableList<WorkerRow> needsAction() {
        return needsAction;
    }

    /** Closed records past the retention period (in every area: deletion is the data controller's duty). */
    public ObservableList<WorkerRow> dueForDeletion() {
        return dueForDeletion;
    }

    public ObservableList<FairCount> fairs() {
        return fairs;
    }

    public ObservableList<WorkerAudit> audit() {
        return audit;
    }

    /** The councils of the chosen area, for the council filter. */
    public ObservableList<Council> areaCouncils() {
        return areaCouncils;
    }

    public ObjectProperty<Council> councilProperty() {
        return council;
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<Reason> reasonProperty() {
        return reason;
    }

    /** The deadline filter as typed: a number of days, or empty for any. */
    public StringProperty withinDaysProperty() {
        return withinDays;
    }

    /** What is wrong with the number of days typed; empty when nothing. */
    public ReadOnlyStringProperty withinDaysProblemProperty() {
        return withinDaysProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What an empty list says: loading, locked, or that nobody matches. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** "12 of 60 workers shown", or "Loading…" while the register is read. */
    public StringBinding countText() {
        return Bindings.createStringBinding(() -> loading.get() ? "Loading…"
                        : String.format(Locale.UK, "%,d of %,d %s shown", shown.size(), registerSize,
                        registerSize == 1 ? "worker" : "workers"),
                loading, shown);
    }

    /** "Needs action (3)", "Needs action (…)" while loading. */
    public StringBinding needsActionTitle() {
        return tabTitle("Needs action", needsAction);
    }

    public StringBinding dueTitle() {
        return tabTitle("Due for deletion", dueForDeletion);
    }

    private StringBinding tabTitle(String title, ObservableList<?> list) {
        return Bindings.createStringBinding(() -> title + " (" + (loading.get() ? "…"
                : String.format(Locale.UK, "%,d", list.size())) + ")", loading, list);
    }

    /** The area line: which workers are listed and why. */
    public StringBinding areaLine() {
        return Bindings.createStringBinding(() -> "Workers living in " + scope.label() + " (by the council of their "
                + "postcode), and those whose council is not known yet. Sorted by the days left to their Home "
                + "Office deadline.", loading);
    }

    ScreenContext context() {
        return context;
    }

    WorkerService service() {
        return service;
    }
}
