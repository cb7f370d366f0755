package org.irwatch.app.events;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.ImportRefusals;
import org.irwatch.app.common.FileDialogConfig.FileKind;
import org.irwatch.app.common.FileDialogConfig;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Scope;
import org.irwatch.core.events.AuditEntry;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.events.EventDraft;
import org.irwatch.core.events.EventField;
import org.irwatch.core.events.EventService;
import org.irwatch.core.events.InvalidEventException;
import org.irwatch.core.events.RegisterSignal;
import org.irwatch.core.events.RegisterSignals;
import org.irwatch.core.events.SponsorLink;
import org.irwatch.core.events.TrackerImportResult;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.imports.table.SheetTable;
import org.irwatch.core.market.MarketService;

/**
 * The recorded events and the register's signals of the chosen area, and the audit trail of the selected event; every
 * change in the background. The area's events are core's {@code ScopedMarket.eventsToList()}: those affecting a
 * council of the area (the councils the event names, else its provider's) and those placed in no council; its signals
 * those whose provider has a location there.
 */
public final class EventsViewModel {

    private final ObservableList<EnforcementEvent> events = FXCollections.observableArrayList();
    private final ObservableList<RegisterSignal> signals = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> audit = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<EnforcementEvent> lastDeleted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper areaLine = new ReadOnlyStringWrapper("");
    private final EventService eventService;
    private final RegisterSignals registerSignals;
    private final MarketService market;
    private final CouncilDirectory councilDirectory;
    private final TrackerPorts tracker;
    private final ScreenContext context;
    private final Clock clock;
    private Map<String, String> providerNames = Map.of();
    private Scope scope = Scope.england();

    /** Asks the user to check a tracker's column mapping; the consumer gets the mapping chosen, or is not called. */
    public interface MappingAsker {
        void ask(SheetTable table, ColumnMapping<EventField> offered, boolean remembered, Consumer<ColumnMapping<EventField>> chosen);
    }

    public EventsViewModel(EventService eventService, RegisterSignals registerSignals, MarketService market,
                           CouncilDirectory councilDirectory, TrackerPorts tracker, ScreenContext context, Clock clock) {
        this.eventService = eventService;
        this.registerSignals = registerSignals;
        this.market = market;
        this.councilDirectory = councilDirectory;
        this.tracker = tracker;
        this.context = context;
        this.clock = clock;
    }

    /** Lists the events and signals of this area. */
    public void load(Scope area) {
        this.scope = area;
        load();
    }

    /** Lists the events and signals of the area last chosen again. */
    public void load() {
        Scope area = scope;
        context.tasks().run(new BackgroundTask<>("Reading events", progress -> {
            Set<Long> listed = market.market(area).eventsToList();
            Set<String> councils = market.councilCodes(area);
            List<EnforcementEvent> all = eventService.events();
            return new Loaded(area, all.stream().filter(e -> listed.contains(e.id())).toList(), all.size(),
                    registerSignals.current().stream().filter(s -> s.touches(councils)).toList(),
                    eventService.providerNames());
        }), loaded -> {
            providerNames = loaded.providerNames();
            events.setAll(loaded.events());
            signals.setAll(loaded.signals());
            areaLine.set(areaLine(loaded.area(), loaded.events().size(), loaded.recorded()));
        });
    }

    private record Loaded(Scope area, List<EnforcementEvent> events, int recorded, List<RegisterSignal> signals,
                          Map<String, String> providerNames) {
    }

    /** "Events affecting Coventry: 2 of the 14 recorded ..." */
    static String areaLine(Scope area, int listed, int recorded) {
        return String.format(java.util.Locale.UK, "Events affecting %s: %,d of the %,d recorded (by the councils "
                + "each names, else where its provider has locations; events placed in no council are listed in "
                + "every area). Register signals: sponsors of providers with a location in %s.%s", area.label(),
                listed, recorded, area.label(), area instanceof Scope.England ? "" : " Choose England to see them all.");
    }

    /** The event's provider by name as the newest CQC data writes it, or by ID when that data no longer holds it. */
    public String providerName(EnforcementEvent event) {
        String id = event.cqcProviderId();
        return id == null ? "" : providerNames.getOrDefault(id, id);
    }

    public void loadAudit(EnforcementEvent event) {
        if (event == null) {
            audit.clear();
            return;
        }
        context.tasks().run(new BackgroundTask<>("Reading the audit trail",
                progress -> eventService.audit(event.id())), audit::setAll);
    }

    /** Where a sponsor name leads, for the form. */
    public void link(String name, String town, Consumer<SponsorLink> done) {
        context.tasks().run(new BackgroundTask<>("Finding the sponsor on the register",
                progress -> eventService.link(name, town)), done);
    }

