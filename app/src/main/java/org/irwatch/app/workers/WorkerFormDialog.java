package org.irwatch.app.workers;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.council.Council;
import org.irwatch.core.workers.Consent;
import org.irwatch.core.workers.ConsentMethod;
import org.irwatch.core.workers.FairCount;
import org.irwatch.core.workers.JobFair;
import org.irwatch.core.workers.Person;
import org.irwatch.core.workers.Place;
import org.irwatch.core.workers.Reason;
import org.irwatch.core.workers.Referral;
import org.irwatch.core.workers.ReferralBody;
import org.irwatch.core.workers.ReferralSource;
import org.irwatch.core.workers.Role;
import org.irwatch.core.workers.Sex;
import org.irwatch.core.workers.Situation;
import org.irwatch.core.workers.Skill;
import org.irwatch.core.workers.SourceKind;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.VisaRoute;
import org.irwatch.core.workers.Welfare;
import org.irwatch.core.workers.WelfareConcern;
import org.irwatch.core.workers.Work;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerField;

/**
 * The whole record, new or to edit, in the issue's sections: person, where, work, situation, welfare and referrals,
 * consent, referral source. A former sponsor is found on the register as the user types (free text kept when not
 * found), a postcode's council is filled in from its district and stays editable, and the same person already held is
 * flagged as soon as the phone or name and date of birth are typed, with a merge offered. Each problem is written in
 * full under its field; Ctrl+Enter or the Save button saves, Escape cancels.
 */
final class WorkerFormDialog {

    /** The width of the fields' explanations and problems. */
    private static final double TEXT_WIDTH = 420;

    private final WorkerActions actions;
    private final Worker editing;
    private final String user;
    private final Dialog<Void> dialog = new Dialog<>();
    private final Map<String, Label> problems = new HashMap<>();

    private final TextField name = FormField.text("worker-name", 30);
    private final TextField phone = FormField.text("worker-phone", 14);
    private final CheckBox whatsApp = new CheckBox("On _WhatsApp");
    private final TextField email = FormField.text("worker-email", 30);
    private final TextField language = FormField.text("worker-language", 16);
    private final TextField nationality = FormField.text("worker-nationality", 16);
    private final TextField dateOfBirth = FormField.date("worker-dob");
    private final ComboBox<Sex> sex = Choices.combo("worker-sex", List.of(Sex.values()));

    private final TextField postcode = FormField.text("worker-postcode", 10);
    private final SearchableComboBox<Council> council = new SearchableComboBox<>();
    private final TextField miles = FormField.text("worker-miles", 5);
    private final CheckBox drives = new CheckBox("_Drives");

    private final Choices.Ticks<Role> roles = new Choices.Ticks<>("worker-roles", Role.class);
    private final Choices.Ticks<Skill> skills = new Choices.Ticks<>("worker-skills", Skill.class);
    private final TextField otherSkills = FormField.text("worker-other-skills", 30);
    private final TextField english = FormField.text("worker-english", 20);
    private final TextField hours = FormField.text("worker-hours", 5);

    private final TextField sponsor = FormField.text("worker-sponsor", 30);
    private final Label sponsorInfo = note("Type part of the sponsor's name, a provider, postcode or ID; pick it from "
            + "the list, or leave what you typed when it is not found.");
    private RegisterLookup.SponsorChoice sponsorChosen;
    private final ComboBox<Reason> reason = Choices.combo("worker-reason", List.of(Reason.values()));
    private final ComboBox<VisaRoute> route = Choices.combo("worker-route", List.of(VisaRoute.values()));
    private final TextField visaExpiry = FormField.date("worker-visa-expiry");
    private final TextField letterDate = FormField.date("worker-letter-date");
    private final TextField deadline = FormField.date("worker-deadline");
    private final TextField dependants = FormField.text("worker-dependants", 5);

    private final Map<WelfareConcern, CheckBox> concerns = new EnumMap<>(WelfareConcern.class);
    private final Map<WelfareConcern, TextField> concernNotes = new EnumMap<>(WelfareConcern.class);
    private final VBox referrals = new VBox(4);
    private final List<ReferralRow> referralRows = new ArrayList<>();

