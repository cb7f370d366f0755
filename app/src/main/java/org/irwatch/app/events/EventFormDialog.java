package org.irwatch.app.events;

import atlantafx.base.theme.Tweaks;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.irwatch.app.common.MnemonicLabel;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.events.EventChecks;
import org.irwatch.core.events.EventDraft;
import org.irwatch.core.events.EventField;
import org.irwatch.core.events.EventProblem;
import org.irwatch.core.events.EventValues;
import org.irwatch.core.events.SponsorLink;
import org.irwatch.core.imports.table.BadValueException;

/**
 * The form for a new event or an edit: each field says what is wrong with it beneath it as the user saves; the sponsor
 * is looked up on the register when the user leaves the field, showing the provider and filling in its councils
 * (which stay editable). Enter saves, Escape cancels.
 */
final class EventFormDialog {

    /** The width of the form's explanations and problems: that of its fields. */
    private static final double TEXT_WIDTH = 360;

    private final EventsViewModel model;
    private final EnforcementEvent editing;
    private final Dialog<Void> dialog = new Dialog<>();
    private final TextField sponsor = field("event-sponsor");
    private final TextField town = field("event-town");
    private final ComboBox<EnforcementAction> action = new ComboBox<>(FXCollections.observableArrayList(
            EnforcementAction.values()));
    private final TextField actionDate = field("event-action-date");
    private final TextField noticeReceived = field("event-notice-received");
    private final TextField workers = field("event-workers");
    private final TextField source = field("event-source");
    private final TextArea notes = new TextArea();
    private final Label linkInfo = new Label("Enter the sponsor as written on the register; IR Watch finds it there.");
    private final CouncilChecklist councils;
    private final Map<EventField, Label> problems = new EnumMap<>(EventField.class);
    private boolean councilsTouched;

