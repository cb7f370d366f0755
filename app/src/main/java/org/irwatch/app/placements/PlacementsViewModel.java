package org.irwatch.app.placements;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
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
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.FileDialogConfig;
import org.irwatch.app.common.LatestRequest;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.geo.PostcodeDistrict;
import org.irwatch.core.geo.PostcodeImporter;
import org.irwatch.core.geo.StraightLineMiles;
import org.irwatch.core.placements.Introductions;
import org.irwatch.core.placements.PlacementLine;
import org.irwatch.core.placements.PlacementLines;
import org.irwatch.core.placements.PlacementMatch;
import org.irwatch.core.placements.PlacementQuery;
import org.irwatch.core.placements.PlacementResult;
import org.irwatch.core.placements.PlacementRole;
import org.irwatch.core.placements.PlacementService;
import org.irwatch.core.placements.Shortlist;
import org.irwatch.core.placements.WorkerQueries;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerService;

/**
 * The Placements screen's finder: a role, a postcode district and a distance give the ranked locations with their
 * reasons (spare certificates among them, tagged restricted), the ones left out by rule counted, the ones people
 * excluded listed with why. A provider can be excluded with a reason or taken back, and the list exported as a fair's
 * shortlist, which never carries restricted data.
 */
public final class PlacementsViewModel {