    private final CheckBox holdRecord = new CheckBox("Hold my _record");
    private final CheckBox share = new CheckBox("Share my details with _employers");
    private final CheckBox contact = new CheckBox("Contact me about _jobs");
    private final TextField consentDate = FormField.date("worker-consent-date");
    private final ComboBox<ConsentMethod> consentMethod = Choices.combo("worker-consent-method",
            List.of(ConsentMethod.values()));
    private final TextField consentBy = FormField.text("worker-consent-by", 20);

    private final ComboBox<SourceKind> sourceKind = Choices.combo("worker-source", List.of(SourceKind.values()));
    private final ComboBox<JobFair> fair = new ComboBox<>();
    private final TextField sourceDetail = FormField.text("worker-source-detail", 30);

    private final TextField registeredOn = FormField.date("worker-registered");
    private final TextField lastContact = FormField.date("worker-last-contact");
    private final TextArea notes = new TextArea();

    private final Label duplicate = note("");
    private final CheckBox merge = new CheckBox();
    private Worker duplicateOf;

    WorkerFormDialog(Window owner, WorkerActions actions, Worker editing, String user) {
        this.actions = actions;
        this.editing = editing;
        this.user = user;
        dialog.initOwner(owner);
        dialog.setOnShown(e -> name.requestFocus());
        dialog.setTitle(editing == null ? "Register a displaced worker" : "Edit record #" + editing.id());
        dialog.setHeaderText(editing == null ? "Register a displaced worker"
                : "Edit " + WorkerActions.describe(editing) + " — " + editing.stage().label());
        dialog.setResizable(true);
        ButtonType save = new ButtonType(editing == null ? "_Register" : "_Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        ScrollPane scroll = new ScrollPane(form());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroll.setPrefViewportHeight(560);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setId("worker-form");
        dialog.getDialogPane().setPrefWidth(720);
        FormField.acting(dialog, save, "worker-save", this::trySave);
        dialog.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                trySave();
            }
        });
        fill();
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(0, 12, 0, 0));
        int row = 0;
        duplicate.setId("worker-duplicate");
        duplicate.setStyle("-fx-text-fill: -color-warning-fg;");
        merge.setId("worker-merge");
        merge.setWrapText(true);
        merge.setMaxWidth(TEXT_WIDTH);
        VBox duplicateBox = new VBox(4, duplicate, merge);
        duplicateBox.getStyleClass().add("data-warning");
        duplicateBox.setPadding(new Insets(6));
        duplicateBox.setVisible(false);
        duplicateBox.managedProperty().bind(duplicateBox.visibleProperty());
        duplicate.textProperty().addListener((obs, was, now) -> duplicateBox.setVisible(!now.isEmpty()));
        grid.add(duplicateBox, 0, row++, 2, 1);

        notSaid(sex);
        notSaid(reason);
        notSaid(route);
        notSaid(consentMethod);
        notSaid(sourceKind);
        whatsApp.setMinWidth(Region.USE_PREF_SIZE);
        drives.setMinWidth(Region.USE_PREF_SIZE);
        row = section(grid, row, "Person");
        row = add(grid, row, "_Name", name, WorkerField.NAME.code());
        row = add(grid, row, "_Phone", new HBox(12, phone, whatsApp), WorkerField.PHONE.code());
        row = add(grid, row, "E_mail", email, WorkerField.EMAIL.code());
        row = add(grid, row, "_Language", language, WorkerField.LANGUAGE.code());
        row = add(grid, row, "Nat_ionality", nationality, WorkerField.NATIONALITY.code());
        row = add(grid, row, "Date of _birth", dateOfBirth, WorkerField.DATE_OF_BIRTH.code());
        row = add(grid, row, "Se_x", sex, WorkerField.SEX.code());

        row = section(grid, row, "Where");
        council.setId("worker-council");
        council.setItems(FXCollections.observableArrayList(actions.lists().allCouncils()));
        council.setConverter(Choices.councilNames(""));
        council.setPromptText("filled in from the postcode");
        council.setPrefWidth(TEXT_WIDTH);
        row = add(grid, row, "P_ostcode or district", postcode, WorkerField.POSTCODE.code());
        row = add(grid, row, "_Council", council, WorkerField.COUNCIL.code());
        row = add(grid, row, "T_ravels up to (miles)", new HBox(12, miles, drives), WorkerField.TRAVEL_MILES.code());

        row = section(grid, row, "Work");
        row = add(grid, row, "Ro_les", roles, WorkerField.ROLES.code());
        row = add(grid, row, "S_kills", skills, WorkerField.SKILLS.code());
        row = add(grid, row, "Other _qualifications", otherSkills, "otherSkills");
        english.setPromptText("IELTS 6.5, or self-assessed");
        row = add(grid, row, "En_glish", english, WorkerField.ENGLISH.code());
        row = add(grid, row, "_Hours wanted a week", hours, WorkerField.HOURS.code());

        row = section(grid, row, "Situation");
        row = add(grid, row, "_Former sponsor", sponsor, WorkerField.FORMER_SPONSOR.code());
        grid.add(sponsorInfo, 1, row++);
        row = add(grid, row, "Why _displaced", reason, WorkerField.REASON.code());
        row = add(grid, row, "_Visa route", route, WorkerField.VISA_ROUTE.code());
        row = add(grid, row, "Visa e_xpiry", visaExpiry, WorkerField.VISA_EXPIRY.code());
        row = add(grid, row, "Home Office le_tter dated", letterDate, WorkerField.LETTER_DATE.code());
        row = add(grid, row, "Deadline in the lett_er", deadline, WorkerField.DEADLINE.code());
        row = add(grid, row, "Depe_ndants", dependants, WorkerField.DEPENDANTS.code());

        row = section(grid, row, "Welfare and referrals (optional)");
        for (WelfareConcern concern : WelfareConcern.values()) {
            CheckBox box = new CheckBox(concern.label());
            box.setId("worker-welfare-" + concern.name().toLowerCase(java.util.Locale.ROOT));
            TextField note = FormField.text("worker-welfare-note-" + concern.name().toLowerCase(java.util.Locale.ROOT),
                    24);
            note.setPromptText("note");
            note.disableProperty().bind(box.selectedProperty().not());
            concerns.put(concern, box);
            concernNotes.put(concern, note);
            HBox line = new HBox(8, box, note);
            HBox.setHgrow(note, Priority.ALWAYS);
            grid.add(line, 1, row++);
        }
        Button addReferral = new Button("Add a re_ferral");
        addReferral.setMnemonicParsing(true);
        addReferral.setId("worker-add-referral");
        addReferral.setOnAction(e -> addReferral(null).body.requestFocus());
        Label referralsLabel = new Label("Referrals made");
        GridPane.setValignment(referralsLabel, VPos.TOP);
        grid.add(referralsLabel, 0, row);
        grid.add(new VBox(4, referrals, addReferral), 1, row);
        row = problemBelow(grid, row, "referrals");

        row = section(grid, row, "Consent");
        holdRecord.setId("worker-consent-hold");
        share.setId("worker-consent-share");
        contact.setId("worker-consent-contact");
        List.of(holdRecord, share, contact).forEach(b -> b.setMnemonicParsing(true));
        row = add(grid, row, "Agreed to", new VBox(4, holdRecord, share, contact), WorkerField.CONSENT.code());
        row = add(grid, row, "Consent _given on", consentDate, "consentGiven");
        row = add(grid, row, "Given _how", consentMethod, "consentMethod");
        row = add(grid, row, "Recorded b_y", consentBy, "consentBy");

        row = section(grid, row, "Referral source and pipeline");
        fair.setId("worker-fair");
        fair.setConverter(fairNames());
        fair.setItems(FXCollections.observableArrayList(actions.lists().fairs().stream().map(FairCount::fair)
                .toList()));
        fair.disableProperty().bind(sourceKind.valueProperty().isNotEqualTo(SourceKind.JOB_FAIR));
        fair.setMaxWidth(Double.MAX_VALUE);
        row = add(grid, row, "Referred b_y", sourceKind, WorkerField.SOURCE.code());
        row = add(grid, row, "Job f_air", fair, "fair");
        sourceDetail.setPromptText("which group, team or employer");
        row = add(grid, row, "Referr_al detail", sourceDetail, "sourceDetail");
        row = add(grid, row, "Registered o_n", registeredOn, WorkerField.REGISTERED_ON.code());
        row = add(grid, row, "Last conta_ct", lastContact, WorkerField.LAST_CONTACT.code());
        notes.setId("worker-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        row = add(grid, row, "No_tes", notes, WorkerField.NOTES.code());

        wireLookUps();
        return grid;
    }

    private void wireLookUps() {
        Typeahead.attach(sponsor, actions.lookup()::sponsors, RegisterLookup.SponsorChoice::text,
                RegisterLookup.SponsorChoice::name, chosen -> {
            sponsorChosen = chosen;
            sponsorInfo.setText(chosen.sponsorKey().isEmpty() ? "CQC provider " + chosen.providerId()
                    + " (no sponsor found for it on the register)."
                    : "On the register; CQC provider " + chosen.providerId() + ".");
        });
        sponsor.textProperty().addListener((obs, was, now) -> {
            if (sponsorChosen != null && !sponsorChosen.name().equals(now)) {
                sponsorChosen = null;
                sponsorInfo.setText("Not chosen from the register: kept as typed.");
            }
        });
        Typeahead.attach(postcode, actions.lookup()::districts, RegisterLookup.District::text,
                RegisterLookup.District::district, chosen -> fillCouncil());
        postcode.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                fillCouncil();
            }
        });
        for (TextField field : List.of(phone, name, dateOfBirth)) {
            field.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    lookForDuplicates();
                }
            });
        }
        sourceKind.valueProperty().addListener((obs, was, now) -> {
            if (now != SourceKind.JOB_FAIR) {
                fair.setValue(null);
            }
        });
    }

    private void fillCouncil() {
        String typed = postcode.getText();
        if (typed.isBlank() || council.getValue() != null && editing != null) {
            return;
        }
        actions.lists().context().tasks().run(new org.irwatch.app.common.BackgroundTask<>(
                "Finding the council of " + typed.strip(), progress -> actions.lookup().districtOf(typed)),
                found -> found.flatMap(d -> council.getItems().stream()
                        .filter(c -> c.gssCode().equals(d.councilGss())).findFirst())
                        .ifPresent(council::setValue));
    }

    private void lookForDuplicates() {
        Map<String, String> ignored = new HashMap<>();
        Worker draft = draft(ignored);
        if (draft.person().phone().isEmpty() && (draft.person().name().isEmpty()
                || draft.person().dateOfBirth() == null)) {
            return;
        }
        actions.duplicatesOf(draft, found -> {
            duplicateOf = found.isEmpty() ? null : found.getFirst();
            if (duplicateOf == null) {
                duplicate.setText("");
                merge.setSelected(false);
                return;
            }
            duplicate.setText("This may be the same person as " + WorkerActions.describe(duplicateOf)
                    + ", registered " + UkDates.day(duplicateOf.registeredOn()) + ", now "
                    + duplicateOf.stage().label() + (found.size() > 1 ? " (and " + (found.size() - 1) + " more)" : "")
                    + ": the same phone, or the same name and date of birth.");
            merge.setText("_Merge record #" + duplicateOf.id() + " into this one on saving (both histories kept)");
            merge.setMnemonicParsing(true);
            Platform.runLater(() -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
        });
    }

    private ReferralRow addReferral(Referral referral) {
        ReferralRow row = new ReferralRow(referral);
        referralRows.add(row);
        referrals.getChildren().add(row.box);
        return row;
    }

    /** One referral: to whom, when, a note; removable. */
    private final class ReferralRow {
        final ComboBox<ReferralBody> body = Choices.combo("worker-referral-body", List.of(ReferralBody.values()));
        final TextField on = FormField.date("worker-referral-date");
        final TextField note = FormField.text("worker-referral-note", 14);
        final HBox box = new HBox(6);

        ReferralRow(Referral referral) {
            body.setConverter(Choices.converter("(to whom)"));
            body.setPrefWidth(190);
            note.setPromptText("note");
            Button remove = new Button("Remove");
            remove.getStyleClass().add(Styles.SMALL);
            remove.setOnAction(e -> {
                referralRows.remove(this);
                referrals.getChildren().remove(box);
            });
            box.getChildren().setAll(body, on, note, remove);
            if (referral != null) {
                body.setValue(referral.body());
                on.setText(FormField.dateText(referral.on()));
                note.setText(referral.note());
            }
        }
    }

    /** A choice left empty in the record is "not said", not "any" as in a filter. */
    private static <E extends org.irwatch.core.workers.Labelled> void notSaid(ComboBox<E> box) {
        box.setConverter(Choices.converter("(not said)"));
    }

    private int section(GridPane grid, int row, String title) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4);
        heading.setPadding(new Insets(10, 0, 2, 0));
        grid.add(heading, 0, row, 2, 1);
        return row + 1;
    }

    private int add(GridPane grid, int row, String label, Node control, String field) {
        FormField.addRow(grid, row, label, control);
        return problemBelow(grid, row, field);
    }

    /** The field's problem, in a row of its own beneath it that takes room only when there is something to say. */
    private int problemBelow(GridPane grid, int row, String field) {
        Label problem = note("");
        problem.setId("problem-" + field);
        problem.setStyle("-fx-text-fill: -color-danger-fg;");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problems.put(field, problem);
        grid.add(problem, 1, row + 1);
        return row + 2;
    }

    private static Label note(String text) {
        return FormField.note(text, TEXT_WIDTH);
    }

    private void fill() {
        LocalDate today = actions.lists().today();
        if (editing == null) {
            registeredOn.setText(FormField.dateText(today));
            consentDate.setText(FormField.dateText(today));
            consentBy.setText(user);
            return;
        }
        Person p = editing.person();
        name.setText(p.name());
        phone.setText(p.phone());
        whatsApp.setSelected(p.whatsApp());
        email.setText(p.email());
        language.setText(p.language());
        nationality.setText(p.nationality());
        dateOfBirth.setText(FormField.dateText(p.dateOfBirth()));
        sex.setValue(p.sex());
        if (editing.place() != null) {
            postcode.setText(editing.place().postcode());
            council.getItems().stream().filter(c -> c.gssCode().equals(editing.place().councilGss())).findFirst()
                    .ifPresent(council::setValue);
            miles.setText(FormField.numberText(editing.place().travelMiles()));
            drives.setSelected(editing.place().drives());
        }
        if (editing.work() != null) {
            roles.tick(editing.work().roles());
            skills.tick(editing.work().skills());
            otherSkills.setText(editing.work().otherSkills());
            english.setText(editing.work().english());
            hours.setText(FormField.numberText(editing.work().hoursWanted()));
        }
        Situation s = editing.situation();
        if (s != null) {
            sponsor.setText(s.formerSponsor());
            sponsorChosen = s.formerSponsorKey().isEmpty() && s.formerProviderId().isEmpty() ? null
                    : new RegisterLookup.SponsorChoice(s.formerSponsor(), s.formerSponsorKey(), s.formerProviderId(),
                    "");
            sponsorInfo.setText(sponsorChosen == null ? "Not chosen from the register: kept as typed."
                    : "Chosen from the register" + (s.formerProviderId().isEmpty() ? "."
                    : "; CQC provider " + s.formerProviderId() + "."));
            reason.setValue(s.reason());
            route.setValue(s.visaRoute());
            visaExpiry.setText(FormField.dateText(s.visaExpiry()));
            letterDate.setText(FormField.dateText(s.letterDate()));
            deadline.setText(FormField.dateText(s.deadline()));
            dependants.setText(FormField.numberText(s.dependants()));
        }
        editing.welfare().concerns().forEach((concern, note) -> {
            concerns.get(concern).setSelected(true);
            concernNotes.get(concern).setText(note);
        });
        editing.welfare().referrals().forEach(this::addReferral);
        if (editing.consent() != null) {
            Consent c = editing.consent();
            holdRecord.setSelected(c.holdRecord());
            share.setSelected(c.shareWithEmployers());
            contact.setSelected(c.contactAboutJobs());
            consentDate.setText(FormField.dateText(c.given()));
            consentMethod.setValue(c.method());
            consentBy.setText(c.recordedBy());
        }
        if (editing.source() != null) {
            sourceKind.setValue(editing.source().kind());
            fair.getItems().stream().filter(f -> f.id().equals(editing.source().fairId())).findFirst()
                    .ifPresent(fair::setValue);
            sourceDetail.setText(editing.source().detail());
        }
        registeredOn.setText(FormField.dateText(editing.registeredOn()));
        lastContact.setText(FormField.dateText(editing.lastContact()));
        notes.setText(editing.notes());
    }

    /** The record as typed; what cannot be read is left out and its problem put in {@code found}. */
    private Worker draft(Map<String, String> found) {
        Person person = new Person(name.getText(), phone.getText(), whatsApp.isSelected(), email.getText(),
                language.getText(), nationality.getText(), FormField.date(dateOfBirth, WorkerField.DATE_OF_BIRTH.code(), found),
                sex.getValue());
        Place place = new Place(postcode.getText(), council.getValue() == null ? "" : council.getValue().gssCode(),
                FormField.number(miles, 1000, "travelMiles", "miles", found), drives.isSelected());
        Work work = new Work(roles.ticked(), skills.ticked(), otherSkills.getText(), english.getText(),
                FormField.number(hours, 100, "hoursWanted", "hours a week", found));
        boolean chosen = sponsorChosen != null && sponsorChosen.name().equals(sponsor.getText().strip());
        Situation situation = new Situation(sponsor.getText(), chosen ? sponsorChosen.sponsorKey() : "",
                chosen ? sponsorChosen.providerId() : "", reason.getValue(), route.getValue(),
                FormField.date(visaExpiry, WorkerField.VISA_EXPIRY.code(), found), FormField.date(letterDate, WorkerField.LETTER_DATE.code(), found),
                FormField.date(deadline, WorkerField.DEADLINE.code(), found),
                FormField.number(dependants, 20, "dependants", "number of dependants", found));
        Map<WelfareConcern, String> yes = new LinkedHashMap<>();
        concerns.forEach((concern, box) -> {
            if (box.isSelected()) {
                yes.put(concern, concernNotes.get(concern).getText());
            }
        });
        List<Referral> made = new ArrayList<>();
        for (ReferralRow row : referralRows) {
            LocalDate on = FormField.date(row.on, "referrals", found);
            if (row.body.getValue() == null) {
                found.putIfAbsent("referrals", "Choose to whom each referral was made, or remove it.");
            } else {
                made.add(new Referral(row.body.getValue(), on, row.note.getText()));
            }
        }
        Consent consent = new Consent(holdRecord.isSelected(), share.isSelected(), contact.isSelected(),
                FormField.date(consentDate, "consentGiven", found), consentMethod.getValue(), consentBy.getText());
        ReferralSource source = sourceKind.getValue() == null ? null : new ReferralSource(sourceKind.getValue(),
                fair.getValue() == null ? null : fair.getValue().id(), sourceDetail.getText());
        LocalDate registered = Optional.ofNullable(FormField.date(registeredOn, WorkerField.REGISTERED_ON.code(), found))
                .orElse(editing == null ? actions.lists().today() : editing.registeredOn());
        return new Worker(editing == null ? null : editing.id(), person, place, work, situation,
                new Welfare(yes, made), consent, source, editing == null ? Stage.REGISTERED : editing.stage(),
                registered, FormField.date(lastContact, WorkerField.LAST_CONTACT.code(), found),
                editing == null ? null : editing.placement(), notes.getText(),
                editing == null ? List.of() : editing.history());
    }

    private void trySave() {
        problems.values().forEach(label -> label.setText(""));
        Map<String, String> found = new LinkedHashMap<>();
        Worker draft = draft(found);
        actions.lists().service().problems(draft).forEach(p -> found.putIfAbsent(p.field().code(), p.message()));
        if (!found.isEmpty()) {
            show(found);
            return;
        }
        Long mergeWith = merge.isSelected() && duplicateOf != null ? duplicateOf.id() : null;
        actions.save(draft, mergeWith, saved -> dialog.close(), refused -> {
            Map<String, String> fromService = new LinkedHashMap<>();
            refused.forEach(p -> fromService.putIfAbsent(p.field().code(), p.message()));
            show(fromService);
        });
    }

    private void show(Map<String, String> found) {
        found.forEach((field, message) -> problems.getOrDefault(field, problems.get(WorkerField.NAME.code())).setText(message));
        Platform.runLater(() -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
    }

    static StringConverter<JobFair> fairNames() {
        return new StringConverter<>() {
            @Override
            public String toString(JobFair fair) {
                return fair == null ? "" : UkDates.day(fair.heldOn()) + ", " + fair.venue();
            }

            @Override
            public JobFair fromString(String text) {
                return null;
            }
        };
    }
}
