package org.irwatch.app.workers;

import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.irwatch.app.common.Tables;
import java.util.stream.Collectors;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.workers.NeedsAction;
import org.irwatch.core.workers.StageChange;
import org.irwatch.core.workers.WorkerAudit;

/** The columns the screen's tables of workers share, so the list, the needs-action view and retention agree. */
final class WorkerTables {

    private WorkerTables() {
    }

    static TableColumn<WorkerRow, String> name() {
        TableColumn<WorkerRow, String> column = Tables.column("Name", 170, WorkerRow::name);
        column.setMinWidth(150);
        return column;
    }

    static TableColumn<WorkerRow, String> stage() {
        TableColumn<WorkerRow, String> column = Tables.column("Stage", 140, (WorkerRow r) -> r.worker().stage().label());
        column.setMinWidth(160);
        return column;
    }

    /** Days left to the deadline, soonest first when sorted; a passed deadline says so, none is blank and last. */
    static TableColumn<WorkerRow, Long> daysLeft() {
        TableColumn<WorkerRow, Long> column = Tables.column("Days left", 90, WorkerRow::daysLeft);
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long days, boolean empty) {
                super.updateItem(days, empty);
                if (empty || days == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    setText(days < 0 ? "passed " + format(-days) + " ago" : format(days));
                    WorkerRow row = getTableRow() == null ? null : getTableRow().getItem();
                    setTooltip(row == null ? null
                            : new javafx.scene.control.Tooltip("Deadline " + UkDates.day(row.worker().deadline())));
                }
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    static TableColumn<WorkerRow, java.time.LocalDate> deadline() {
        return Tables.dateColumn("Deadline", 120, (WorkerRow r) -> r.worker().deadline());
    }

    /** Days since the last contact: "20 days", "today". */
    static TableColumn<WorkerRow, Long> sinceContact() {
        TableColumn<WorkerRow, Long> column = Tables.column("Since contact", 90, WorkerRow::daysSinceContact);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long days, boolean empty) {
                super.updateItem(days, empty);
                setText(empty || days == null ? null : days == 0 ? "today" : format(days));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    static TableColumn<WorkerRow, String> council() {
        return Tables.column("Council", 130, WorkerRow::councilName);
    }

    static TableColumn<WorkerRow, String> roles() {
        TableColumn<WorkerRow, String> column = Tables.column("Roles", 140, WorkerRow::roles);
        column.setMinWidth(110);
        return column;
    }

    static TableColumn<WorkerRow, String> reason() {
        TableColumn<WorkerRow, String> column = Tables.column("Reason", 150, WorkerRow::reason);
        column.setMinWidth(130);
        return column;
    }

    /** Why a worker needs action, one reason a line, so both show in full. */
    static TableColumn<WorkerRow, String> needs() {
        TableColumn<WorkerRow, String> column = Tables.column("Needs action because", 280,
                (WorkerRow r) -> r.needs().stream().map(NeedsAction.Why::label).collect(Collectors.joining("\n")));
        column.setMinWidth(280);
        return column;
    }

    static TableView<StageChange> history() {
        TableView<StageChange> table = Tables.fitted(new TableView<>());
        table.setId("workers-history");
        table.setPlaceholder(new Label("Select a worker to see their stages."));
        table.getColumns().setAll(List.of(
                Tables.dateColumn("On", 110, StageChange::on),
                Tables.column("From", 120, (StageChange c) -> c.from() == null ? "(first registered)"
                        : c.from().label()),
                Tables.column("To", 120, (StageChange c) -> c.to().label()),
                Tables.column("Recorded by", 100, StageChange::by)));
        return table;
    }

    static TableView<WorkerAudit> audit() {
        TableView<WorkerAudit> table = Tables.fitted(new TableView<>());
        table.setId("workers-audit");
        table.setPlaceholder(new Label("Select a worker to see their audit trail."));
        table.getColumns().setAll(List.of(
                Tables.column("When", 140, (WorkerAudit a) -> UkDates.dayAndTime(a.at())),
                Tables.column("Who", 90, WorkerAudit::by),
                Tables.column("What", 140, (WorkerAudit a) -> a.kind().label()),
                Tables.column("Detail", 200, WorkerAudit::detail)));
        return table;
    }

    private static String format(long days) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(days) + (days == 1 ? " day" : " days");
    }
}