    private final ObjectProperty<PlacementRole> role = new SimpleObjectProperty<>(PlacementRole.CARE_WORKER);
    private final StringProperty district = new SimpleStringProperty("");
    private final StringProperty miles = new SimpleStringProperty(format(PlacementQuery.DEFAULT_MILES));
    private final StringProperty exclusionReason = new SimpleStringProperty("");
    private final ObjectProperty<PlacementLine> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<PlacementLine> lines = FXCollections.observableArrayList();
    private final ObservableList<PlacementResult.ExcludedMatch> excluded = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Give a role and a postcode district, "
            + "then Find.");
    private final ReadOnlyStringWrapper leftOut = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<WorkerChoice> workers = FXCollections.observableArrayList();
    private final ObjectProperty<WorkerChoice> worker = new SimpleObjectProperty<>();
    private final BooleanProperty includeWorker = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper workersHint = new ReadOnlyStringWrapper("");
    private final LatestRequest latest = new LatestRequest();
    private final PlacementService placements;
    private final BiConsumer<Shortlist, Path> shortlistWriter;
    private final PostcodeImporter postcodes;
    private final WorkerService register;
    private final Introductions introductions;
    private final ScreenContext context;
    private final Clock clock;
    private PlacementResult result;

    /** A worker on the register to search for, shown by name and where they live. */
    public record WorkerChoice(long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public PlacementsViewModel(PlacementService placements, BiConsumer<Shortlist, Path> shortlistWriter,
                               PostcodeImporter postcodes, WorkerService register, Introductions introductions,
                               ScreenContext context, Clock clock) {
        this.placements = placements;
        this.shortlistWriter = shortlistWriter;
        this.postcodes = postcodes;
        this.register = register;
        this.introductions = introductions;
        this.context = context;
        this.clock = clock;
    }

    /** Reads the form; runs the finder in the background. A form that cannot be read says why and finds nothing. */
    public void find() {
        PlacementQuery query;
        try {
            query = query();
        } catch (UserFacingException e) {
            problem.set(e.getMessage());
            return;
        }
        problem.set("");
        busy.set(true);
        summary.set("Finding locations within " + format(query.miles()) + " " + StraightLineMiles.LABEL + " of "
                + query.district() + "…");
        context.tasks().run(new BackgroundTask<>("Finding placements", progress -> {
            PlacementResult found = placements.find(query);
            return new Found(found, PlacementLines.of(found, placements.placementMarket().market(),
                    placements.market()::councilName, true));
        }), latest.accept(this::show), failure -> {
            busy.set(false);
            if (failure instanceof UserFacingException) {
                problem.set(failure.getMessage());
                summary.set("");
            } else {
                context.dialogs().showError("Finding placements failed", failure);
            }
        });
    }

    private record Found(PlacementResult result, List<PlacementLine> lines) {
    }

    private void show(Found found) {
        result = found.result();
        lines.setAll(found.lines());
        excluded.setAll(found.result().excluded());
        selected.set(lines.isEmpty() ? null : lines.getFirst());
        summary.set(summaryOf(found.result()));
        leftOut.set(leftOutOf(found.result()));
        busy.set(false);
    }

    /**
     * The workers still looking (open pipeline) when the register is unlocked; otherwise none, and a hint saying where
     * to unlock it.
     */
    public void loadWorkers() {
        context.tasks().run(new BackgroundTask<>("Reading the workers looking for work", progress -> {
            if (!register.isUnlocked()) {
                return List.<WorkerChoice>of();
            }
            return register.workers().stream().filter(w -> !w.stage().isClosed())
                    .sorted(java.util.Comparator.comparing(w -> w.person().name()))
                    .map(w -> new WorkerChoice(w.id(), w.person().name() + " — "
                            + (w.place() == null ? "" : w.place().postcode()))).toList();
        }), found -> {
            WorkerChoice chosen = worker.get();
            workers.setAll(found);
            worker.set(chosen != null && found.contains(chosen) ? chosen : null);
            workersHint.set(register.isUnlocked() ? "" : "To search for a worker on the register, unlock it on "
                    + ScreenShortcut.DISPLACED_WORKERS.hint() + ".");
        });
    }

    PlacementQuery query() {
        if (worker.get() != null) {
            return WorkerQueries.forWorker(register.find(worker.get().id()), Optional.empty(), Optional.empty());
        }
        PostcodeDistrict where = PostcodeDistrict.of(district.get()).orElseThrow(() -> new UserFacingException(
                "Type a postcode district (CV1) or a postcode (CV1 2AB) for where the worker is."));
        double distance;
        try {
            distance = Double.parseDouble(miles.get().strip());
        } catch (NumberFormatException e) {
            throw new UserFacingException("Type how far the worker can travel in miles, e.g. 15.");
        }
        if (!(distance > 0) || distance > 1000) {
            throw new UserFacingException("The distance must be more than 0 and at most 1,000 miles.");
        }
        if (role.get() == null) {
            throw new UserFacingException("Choose the worker's role.");
        }
        return new PlacementQuery(role.get(), where, distance, null);
    }

    static String summaryOf(PlacementResult result) {
        PlacementQuery q = result.query();
        int count = result.matches().size();
        return String.format("%,d %s within %s %s of %s for a %s", count, count == 1 ? "location" : "locations",
                format(q.miles()), StraightLineMiles.LABEL, q.district(), q.role().label().toLowerCase(Locale.ROOT))
                + (count == 0 ? ". Widen the distance, or check the sponsors' matches on the Providers screen." : ".");
    }

    static String leftOutOf(PlacementResult result) {
        if (result.leftOut().isEmpty()) {
            return "";
        }
        return "Left out within reach: " + result.leftOut().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> String.format("%,d %s", e.getValue(), e.getKey())).collect(Collectors.joining("; ")) + ".";
    }

    /** The selected line's reasons, one factor a line. */
    public String reasonsOf(PlacementLine line) {
        return line == null ? "" : String.join("\n", List.of(line.reasons().split("; ")));
    }

    /** Leaves the selected line's provider out of every search, with the reason typed; searches again. */
    public void excludeSelected() {
        PlacementLine line = selected.get();
        if (line == null) {
            problem.set("Choose a location in the list first.");
            return;
        }
        String reason = exclusionReason.get() == null ? "" : exclusionReason.get().strip();
        if (reason.isEmpty()) {
            problem.set("Type why " + line.providerName() + " is excluded: the reason is kept and shown with it.");
            return;
        }
        context.tasks().run(new BackgroundTask<>("Excluding " + line.providerName(), progress -> {
            placements.exclude(line.providerId(), reason);
            return null;
        }), done -> {
            exclusionReason.set("");
            find();
        });
    }

    /** Takes back a person's exclusion; searches again. */
    public void include(PlacementResult.ExcludedMatch match) {
        context.tasks().run(new BackgroundTask<>("Taking back the exclusion of " + match.providerName(), progress -> {
            placements.include(match.providerId());
            return null;
        }), done -> find());
    }

    /**
     * Records that the chosen worker was introduced to the selected location's provider: onto their pipeline as
     * "interview arranged", today.
     */
    public void introduceWorker() {
        PlacementLine line = selected.get();
        WorkerChoice chosen = worker.get();
        if (line == null || chosen == null || result == null) {
            problem.set("Choose a worker and a location in the list first.");
            return;
        }
        PlacementMatch match = result.matches().get(line.rank() - 1);
        context.tasks().run(new BackgroundTask<>("Recording the introduction", progress ->
                introductions.introduce(chosen.id(), match, LocalDate.now(clock))), moved -> {
                    context.tasks().announce("Introduced to " + line.providerName() + " (" + line.locationName()
                            + "): interview arranged.");
                    context.dataChanged().run();
                }, failure -> {
                    if (failure instanceof UserFacingException) {
                        problem.set(failure.getMessage());
                    } else {
                        context.dialogs().showError("Recording the introduction failed", failure);
                    }
                });
    }

    /** Asks where to save the shortlist of the locations found, and writes it (never restricted data). */
    public void exportShortlist() {
        if (result == null || lines.isEmpty()) {
            problem.set("Find locations first: the shortlist is the list found.");
            return;
        }
        PlacementQuery q = result.query();
        context.dialogs().showSave(FileDialogConfig.of("Save the shortlist",
                        FileDialogConfig.FileKind.of("Excel workbooks", "xlsx"))
                .named("Shortlist " + q.district() + " " + q.role().code() + ".xlsx")).ifPresent(file -> {
                    Shortlist shortlist = shortlist(result);
                    context.tasks().run(new BackgroundTask<>("Writing the shortlist", progress -> {
                        shortlistWriter.accept(shortlist, file);
                        if (!shortlist.worker().isEmpty()) {
                            register.recordExport(1, "placement shortlist with the worker's details, " + file);
                        }
                        return file;
                    }), written -> context.dialogs().offerToOpen("Shortlist saved", String.format(
                            "%,d locations written to %s.", shortlist.lines().size(), written.getFileName()), written));
                });
    }

    /**
     * Asks for a postcode file (the district table, the ONS Postcode Directory or Code-Point Open) and imports it, all
     * or nothing; distances need the centres it gives.
     */
    public void importPostcodes() {
        context.dialogs().showOpen(FileDialogConfig.of("Import postcode centres",
                FileDialogConfig.FileKind.of("Postcode files (CSV, ZIP)", "csv", "zip"))).ifPresent(file ->
                context.tasks().run(new BackgroundTask<>("Importing postcode centres",
                        progress -> postcodes.importFile(file, progress)), imported -> {
                            context.dialogs().showInformation("Postcode centres imported", imported.summary());
                            problem.set("");
                        }));
    }

    /** The shortlist of a result: its lines without restricted data; the worker's details only when ticked. */
    Shortlist shortlist(PlacementResult found) {
        PlacementQuery q = found.query();
        return new Shortlist(q.role().label() + " within " + format(q.miles()) + " " + StraightLineMiles.LABEL + " of "
                + q.district(), PlacementLines.of(found, placements.placementMarket().market(),
                placements.market()::councilName, false), workerLines(), ZonedDateTime.now(clock));
    }

    private List<String> workerLines() {
        if (!includeWorker.get() || worker.get() == null) {
            return List.of();
        }
        Worker w = register.find(worker.get().id());
        return List.of("Name: " + w.person().name(), "Phone: " + w.person().phone(), "Email: " + w.person().email(),
                "Lives in: " + (w.place() == null ? "" : w.place().postcode()), "Roles: " + String.join(", ",
                        w.work() == null ? List.of() : w.work().roles().stream().map(r -> r.label()).sorted().toList()));
    }

    static String format(double miles) {
        return miles == Math.rint(miles) ? String.valueOf((long) miles) : String.valueOf(miles);
    }

    public ObservableList<WorkerChoice> workers() {
        return workers;
    }

    public ObjectProperty<WorkerChoice> worker() {
        return worker;
    }

    public BooleanProperty includeWorker() {
        return includeWorker;
    }

    public ReadOnlyStringProperty workersHint() {
        return workersHint.getReadOnlyProperty();
    }

    public ObjectProperty<PlacementRole> role() {
        return role;
    }

    public StringProperty district() {
        return district;
    }

    public StringProperty miles() {
        return miles;
    }

    public StringProperty exclusionReason() {
        return exclusionReason;
    }

    public ObjectProperty<PlacementLine> selected() {
        return selected;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public ObservableList<PlacementLine> lines() {
        return lines;
    }

    public ObservableList<PlacementResult.ExcludedMatch> excluded() {
        return excluded;
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leftOut() {
        return leftOut.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }
}
