package org.irwatch.app.changes;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.CsvFile;
import org.irwatch.app.common.FileDialogConfig.FileKind;
import org.irwatch.app.common.FileDialogConfig;
import org.irwatch.app.common.LatestRequest;
import org.irwatch.core.common.UkDates;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.core.common.CsvWriter;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.RegisterChange;
import org.irwatch.core.register.RegisterChangesService;
import org.irwatch.core.snapshot.Snapshot;

/**
 * Two register snapshots ("from" and "to", the latest two by default), the changes between them computed in the
 * background, and filters applied in memory as the user types (name or town) or picks a kind of change. The changes
 * listed are those to the chosen area's sponsors (see {@code ScopedMarket.changesToSponsorsHere}) unless the user asks
 * for the whole register.
 */
public final class RegisterChangesViewModel {


    /** A choice of the "Show" filter: every change, or one kind. */
    public record TypeChoice(ChangeType type) {
        public static final TypeChoice ALL = new TypeChoice(null);

        public static List<TypeChoice> all() {
            return Stream.concat(Stream.of(ALL), Stream.of(ChangeType.values()).map(TypeChoice::new)).toList();
        }

        public boolean accepts(ChangeType change) {
            return type == null || type == change;
        }

        public String label() {
            return type == null ? "All changes" : type.label();
        }
    }

    private final ObservableList<Snapshot> registers = FXCollections.observableArrayList();
    private final ObjectProperty<Snapshot> from = new SimpleObjectProperty<>();
    private final ObjectProperty<Snapshot> to = new SimpleObjectProperty<>();
    private final ObservableList<RegisterChange> changes = FXCollections.observableArrayList();
    private final BooleanProperty wholeRegister = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper areaLine = new ReadOnlyStringWrapper("");
    private final FilteredList<RegisterChange> filtered = new FilteredList<>(changes);
    private final SortedList<RegisterChange> shown = new SortedList<>(filtered);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<TypeChoice> typeChoice = new SimpleObjectProperty<>(TypeChoice.ALL);
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper downgrades = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shownCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper enoughSnapshots = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final LatestRequest latestList = new LatestRequest();
    private final LatestRequest latestComparison = new LatestRequest();
    private final RegisterChangesService registerChanges;
    private final MarketService market;
    private final CsvWriter<RegisterChange> csv;
    private final ScreenContext context;
    /** While the snapshot list is replaced, the "from" and "to" listeners must not compare half-chosen pairs. */
    private boolean choosing;
    /**
     * The pair the changes shown belong to (snapshot ids) and the area, so showing the screen again does not compare
     * again.
     */
    private String comparedPair = "";
    private Scope scope = Scope.england();
    /** The last comparison: every change, and those to the area's sponsors. */
    private Compared compared = Compared.NONE;

    private record Compared(List<RegisterChange> all, List<RegisterChange> inArea) {
        static final Compared NONE = new Compared(List.of(), List.of());
    }

    /** @param csv writes changes as CSV: change,organisation_name,town,before,after */
    public RegisterChangesViewModel(RegisterChangesService registerChanges, MarketService market,
                                    CsvWriter<RegisterChange> csv, ScreenContext context) {
        this.registerChanges = registerChanges;
        this.market = market;
        this.csv = csv;
        this.context = context;
        filterText.addListener((obs, old, text) -> applyFilter());
        typeChoice.addListener((obs, old, choice) -> applyFilter());
        filtered.addListener((javafx.collections.ListChangeListener<RegisterChange>) change -> updateShownCount());
        from.addListener((obs, old, chosen) -> pairChosen());
        to.addListener((obs, old, chosen) -> pairChosen());
        wholeRegister.addListener((obs, old, whole) -> showChanges());
    }

    /**
     * Reads the register snapshots held; keeps the pair chosen if both are still held, else takes the latest two;
     * lists the changes to this area's sponsors.
     */
    public void load(Scope area) {
        this.scope = area;
        context.tasks().run(new BackgroundTask<>("Reading register snapshots",
                progress -> registerChanges.registerSnapshots()),
                latestList.accept(this::registersRead));
    }

