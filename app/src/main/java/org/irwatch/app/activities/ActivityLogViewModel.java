package org.irwatch.app.activities;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.FileDialogConfig;
import org.irwatch.app.common.FileDialogConfig.FileKind;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.core.activities.Activity;
import org.irwatch.core.activities.ActivityField;
import org.irwatch.core.activities.ActivityImport;
import org.irwatch.core.activities.ActivityKind;
import org.irwatch.core.activities.ActivityRepository;
import org.irwatch.core.activities.ActivityValues;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.council.Scope;
import org.irwatch.core.imports.table.BadValueException;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.RememberedMappings;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.imports.table.SheetReader;
import org.irwatch.core.imports.table.SheetTable;
import org.irwatch.core.market.PeriodChoices;
import org.irwatch.core.market.PeriodChoices.Choice;

/**
 * The activity log window's state: every activity, the ones shown (for the area chosen or all, in a quarter, a year or
 * at any date), the form that adds or edits one, and the problems of a sheet refused on import. Reads and writes in
 * the background; every change announces that the data changed, so the return counts it.
 */
public final class ActivityLogViewModel {

    /** Every date: the filter that leaves no activity out. */
    public static final Choice ALL_DATES = new Choice("All dates", null);
    private static final int YEARS_OFFERED = 3;

    /** What importing a sheet of activities takes: the reader, the remembered mappings and the import. */
    public record ActivitySheets(SheetReader reader, RememberedMappings<ActivityField> mappings,
                                 ActivityImport importer) {
    }

    /** Shows the mapping offered for a sheet and hands on the one the user chose. */
    @FunctionalInterface
    public interface MappingAsker {
        void ask(SheetTable table, ColumnMapping<ActivityField> offered, boolean remembered,
                 Consumer<ColumnMapping<ActivityField>> chosen);
    }

    private final ActivityRepository repository;
    private final ActivitySheets sheets;
    private final Function<Scope, Set<String>> councilsOf;
    private final Function<String, String> councilName;
    private final ScreenContext context;
    private final ObservableList<Activity> activities = FXCollections.observableArrayList();
    private final FilteredList<Activity> shown = new FilteredList<>(activities);
    private final ObservableList<Choice> periods = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> period = new SimpleObjectProperty<>(ALL_DATES);
    private final BooleanProperty onlyArea = new SimpleBooleanProperty(true);
    private final ObservableList<RowProblem> rejected = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rejectedFile = new ReadOnlyStringWrapper("");
    private final StringProperty date = new SimpleStringProperty("");
    private final ObservableSet<String> councils = FXCollections.observableSet();
    private final ObjectProperty<ActivityKind> kind = new SimpleObjectProperty<>(ActivityKind.WEBINAR);
    private final StringProperty providers = new SimpleStringProperty("");
    private final StringProperty people = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private Scope area = Scope.england();
    private Set<String> areaCouncils = Set.of();
    private Long editing;

    /**
     * @param councilsOf the GSS codes of an area's councils
     * @param councilName a council's name by its GSS code
     */
    public ActivityLogViewModel(ActivityRepository repository, ActivitySheets sheets,
                                Function<Scope, Set<String>> councilsOf, Function<String, String> councilName,
                                ScreenContext context, Clock clock) {
        this.repository = repository;
        this.sheets = sheets;
        this.councilsOf = councilsOf;
        this.councilName = councilName;
        this.context = context;
        periods.add(ALL_DATES);
        periods.addAll(PeriodChoices.quartersAndYearsTo(LocalDate.now(clock), YEARS_OFFERED));
        period.addListener((obs, old, now) -> filter());
        onlyArea.addListener((obs, old, now) -> filter());
    }

    /** Reads the log for the area and empties the form for a new activity of its councils. */
    public void open(Scope scope) {
        load(scope, this::startNew);
    }

    /** Reads the log again, to show the area's activities (or all, when the filter is off); the form stays. */
    public void load(Scope scope) {
        load(scope, () -> { });
    }

