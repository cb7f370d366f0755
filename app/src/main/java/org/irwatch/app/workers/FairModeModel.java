package org.irwatch.app.workers;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.workers.Consent;
import org.irwatch.core.workers.ConsentMethod;
import org.irwatch.core.workers.FairCount;
import org.irwatch.core.workers.InvalidWorkerException;
import org.irwatch.core.workers.JobFair;
import org.irwatch.core.workers.Person;
import org.irwatch.core.workers.Place;
import org.irwatch.core.workers.Reason;
import org.irwatch.core.workers.ReferralSource;
import org.irwatch.core.workers.Role;
import org.irwatch.core.workers.Situation;
import org.irwatch.core.workers.SourceKind;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.Welfare;
import org.irwatch.core.workers.Work;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerField;
import org.irwatch.core.workers.WorkerService;

/**
 * Fair mode: the quick form a hub worker types each person into at a job fair, offline. Enter saves the person against
 * the fair and clears the form for the next; problems are said under their field and keep what was typed. The count
 * of people seen at the fair, and where they came from, follows each save.
 */
public final class FairModeModel {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final BooleanProperty whatsApp = new SimpleBooleanProperty();
    private final StringProperty district = new SimpleStringProperty("");
    private final StringProperty sponsor = new SimpleStringProperty("");
    private final ObjectProperty<RegisterLookup.SponsorChoice> sponsorChosen = new SimpleObjectProperty<>();
    private final ObjectProperty<Reason> reason = new SimpleObjectProperty<>();
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final StringProperty deadline = new SimpleStringProperty("");
    private final BooleanProperty holdRecord = new SimpleBooleanProperty();
    private final BooleanProperty share = new SimpleBooleanProperty();
    private final BooleanProperty contact = new SimpleBooleanProperty();

    private final ReadOnlyStringWrapper nameProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phoneProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper deadlineProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper consentProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper duplicate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSaved = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper seen = new ReadOnlyStringWrapper("People seen at this fair: …");
    private final ReadOnlyIntegerWrapper saved = new ReadOnlyIntegerWrapper();

    private final JobFair fair;
    private final WorkerService service;
    private final RegisterLookup lookup;
    private final WorkersViewModel lists;
    private final ScreenContext context;
    private final String user;
    private boolean saving;

    public FairModeModel(JobFair fair, WorkerService service, RegisterLookup lookup, WorkersViewModel lists,
                         ScreenContext context, String user) {
        this.fair = fair;
        this.service = service;
        this.lookup = lookup;
        this.lists = lists;
        this.context = context;
        this.user = user;
        sponsor.addListener((obs, was, now) -> {
            if (sponsorChosen.get() != null && !sponsorChosen.get().name().equals(now)) {
                sponsorChosen.set(null);
            }
        });
        countSeen();
    }

    /** Saves the person typed against the fair, then clears the form for the next; the form stays when refused. */
    public void saveAndNext() {
        if (saving) {
            return;
        }
        List.of(nameProblem, phoneProblem, deadlineProblem, consentProblem).forEach(p -> p.set(""));
        LocalDate due;
        try {
            due = UkDates.parse(deadline.get());
        } catch (UkDates.NotADateException e) {
            deadlineProblem.set(e.getMessage());
            return;
        }
        String typedDistrict = district.get().strip().toUpperCase(Locale.ROOT);
        LocalDate deadlineDate = due;
        saving = true;
        context.tasks().run(new BackgroundTask<>("Registering the person", progress -> {
            String council = lookup.districtOf(typedDistrict).map(RegisterLookup.District::councilGss).orElse("");
            return service.save(draft(typedDistrict, council, deadlineDate));
        }), stored -> {
            saving = false;
            saved.set(saved.get() + 1);
            lastSaved.set("Saved " + WorkerActions.describe(stored) + ". Next person.");
            context.tasks().announce("Registered at the fair: " + WorkerActions.describe(stored));
            clear();
            countSeen();
            lists.load();
        }, failure -> {
            saving = false;
            if (failure instanceof InvalidWorkerException invalid) {
                invalid.problems().forEach(p -> problemOf(p.field()).set(p.message()));
            } else {
                context.dialogs().showError("The person was not registered", failure);
            }
        });
    }

    /** Where a problem is said: under its field, or under the name for a field the quick form does not have. */
    private ReadOnlyStringWrapper problemOf(WorkerField field) {
        return switch (field) {
            case PHONE -> phoneProblem;
            case DEADLINE -> deadlineProblem;
            case CONSENT -> consentProblem;
            default -> nameProblem;
        };
    }