    private void registersRead(List<Snapshot> held) {
        Snapshot keepFrom = find(held, from.get());
        Snapshot keepTo = find(held, to.get());
        choosing = true;
        try {
            registers.setAll(held);
            if (keepFrom == null || keepTo == null) {
                keepTo = held.isEmpty() ? null : held.getFirst();
                keepFrom = held.size() < 2 ? null : held.get(1);
            }
            from.set(keepFrom);
            to.set(keepTo);
        } finally {
            choosing = false;
        }
        enoughSnapshots.set(held.size() >= 2);
        if (held.size() < 2) {
            latestComparison.supersede();
            comparedPair = "";
            compared = Compared.NONE;
            showChanges();
            counts.set("");
            loaded.set(true);
            return;
        }
        pairChosen();
    }

    private static Snapshot find(List<Snapshot> held, Snapshot wanted) {
        return wanted == null ? null : held.stream().filter(s -> s.id() == wanted.id()).findFirst().orElse(null);
    }

    /** Compares the pair in the background; only the newest request's answer is shown. */
    private void pairChosen() {
        // Until the snapshots held are read, nothing chosen can be compared.
        if (choosing || registers.isEmpty()) {
            return;
        }
        Snapshot earlier = from.get();
        Snapshot later = to.get();
        if (earlier == null || later == null) {
            return;
        }
        Scope area = scope;
        String pair = earlier.id() + "→" + later.id() + " in " + area.key();
        if (pair.equals(comparedPair)) {
            return;
        }
        if (earlier.id() == later.id()) {
            latestComparison.supersede();
            comparedPair = pair;
            showComparison(Compared.NONE, "Choose two different snapshots to see what changed.");
            return;
        }
        loaded.set(false);
        placeholder.set("Comparing the register of " + describeDate(earlier) + " with that of " + describeDate(later)
                + "…");
        ScreenContext ctx = context;
        ctx.tasks().run(new BackgroundTask<>("Comparing register snapshots",
                progress -> {
                    List<RegisterChange> all = registerChanges.compare(earlier, later).changes();
                    return new Compared(all, market.market(area).changesToSponsorsHere(all));
                }),
                latestComparison.accept((Compared found) -> {
                    comparedPair = pair;
                    showComparison(found, "No organisation was added, removed, re-rated or changed "
                            + "its routes between these two snapshots.");
                }), failure -> {
                    ctx.dialogs().showError("Comparing register snapshots failed", failure);
                    placeholder.set("The comparison failed. Choose the snapshots again to retry.");
                    loaded.set(true);
                });
    }

    private void showComparison(Compared found, String whenEmpty) {
        compared = found;
        this.whenEmpty = whenEmpty;
        showChanges();
        loaded.set(true);
    }

    /** What the table says when the comparison found nothing at all. */
    private String whenEmpty = "";

    /** Lists the area's changes or the whole register's, from the last comparison. */
    private void showChanges() {
        boolean whole = wholeRegister.get();
        List<RegisterChange> found = whole ? compared.all() : compared.inArea();
        changes.setAll(found);
        counts.set(countsLine(found));
        long toB = found.stream().filter(RegisterChange::isDowngradeToB).count();
        downgrades.set(toB == 0 ? "" : String.format(Locale.UK, "%,d downgraded to a B rating (highlighted)", toB));
        areaLine.set(areaLine(scope, whole, compared.inArea().size(), compared.all().size()));
        placeholder.set(whole || compared.all().isEmpty() ? whenEmpty : "No change to the sponsors of care providers in "
                + scope.label() + " between these two snapshots. Tick \"Whole register\" to see every change.");
        updateShownCount();
    }

    /**
     * "Changes to the sponsors of care providers in Coventry: 3 of the register's 5,889 ..." or, with the whole
     * register chosen, "Every change on the register, wherever the sponsor is: 5,889".
     */
    static String areaLine(Scope scope, boolean wholeRegister, int inArea, int all) {
        if (wholeRegister) {
            return String.format(Locale.UK, "Every change on the register, wherever the sponsor is: %,d.", all);
        }
        return String.format(Locale.UK, "Changes to the sponsors of care providers in %s: %,d of the register's %,d "
                + "(sure matches, High or Confirmed, and former sponsors that left the newest register).",
                scope.label(), inArea, all);
    }

    private void applyFilter() {
        String text = filterText.get();
        TypeChoice choice = typeChoice.get() == null ? TypeChoice.ALL : typeChoice.get();
        if ((text == null || text.isBlank()) && choice.type() == null) {
            filtered.setPredicate(null);
        } else {
            String needle = needle(text);
            filtered.setPredicate(change -> choice.accepts(change.change()) && matches(change, needle));
        }
    }

    private void updateShownCount() {
        shownCount.set(filtered.size() == changes.size() ? ""
                : String.format(Locale.UK, "Showing %,d of %,d", filtered.size(), changes.size()));
    }