    private void load(Scope scope, Runnable then) {
        context.tasks().run(new BackgroundTask<>("Reading the activity log", progress -> {
            Set<String> codes = councilsOf.apply(scope);
            return new Loaded(codes, repository.all());
        }), loaded -> {
            area = scope;
            areaCouncils = loaded.councils();
            activities.setAll(loaded.activities().stream().sorted(Comparator.comparing(Activity::date).reversed()
                    .thenComparing(Activity::id, Comparator.reverseOrder())).toList());
            filter();
            then.run();
        });
    }

    private record Loaded(Set<String> councils, List<Activity> activities) {
    }

    private void filter() {
        Choice chosen = period.get();
        boolean mine = onlyArea.get();
        shown.setPredicate(a -> (!mine || a.touches(areaCouncils))
                && (chosen == null || chosen.period() == null || chosen.period().contains(a.date())));
    }

    /** Empties the form for a new activity: today's date is not assumed, the area's councils are. */
    public void startNew() {
        editing = null;
        date.set("");
        councils.clear();
        if (!(area instanceof Scope.England)) {
            councils.addAll(areaCouncils);
        }
        kind.set(ActivityKind.WEBINAR);
        List.of(providers, people, amount, notes).forEach(p -> p.set(""));
        problem.set("");
    }

    /** Fills the form with an activity to edit. */
    public void edit(Activity activity) {
        if (activity == null) {
            startNew();
            return;
        }
        editing = activity.id();
        date.set(UkDates.numeric(activity.date()));
        councils.clear();
        councils.addAll(activity.councilGssCodes());
        kind.set(activity.kind());
        providers.set(activity.providersReached() == null ? "" : activity.providersReached().toString());
        people.set(activity.peopleReached() == null ? "" : activity.peopleReached().toString());
        amount.set(activity.amount() == null ? "" : activity.amount().toPlainString());
        notes.set(activity.notes());
        problem.set("");
    }

    /** Checks the form and saves it; a form that cannot be read says why and saves nothing. */
    public void save() {
        Activity activity;
        try {
            activity = activity();
        } catch (BadValueException e) {
            problem.set(e.getMessage());
            return;
        }
        problem.set("");
        boolean adding = activity.id() == null;
        context.tasks().run(new BackgroundTask<>("Saving the activity", progress -> {
            if (adding) {
                repository.addAll(List.of(activity));
            } else {
                repository.update(activity);
            }
            return activity;
        }), saved -> {
            context.tasks().announce((adding ? "Activity added: " : "Activity saved: ") + describe(saved));
            changed();
            startNew();
        });
    }

    /** The form as an activity, or the sentence saying which field cannot be read. */
    Activity activity() {
        LocalDate day = field("Date", date.get(), ActivityValues::date);
        if (councils.isEmpty()) {
            throw new BadValueException("Councils: tick the council or councils the activity was for.");
        }
        Integer reachedProviders = field("Providers reached", providers.get(), ActivityValues::count);
        Integer reachedPeople = field("People reached", people.get(), ActivityValues::count);
        BigDecimal pounds = field("Amount (£)", amount.get(), ActivityValues::pounds);
        String written = field("Notes", notes.get(), ActivityValues::notes);
        return new Activity(editing, day, Set.copyOf(councils), kind.get(), reachedProviders, reachedPeople, pounds,
                written);
    }

    private static <T> T field(String label, String text, Function<String, T> read) {
        try {
            return read.apply(text == null ? "" : text);
        } catch (BadValueException e) {
            throw new BadValueException(label + ": " + e.getMessage());
        }
    }

    /** Deletes the activity after asking. */
    public void delete(Activity activity) {
        if (activity == null || !context.dialogs().confirm("Delete activity", "Delete the activity "
                + describe(activity) + "? The return will no longer count it. This cannot be undone.", "Delete")) {
            return;
        }
        context.tasks().run(new BackgroundTask<>("Deleting the activity", progress -> {
            repository.delete(activity.id());
            return null;
        }), done -> {
            context.tasks().announce("Activity deleted: " + describe(activity));
            changed();
            startNew();
        });
    }

