package org.irwatch.app.placements;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.CsvFile;
import org.irwatch.app.common.FileDialogConfig;
import org.irwatch.app.common.LatestRequest;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.core.common.CsvWriter;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Partnerships;
import org.irwatch.core.council.Scope;
import org.irwatch.core.placements.EthicalEmployer;
import org.irwatch.core.placements.PlacementService;
import org.irwatch.core.placements.SentNotice;
import org.irwatch.core.placements.WorkerNotice;
import org.irwatch.core.workers.WorkerService;

/**
 * The notice to employers for an area (a council or a partnership): the anonymised text core writes, as the command
 * line's {@code irwatch notices} does (rounded, under five "a few", never a name), copied or sent to the employers who
 * opted in through a mailing list, and recorded as sent. Counted from the register's anonymous facets, so it works
 * while the register is locked (ADR 0039).
 */
public final class NoticesViewModel {

    private final ObservableList<Scope> areas = FXCollections.observableArrayList();
    private final ObjectProperty<Scope> area = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recipients = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSent = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper addressed = new ReadOnlyBooleanWrapper(false);
    private final LatestRequest latest = new LatestRequest();
    private final PlacementService placements;
    private final WorkerService register;
    private final CouncilDirectory councils;
    private final Partnerships partnerships;
    private final CsvWriter<EthicalEmployer> mailingList;
    private final Consumer<String> clipboard;
    private final ScreenContext context;
    private final ZoneId zone;
    private WorkerNotice notice;

    /**
     * @param mailingList writes the employers a notice goes to, formula-safe
     * @param clipboard   puts text on the computer's clipboard
     */
    public NoticesViewModel(PlacementService placements, WorkerService register, CouncilDirectory councils,
                            Partnerships partnerships, CsvWriter<EthicalEmployer> mailingList,
                            Consumer<String> clipboard, ScreenContext context, ZoneId zone) {
        this.placements = placements;
        this.register = register;
        this.councils = councils;
        this.partnerships = partnerships;
        this.mailingList = mailingList;
        this.clipboard = clipboard;
        this.context = context;
        this.zone = zone;
        area.addListener((obs, old, chosen) -> generate());
    }

    /**
     * Offers the partnerships and councils, and shows the notice of the window's area when it is one of them, else of
     * the area chosen before (written afresh: workers may have come since); a region or England is not offered, as a
     * notice names a general area, not half the country.
     */
    public void open(Scope windowArea) {
        context.tasks().run(new BackgroundTask<>("Reading the areas", progress -> {
            List<Scope> offered = new ArrayList<>();
            partnerships.all().stream().sorted(Comparator.comparing(p -> p.name()))
                    .forEach(p -> offered.add(new Scope.PartnershipScope(p)));
            councils.councils().stream().sorted(Comparator.comparing(c -> c.name()))
                    .forEach(c -> offered.add(new Scope.CouncilScope(c)));
            return offered;
        }), offered -> {
            areas.setAll(offered);
            Scope shown = offered.contains(windowArea) ? windowArea : area.get();
            if (shown == null) {
                problem.set("Choose a council or a partnership: the notice names a general area.");
            } else if (shown.equals(area.get())) {
                generate();
            } else {
                area.set(shown);
            }
        });
    }

    private record Generated(Scope area, WorkerNotice notice, Optional<SentNotice> last, String refused) {
    }

    /** Writes the notice of the chosen area and reads when one was last sent there. */
    void generate() {
        Scope chosen = area.get();
        notice = null;
        ready.set(false);
        addressed.set(false);
        text.set("");
        recipients.set("");
        lastSent.set("");
        problem.set("");
        if (chosen == null) {
            return;
        }
        context.tasks().run(new BackgroundTask<>("Writing the notice for " + chosen.label(), progress -> {
            Optional<SentNotice> last = placements.lastNotice(chosen);
            try {
                return new Generated(chosen, placements.notice(chosen, register.facets()), last, "");
            } catch (UserFacingException e) {
                return new Generated(chosen, null, last, e.getMessage());
            }
        }), latest.accept(this::show));
    }

    private void show(Generated generated) {
        notice = generated.notice();
        problem.set(generated.refused());
        lastSent.set(lastSentOf(PlacementService.areaName(generated.area()), generated.last()));
        if (notice == null) {
            return;
        }
        text.set(notice.text());
        recipients.set(recipientsOf(notice.recipients()));
        ready.set(true);
        addressed.set(!notice.recipients().isEmpty());
    }

    /** Who the notice goes to, or, clearly, that no one asked for it yet. */
    static String recipientsOf(List<EthicalEmployer> employers) {
        if (employers.isEmpty()) {
            return "No ethical employer has asked for these notices yet, so there is no one to send it to. Tick "
                    + "\"Wants the anonymised notices of workers looking\" for an employer on the Ethical employers "
                    + "tab.";
        }
        return String.format("To %,d %s who asked for notices: %s.", employers.size(),
                employers.size() == 1 ? "employer" : "employers",
                String.join(", ", employers.stream().map(EthicalEmployer::providerName).toList()));
    }

    private String lastSentOf(String areaName, Optional<SentNotice> last) {
        return last.map(sent -> String.format("Last sent for %s on %s by %s, to %,d %s.", areaName,
                        UkDates.dayAndTime(sent.sentAt(), zone), sent.sentBy(), sent.recipients(),
                        sent.recipients() == 1 ? "employer" : "employers"))
                .orElse("No notice has been recorded as sent for " + areaName + " yet.");
    }

    /** Puts the notice's text on the clipboard, to paste into an email. */
    public void copyText() {
        if (notice != null) {
            clipboard.accept(notice.text());
            context.tasks().announce("The notice's text is copied: paste it into your email.");
        }
    }

    /** Asks where to save the mailing list of the employers who opted in, and writes it. */
    public void saveMailingList() {
        if (notice == null) {
            return;
        }
        if (notice.recipients().isEmpty()) {
            problem.set("There is no mailing list to save: no ethical employer has asked for these notices yet.");
            return;
        }
        WorkerNotice saving = notice;
        context.dialogs().showSave(FileDialogConfig.of("Save the mailing list", FileDialogConfig.FileKind.CSV)
                .named("Notice mailing list " + saving.area() + ".csv")).ifPresent(file -> CsvFile.writeInBackground(
                context.tasks(), "Writing the mailing list", file, out -> mailingList.write(saving.recipients(), out),
                String.format("Mailing list of %,d employers saved to %s", saving.recipients().size(), file)));
    }

    /** Records the notice as sent to the employers who opted in, as {@code irwatch notices} does. */
    public void recordSent() {
        if (notice == null) {
            return;
        }
        WorkerNotice sending = notice;
        context.tasks().run(new BackgroundTask<>("Recording the notice as sent",
                progress -> placements.recordNotice(sending)), sent -> {
                    lastSent.set(lastSentOf(sending.area(), Optional.of(sent)));
                    context.tasks().announce("Notice for " + sending.area() + " recorded as sent.");
                });
    }

    public ObservableList<Scope> areas() {
        return areas;
    }

    public ObjectProperty<Scope> area() {
        return area;
    }

    public ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recipients() {
        return recipients.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSent() {
        return lastSent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** True when a notice is written for the area: it can be copied and recorded as sent. */
    public ReadOnlyBooleanProperty ready() {
        return ready.getReadOnlyProperty();
    }

    /** True when some employer asked for the notices: there is a mailing list to save. */
    public ReadOnlyBooleanProperty addressed() {
        return addressed.getReadOnlyProperty();
    }
}