    /** What the user typed, ready to compare: stripped and lower case; empty matches everything. */
    static String needle(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    /** True when the organisation's name or town contains the needle (see {@link #needle}). */
    static boolean matches(RegisterChange change, String needle) {
        return needle.isEmpty() || change.organisationName().toLowerCase(Locale.ROOT).contains(needle)
                || change.town().toLowerCase(Locale.ROOT).contains(needle);
    }

    /** "1,269 added · 464 removed · 8 rating changed · 4,148 routes changed". */
    static String countsLine(Collection<RegisterChange> changes) {
        Map<ChangeType, Integer> byType = new EnumMap<>(ChangeType.class);
        changes.forEach(change -> byType.merge(change.change(), 1, Integer::sum));
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.UK);
        return number.format(byType.getOrDefault(ChangeType.ADDED, 0)) + " added · "
                + number.format(byType.getOrDefault(ChangeType.REMOVED, 0)) + " removed · "
                + number.format(byType.getOrDefault(ChangeType.RATING_CHANGED, 0)) + " rating changed · "
                + number.format(byType.getOrDefault(ChangeType.ROUTES_CHANGED, 0)) + " routes changed";
    }

    /** How a snapshot reads in the "From" and "To" lists: "2 Nov 2021 · 48,170 organisations". */
    public static String describe(Snapshot snapshot) {
        if (snapshot == null) {
            return "";
        }
        return String.format(Locale.UK, "%s · %,d organisations", UkDates.day(snapshot.dataDate()),
                snapshot.organisations());
    }

    private static String describeDate(Snapshot snapshot) {
        return UkDates.day(snapshot.dataDate());
    }

    // --- export ----------------------------------------------------------------------------------------------

    /** "register-changes-2021-09-30-to-2021-11-02.csv". */
    public String exportFileName() {
        Snapshot earlier = from.get();
        Snapshot later = to.get();
        if (earlier == null || later == null) {
            return "register-changes.csv";
        }
        return "register-changes-" + earlier.dataDate() + "-to-" + later.dataDate() + ".csv";
    }

    /** Asks where to save the changes shown, then writes them. */
    public void chooseFileAndExport() {
        if (context != null) {
            context.dialogs().showSave(FileDialogConfig.of("Export register changes", FileKind.CSV)
                    .named(exportFileName())).ifPresent(this::exportCsv);
        }
    }

    /** Writes the changes shown (filters and sort order as on screen) as CSV, off the JavaFX thread. */
    public void exportCsv(Path file) {
        ScreenContext ctx = context;
        List<RegisterChange> rows = List.copyOf(shown);
        CsvFile.writeInBackground(ctx.tasks(), "Exporting register changes", file,
                out -> csv.write(rows, out), String.format(Locale.UK, "Exported %,d changes to %s",
                        rows.size(), Objects.requireNonNullElse(file.getFileName(), file)));
    }

    // --- state for the view ----------------------------------------------------------------------------------

    public ObservableList<Snapshot> registers() {
        return registers;
    }

    public ObjectProperty<Snapshot> fromProperty() {
        return from;
    }

    public ObjectProperty<Snapshot> toProperty() {
        return to;
    }

    /** The changes after the filters; the view binds its comparator so the order is the table's. */
    public SortedList<RegisterChange> shown() {
        return shown;
    }

    /** Every change between the two snapshots, before filters. */
    public ObservableList<RegisterChange> changes() {
        return FXCollections.unmodifiableObservableList(changes);
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<TypeChoice> typeChoiceProperty() {
        return typeChoice;
    }

    /** Unticked: only the changes to the area's sponsors; ticked: every change on the register. */
    public BooleanProperty wholeRegisterProperty() {
        return wholeRegister;
    }

    /** Which changes are listed and why: the area's rule, or the whole register. */
    public ReadOnlyStringProperty areaLineProperty() {
        return areaLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty downgradesProperty() {
        return downgrades.getReadOnlyProperty();
    }

    /** "Showing 12 of 5,889" while a filter hides some; empty otherwise. */
    public ReadOnlyStringProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    /** What the table says when it is empty: comparing, nothing changed, or two equal snapshots chosen. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** False with fewer than two register snapshots: the screen shows how to get a second one. */
    public ReadOnlyBooleanProperty enoughSnapshotsProperty() {
        return enoughSnapshots.getReadOnlyProperty();
    }

    /** True once the changes of the chosen pair are shown (false while comparing). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