    /** Asks which sheet to import; empty when the user cancelled. */
    public java.util.Optional<Path> chooseSheet() {
        return context.dialogs().showOpen(FileDialogConfig.of("Import an activity log",
                FileKind.of("Sheets (XLSX, ODS, CSV)", "xlsx", "ods", "csv"), FileKind.ALL));
    }

    /**
     * Reads the sheet, asks for the mapping, imports all or nothing; a refusal fills {@link #rejected()} with every bad
     * cell by row and column, and nothing is stored.
     */
    public void importSheet(Path file, MappingAsker asker) {
        rejected.clear();
        rejectedFile.set("");
        context.tasks().run(new BackgroundTask<>("Reading " + file.getFileName(), progress -> {
            SheetTable table = sheets.reader().read(file);
            return new Offer(table, sheets.mappings().offer(table.header()),
                    sheets.mappings().isRemembered(table.header()));
        }), offer -> asker.ask(offer.table(), offer.mapping(), offer.remembered(), mapping ->
                context.tasks().run(new BackgroundTask<>("Importing " + offer.table().fileName(), progress -> {
                    List<Activity> saved = sheets.importer().run(offer.table(), mapping);
                    sheets.mappings().remember(offer.table().header(), mapping);
                    return saved;
                }), saved -> {
                    context.dialogs().showInformation("Activities imported", String.format(Locale.UK,
                            "%,d %s imported from %s.", saved.size(), saved.size() == 1 ? "activity" : "activities",
                            file.getFileName()));
                    changed();
                }, error -> {
                    if (error instanceof RowsRejectedException refused) {
                        rejectedFile.set(file.getFileName() + " was not imported: " + refused.problems().size()
                                + (refused.problems().size() == 1 ? " problem" : " problems") + " below. Nothing was "
                                + "stored; correct the sheet (or choose other columns) and import it again.");
                        rejected.setAll(refused.problems());
                    } else {
                        context.dialogs().showError("Activities not imported", error);
                    }
                })));
    }

    private record Offer(SheetTable table, ColumnMapping<ActivityField> mapping, boolean remembered) {
    }

    private void changed() {
        context.dataChanged().run();
        load(area);
    }

    /** "Webinar on 4 November 2024 for Coventry". */
    public String describe(Activity activity) {
        return activity.kind().label() + " on " + UkDates.longDay(activity.date()) + " for " + councilsOf(activity);
    }

    /** The activity's councils by name, in alphabetical order. */
    public String councilsOf(Activity activity) {
        return activity.councilGssCodes().stream().map(councilName).sorted().collect(Collectors.joining(", "));
    }

    /** The activities the filters leave, newest first. */
    public ObservableList<Activity> shown() {
        return shown;
    }

    public ObservableList<Choice> periods() {
        return periods;
    }

    public ObjectProperty<Choice> period() {
        return period;
    }

    /** Only the activities for the area chosen (any of its councils), or every one. */
    public BooleanProperty onlyArea() {
        return onlyArea;
    }

    public String areaLabel() {
        return area.label();
    }

    public ObservableList<RowProblem> rejected() {
        return rejected;
    }

    /** What was refused and what to do; empty when nothing was. */
    public ReadOnlyStringProperty rejectedFile() {
        return rejectedFile.getReadOnlyProperty();
    }

    public StringProperty date() {
        return date;
    }

    /** The GSS codes of the councils ticked in the form. */
    public ObservableSet<String> councils() {
        return councils;
    }

    public ObjectProperty<ActivityKind> kind() {
        return kind;
    }

    public StringProperty providers() {
        return providers;
    }

    public StringProperty people() {
        return people;
    }

    public StringProperty amount() {
        return amount;
    }

    public StringProperty notes() {
        return notes;
    }

    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the form holds an activity already stored (Save changes it) rather than a new one. */
    public boolean editing() {
        return editing != null;
    }
}