    /** The person typed, registered today at the fair, consent spoken there and recorded by this computer's user. */
    Worker draft(String postcodeDistrict, String councilGss, LocalDate deadlineDate) {
        LocalDate today = lists.today();
        RegisterLookup.SponsorChoice chosen = sponsorChosen.get();
        Set<Role> roles = role.get() == null ? Set.of() : EnumSet.of(role.get());
        return new Worker(null,
                new Person(name.get(), phone.get(), whatsApp.get(), "", "", "", null, null),
                new Place(postcodeDistrict, councilGss, null, false),
                new Work(roles, Set.of(), "", "", null),
                new Situation(sponsor.get(), chosen == null ? "" : chosen.sponsorKey(),
                        chosen == null ? "" : chosen.providerId(), reason.get(), null, null, null, deadlineDate, null),
                Welfare.NONE,
                new Consent(holdRecord.get(), share.get(), contact.get(), today, ConsentMethod.SPOKEN_AT_FAIR, user),
                new ReferralSource(SourceKind.JOB_FAIR, fair.id(), fair.venue()),
                Stage.REGISTERED, today, today, null, "", List.of());
    }

    /** Flags a person already held with the same phone (asked when the user leaves the phone field). */
    public void checkDuplicate() {
        if (phone.get().isBlank() && name.get().isBlank()) {
            duplicate.set("");
            return;
        }
        Worker typed = draft("", "", null);
        context.tasks().run(new BackgroundTask<>("Looking for the same person in the register",
                progress -> service.duplicatesOf(typed)), found -> duplicate.set(found.isEmpty() ? ""
                : "Already registered: " + WorkerActions.describe(found.getFirst()) + ", "
                + found.getFirst().stage().label() + ". Saving adds a second record; merge them from the list."));
    }

    private void clear() {
        name.set("");
        phone.set("");
        whatsApp.set(false);
        district.set("");
        sponsor.set("");
        sponsorChosen.set(null);
        reason.set(null);
        role.set(null);
        deadline.set("");
        holdRecord.set(false);
        share.set(false);
        contact.set(false);
        duplicate.set("");
    }

    private void countSeen() {
        context.tasks().run(new BackgroundTask<>("Counting the people seen at the fair",
                progress -> service.fairCounts()), counts -> counts.stream()
                .filter(c -> c.fair().id().equals(fair.id())).findFirst()
                .ifPresent(c -> seen.set(seenText(c, lists::councilName))));
    }

    /** "People seen at this fair: 3 — Coventry 2, council not known 1". */
    static String seenText(FairCount count, java.util.function.Function<String, String> councilName) {
        if (count.seen() == 0) {
            return "People seen at this fair: 0 so far.";
        }
        String where = count.byCouncil().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> (e.getKey().isEmpty() ? "council not known" : councilName.apply(e.getKey())) + " "
                        + e.getValue())
                .collect(Collectors.joining(", "));
        return "People seen at this fair: " + count.seen() + " — " + where + ".";
    }

    public JobFair fair() {
        return fair;
    }

    public RegisterLookup lookup() {
        return lookup;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public BooleanProperty whatsAppProperty() {
        return whatsApp;
    }

    public StringProperty districtProperty() {
        return district;
    }

    public StringProperty sponsorProperty() {
        return sponsor;
    }

    /** The sponsor picked from the register's suggestions; null when typed and not picked. */
    public ObjectProperty<RegisterLookup.SponsorChoice> sponsorChosenProperty() {
        return sponsorChosen;
    }

    public ObjectProperty<Reason> reasonProperty() {
        return reason;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty deadlineProperty() {
        return deadline;
    }

    public BooleanProperty holdRecordProperty() {
        return holdRecord;
    }

    public BooleanProperty shareProperty() {
        return share;
    }

    public BooleanProperty contactProperty() {
        return contact;
    }

    public ReadOnlyStringProperty nameProblemProperty() {
        return nameProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phoneProblemProperty() {
        return phoneProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deadlineProblemProperty() {
        return deadlineProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty consentProblemProperty() {
        return consentProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty duplicateProperty() {
        return duplicate.getReadOnlyProperty();
    }

    /** "Saved Amara Okafor (#61). Next person." after each save. */
    public ReadOnlyStringProperty lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty seenProperty() {
        return seen.getReadOnlyProperty();
    }

    /** How many people were saved in this session of fair mode; the view puts the cursor back on the name. */
    public ReadOnlyIntegerProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