    /**
     * Records (id null) or edits an event; {@code saved} on success, {@code invalid} with the problems when the service
     * refuses it.
     */
    public void save(Long id, EventDraft draft, Consumer<EnforcementEvent> saved, Consumer<InvalidEventException> invalid) {
        context.tasks().run(new BackgroundTask<>(id == null ? "Recording the event" : "Saving the event", progress ->
                id == null ? eventService.record(draft)
                        : eventService.edit(id, draft)), event -> {
            context.tasks().announce((id == null ? "Recorded: " : "Saved: ") + describe(event));
            saved.accept(event);
            changed();
        }, error -> {
            if (error instanceof InvalidEventException problems) {
                invalid.accept(problems);
            } else {
                context.dialogs().showError("Saving the event failed", error);
            }
        });
    }

    public void delete(EnforcementEvent event) {
        if (!context.dialogs().confirm("Delete this event?", describe(event) + "\n\nIt leaves the lists and counts; "
                + "the audit trail keeps it, and Undo (Ctrl+Z) brings it back.", "Delete")) {
            return;
        }
        context.tasks().run(new BackgroundTask<Void>("Deleting the event", progress -> {
            eventService.delete(event.id());
            return null;
        }), done -> {
            lastDeleted.set(event);
            context.tasks().announce("Deleted: " + describe(event) + ". Ctrl+Z brings it back.");
            changed();
        });
    }

    public void undoDelete() {
        EnforcementEvent event = lastDeleted.get();
        if (event == null) {
            return;
        }
        context.tasks().run(new BackgroundTask<Void>("Restoring the event", progress -> {
            eventService.restore(event.id());
            return null;
        }), done -> {
            lastDeleted.set(null);
            context.tasks().announce("Restored: " + describe(event));
            changed();
        });
    }

    public void confirmSignal(RegisterSignal signal) {
        context.tasks().run(new BackgroundTask<>("Recording the signal as an event",
                progress -> registerSignals.confirm(signal)), event -> {
            context.tasks().announce("Recorded: " + describe(event));
            changed();
        });
    }

    /**
     * Reads the tracker, asks for the mapping, imports; the report ends in a dialog either way, a refusal with its
     * problems in {@code refused}.
     */
    public void importTracker(Path file, MappingAsker asker, Consumer<RowsRejectedException> refused) {
        context.tasks().run(new BackgroundTask<>("Reading " + file.getFileName(), progress -> {
            SheetTable table = tracker.reader().read(file);
            return new Offer(table, tracker.mappings().offer(table.header()),
                    tracker.mappings().isRemembered(table.header()));
        }), offer -> asker.ask(offer.table(), offer.mapping(), offer.remembered(),
                mapping -> runImport(offer.table(), mapping, refused)));
    }

    private record Offer(SheetTable table, ColumnMapping<EventField> mapping, boolean remembered) {
    }

    private void runImport(SheetTable table, ColumnMapping<EventField> mapping, Consumer<RowsRejectedException> refused) {
        context.tasks().run(new BackgroundTask<TrackerImportResult>("Importing " + table.fileName(), progress -> {
            TrackerImportResult result = tracker.importer().run(table, mapping, progress);
            tracker.mappings().remember(table.header(), mapping);
            return result;
        }), result -> {
            context.dialogs().showInformation("Tracker imported", result.summary());
            changed();
        }, ImportRefusals.problemsOr(refused, context.dialogs(), "Tracker not imported"));
    }

    /** Asks which tracker to import; empty when the user cancelled. */
    public Optional<Path> chooseTracker() {
        return context.dialogs().showOpen(FileDialogConfig.of("Import a tracker of licence actions",
                FileKind.of("Trackers (XLSX, CSV)", "xlsx", "csv"), FileKind.ALL));
    }

    /** Asks where to save a refused tracker's problems, suggesting a name after the tracker, then saves them. */
    public void chooseFileAndSaveProblems(String trackerName, List<RowProblem> problems) {
        ImportRefusals.chooseAndSave(context.dialogs(), context.tasks(), tracker.problemsCsv(), trackerName, problems);
    }

    private void changed() {
        context.dataChanged().run();
    }

    /** Council names for GSS codes, sorted. */
    public String councilNames(java.util.Set<String> gssCodes) {
        Map<String, String> names = councilDirectory.councils().stream()
                .collect(Collectors.toMap(Council::gssCode, Council::name));
        return gssCodes.stream().map(code -> names.getOrDefault(code, code)).sorted().collect(Collectors.joining(", "));
    }

    public List<Council> councils() {
        return councilDirectory.councils();
    }

    /** Today, for the form's checks of dates. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    static String describe(EnforcementEvent event) {
        return event.action().label() + " — " + event.sponsorName() + " (" + UkDates.day(event.actionDate()) + ")";
    }

    public ObservableList<EnforcementEvent> events() {
        return events;
    }

    /** Which events and signals are listed for the chosen area, and why. */
    public ReadOnlyStringProperty areaLineProperty() {
        return areaLine.getReadOnlyProperty();
    }

    public ObservableList<RegisterSignal> signals() {
        return signals;
    }

    public ObservableList<AuditEntry> audit() {
        return audit;
    }

    public ReadOnlyObjectProperty<EnforcementEvent> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }
}