    EventFormDialog(Window owner, EventsViewModel model, EnforcementEvent editing) {
        this.model = model;
        this.editing = editing;
        this.councils = new CouncilChecklist(model.councils());
        dialog.initOwner(owner);
        dialog.setTitle(editing == null ? "New event" : "Edit event");
        dialog.setHeaderText(editing == null ? "Record a licence action" : "Edit " + EventsViewModel.describe(editing));
        dialog.setResizable(true);
        ButtonType save = new ButtonType(editing == null ? "_Record" : "_Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        // Scrolled rather than squeezed: a GridPane short of height shrinks its rows, and the problems written under
        // the fields would run under the next field.
        ScrollPane scroll = new ScrollPane(form());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setId("event-form");
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("event-save");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only once the event is saved
            trySave();
        });
        fill();
    }

    void show() {
        dialog.show();
        sponsor.requestFocus();
    }

    private GridPane form() {
        action.setId("event-action");
        action.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EnforcementAction value) {
                return value == null ? "" : value.label();
            }

            @Override
            public EnforcementAction fromString(String text) {
                return null;
            }
        });
        notes.setId("event-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        actionDate.setPromptText("dd/mm/yyyy");
        noticeReceived.setPromptText("dd/mm/yyyy");
        workers.setPromptText("blank when the notice does not say");
        linkInfo.setId("event-link");
        linkInfo.setWrapText(true);
        linkInfo.setMaxWidth(TEXT_WIDTH);
        linkInfo.setPrefWidth(TEXT_WIDTH);
        linkInfo.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        councils.onUserChange(() -> councilsTouched = true);
        sponsor.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                lookUp();
            }
        });
        town.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                lookUp();
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        int row = 0;
        row = add(grid, row, "_Sponsor (as on the register)", sponsor, EventField.SPONSOR_NAME);
        row = add(grid, row, "_Town", town, EventField.SPONSOR_TOWN);
        grid.add(linkInfo, 1, row++);
        row = add(grid, row, "_Action", action, EventField.ACTION);
        row = add(grid, row, "Action _date", actionDate, EventField.ACTION_DATE);
        row = add(grid, row, "_Notice received", noticeReceived, EventField.NOTICE_RECEIVED);
        row = add(grid, row, "_Workers affected", workers, EventField.WORKERS_AFFECTED);
        row = add(grid, row, "S_ource", source, EventField.SOURCE);
        row = add(grid, row, "No_tes", notes, EventField.NOTES);
        Label councilsLabel = MnemonicLabel.of("_Councils affected", councils.filterField());
        // Beside the filter it types into, not halfway down the list.
        GridPane.setValignment(councilsLabel, VPos.TOP);
        councilsLabel.setPadding(new Insets(6, 0, 0, 0));
        grid.add(councilsLabel, 0, row);
        grid.add(councils, 1, row);
        problemBelow(grid, row, EventField.COUNCILS);
        return grid;
    }

    private int add(GridPane grid, int row, String label, Node control, EventField field) {
        grid.add(MnemonicLabel.of(label, control), 0, row);
        grid.add(control, 1, row);
        return problemBelow(grid, row, field);
    }

    /** The field's problem, in a row of its own beneath it that takes room only when there is something to say. */
    private int problemBelow(GridPane grid, int row, EventField field) {
        Label problem = new Label();
        problem.setId("problem-" + field.code());
        problem.setStyle("-fx-text-fill: -color-danger-fg;");
        problem.setWrapText(true);
        problem.setMaxWidth(TEXT_WIDTH);
        // Its height is worked out at this width: without it the grid sizes the row for one long line and the
        // wrapped lines run under the next field.
        problem.setPrefWidth(TEXT_WIDTH);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps instead of ending in "..."
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problems.put(field, problem);
        grid.add(problem, 1, row + 1);
        return row + 2;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(36);
        return field;
    }

    private void fill() {
        if (editing == null) {
            return;
        }
        sponsor.setText(editing.sponsorName());
        town.setText(editing.sponsorTown() == null ? "" : editing.sponsorTown());
        action.setValue(editing.action());
        actionDate.setText(UkDates.numeric(editing.actionDate()));
        noticeReceived.setText(UkDates.numeric(editing.noticeReceived()));
        workers.setText(editing.workersAffected() == null ? "" : editing.workersAffected().toString());
        source.setText(editing.source() == null ? "" : editing.source());
        notes.setText(editing.notes() == null ? "" : editing.notes());
        councils.check(editing.councilGssCodes());
        councilsTouched = true; // an edit keeps the councils as they were chosen
        linkInfo.setText(editing.cqcProviderId() == null ? "Not linked to a CQC provider."
                : "CQC provider " + editing.cqcProviderId());
    }

    private void lookUp() {
        if (sponsor.getText().isBlank()) {
            return;
        }
        model.link(sponsor.getText(), town.getText(), this::showLink);
    }

    private void showLink(SponsorLink link) {
        if (!link.isFound()) {
            linkInfo.setText(link.problem());
            return;
        }
        String where = link.sponsor().onLatest() ? "on the latest register"
                : "last on the register of " + UkDates.day(link.sponsor().lastSeen());
        linkInfo.setText("Register: " + link.sponsor().name() + ", " + link.sponsor().town() + " (" + where + ").\n"
                + (link.provider() == null ? "Matched to no CQC provider: choose the councils affected."
                : "CQC provider: " + link.provider().providerName() + " (" + link.provider().providerId() + "), "
                + link.councils().size() + (link.councils().size() == 1 ? " council." : " councils.")));
        if (!councilsTouched) {
            councils.check(link.councils());
        }
    }

    private void trySave() {
        problems.values().forEach(label -> label.setText(""));
        Map<EventField, String> found = new EnumMap<>(EventField.class);
        LocalDate when = parse(actionDate.getText(), EventValues::date, EventField.ACTION_DATE, found);
        LocalDate notice = parse(noticeReceived.getText(), EventValues::date, EventField.NOTICE_RECEIVED, found);
        Integer count = parse(workers.getText(), EventValues::workers, EventField.WORKERS_AFFECTED, found);
        Set<String> chosen = councils.checked();
        EventDraft draft = new EventDraft(sponsor.getText(), town.getText(), action.getValue(), when, notice, count,
                source.getText(), notes.getText(), councilsTouched || editing != null ? chosen : null);
        for (EventProblem problem : EventChecks.problems(draft, model.today())) {
            found.putIfAbsent(problem.field(), problem.message());
        }
        if (!found.isEmpty()) {
            show(found);
            return;
        }
        model.save(editing == null ? null : editing.id(), draft, saved -> dialog.close(), refused -> {
            Map<EventField, String> fromService = new EnumMap<>(EventField.class);
            refused.problems().forEach(p -> fromService.putIfAbsent(p.field(), p.message()));
            show(fromService);
        });
    }

    private void show(Map<EventField, String> found) {
        found.forEach((field, message) -> problems.getOrDefault(field, problems.get(EventField.SPONSOR_NAME))
                .setText(message));
        // The problems' rows take room the dialog was not sized for: grow it, or they would squeeze the fields.
        // After the layout pass that sizes the new text; sized at once, the dialog grows by too little.
        Platform.runLater(() -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
    }

    private static <T> T parse(String text, Function<String, T> parser, EventField field, Map<EventField, String> found) {
        try {
            return parser.apply(text);
        } catch (BadValueException e) {
            found.put(field, e.getMessage());
            return null;
        }
    }

}
