package org.irwatch.app.reports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.DialogService;
import org.irwatch.app.common.FileDialogConfig;
import org.irwatch.app.common.FileDialogConfig.FileKind;
import org.irwatch.app.common.TaskExecutor;
import org.irwatch.core.common.FinancialYear;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.council.Scope;
import org.irwatch.core.grants.GrantField;
import org.irwatch.core.grants.GrantImport;
import org.irwatch.core.grants.GrantInitiative;
import org.irwatch.core.grants.GrantPosition;
import org.irwatch.core.grants.Pounds;
import org.irwatch.core.imports.table.BadValueException;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.SheetTable;

/**
 * What the "Grant spend…" dialog shows and does: the initiatives of the area and financial year chosen, each with its
 * spend by quarter and the year's figures; an initiative saved or removed (after asking), or a sheet imported, off the
 * JavaFX thread; and a sentence on what to put right when money typed cannot be read or a save is refused.
 */
public final class GrantSpendModel {

    /** The years offered: this financial year, the three before it and the next. */
    private static final int YEARS_BACK = 3;

    private final GrantPorts ports;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final ObservableList<Scope> areas = FXCollections.observableArrayList();
    private final ObservableList<FinancialYear> years = FXCollections.observableArrayList();
    private final ObjectProperty<Scope> area = new SimpleObjectProperty<>();
    private final ObjectProperty<FinancialYear> year = new SimpleObjectProperty<>();
    private final ObservableList<Row> initiatives = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /** One initiative as the table shows it: its spend by quarter, and the whole year's figures. */
    public record Row(GrantInitiative initiative, GrantPosition year) {

        public String budget() {
            return Pounds.format(initiative.budget());
        }

        /** A quarter's spend, or "not recorded". */
        public String spendIn(int quarter) {
            return Pounds.formatOrNotRecorded(initiative.spendIn(quarter).orElse(null));
        }

        public String spent() {
            return Pounds.formatOrNotRecorded(year.toDate());
        }

        /** Below nothing when overspent ("-£500.00"). */
        public String remaining() {
            return Pounds.formatOrNotRecorded(year.remaining());
        }

        /** "37.0%"; "112.5% overspent", so an overspend is read, not worked out. */
        public String shareSpent() {
            return year.shareSpentText() + (year.overspent() ? " overspent" : "");
        }
    }

    /** Asks the user which column holds what, then hands the mapping chosen on. */
    @FunctionalInterface
    public interface MappingAsker {
        void ask(SheetTable table, ColumnMapping<GrantField> offered, boolean remembered,
                 Consumer<ColumnMapping<GrantField>> chosen);
    }

    public GrantSpendModel(GrantPorts ports, TaskExecutor tasks, DialogService dialogs, Clock clock) {
        this.ports = ports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        area.addListener((obs, old, now) -> load());
        year.addListener((obs, old, now) -> load());
    }

    public ObservableList<Scope> areas() {
        return areas;
    }

    public ObservableList<FinancialYear> years() {
        return years;
    }

    public ObjectProperty<Scope> areaProperty() {
        return area;
    }

    public ObjectProperty<FinancialYear> yearProperty() {
        return year;
    }

    public ObservableList<Row> initiatives() {
        return initiatives;
    }

    /** Why the last save or entry was refused, in a sentence; empty when it was not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Starts on the area chosen in the window and the current financial year, offering every area. */
    public void open(Scope chosen) {
        FinancialYear current = FinancialYear.containing(LocalDate.now(clock));
        List<FinancialYear> offered = new ArrayList<>();
        offered.add(new FinancialYear(current.startYear() + 1));
        for (int back = 0; back <= YEARS_BACK; back++) {
            offered.add(new FinancialYear(current.startYear() - back));
        }
        years.setAll(offered);
        tasks.run(new BackgroundTask<>("Reading the areas", progress -> ports.areas().get()), all -> {
            areas.setAll(all);
            year.set(current);
            area.set(all.stream().filter(a -> a.key().equals(chosen.key())).findFirst().orElse(chosen));
            // Opened again on the same area and year, nothing above changed: read what may have changed since.
            load();
        });
    }

    /** Reads the initiatives of the area and year chosen. */
    public void load() {
        Scope where = area.get();
        FinancialYear when = year.get();
        if (where == null || when == null) {
            initiatives.clear();
            return;
        }
        tasks.run(new BackgroundTask<>("Reading grant spend", progress -> ports.grants().of(where, when).stream()
                .map(i -> new Row(i, i.at(when.quarter(4)))).toList()), initiatives::setAll);
    }

    /**
     * Saves a new initiative ({@code editing} null) or a change to one, from what was typed: money as "£1,234.50" or
     * "1234.5", a quarter left empty when no spend is recorded for it. On success the list is read again and
     * {@code saved} runs with what was stored.
     *
     * @param quarters the spend typed for Q1 to Q4
     */
    public void save(GrantInitiative editing, String name, String budget, List<String> quarters,
                     Consumer<GrantInitiative> saved) {
        Scope where = area.get();
        FinancialYear when = year.get();
        List<String> wrong = new ArrayList<>();
        BigDecimal budgetValue = money("Budget", budget, wrong);
        Map<Integer, BigDecimal> spend = new TreeMap<>();
        for (int q = 1; q <= quarters.size(); q++) {
            BigDecimal value = money("Q" + q + " spend", quarters.get(q - 1), wrong);
            if (value != null) {
                spend.put(q, value);
            }
        }
        if (!wrong.isEmpty()) {
            problem.set(String.join(" ", wrong));
            return;
        }
        GrantInitiative initiative = new GrantInitiative(editing == null ? null : editing.id(), where.key(), when,
                name, budgetValue, spend);
        tasks.run(new BackgroundTask<>("Saving grant initiative", progress -> ports.grants().save(initiative,
                where.label())), stored -> {
            problem.set("");
            tasks.announce("Saved the initiative " + stored.name() + " for " + where.label() + ", " + when.label());
            load();
            saved.accept(stored);
        }, this::refused);
    }

    /** Removes an initiative and its spend once the user has said yes. */
    public void remove(GrantInitiative initiative, Runnable removed) {
        if (!dialogs.confirm("Remove initiative", "Remove \"" + initiative.name() + "\" and the spend recorded for it "
                + "in " + initiative.year().label() + "? This cannot be undone.", "Remove")) {
            return;
        }
        tasks.run(new BackgroundTask<>("Removing grant initiative", progress -> {
            ports.grants().remove(initiative);
            return initiative;
        }), gone -> {
            problem.set("");
            tasks.announce("Removed the initiative " + gone.name());
            load();
            removed.run();
        }, this::refused);
    }

    /** Asks which sheet of grant spend to import; empty when the user cancelled. */
    public Optional<Path> chooseSheet() {
        return dialogs.showOpen(FileDialogConfig.of("Import grant spend",
                FileKind.of("Sheets (XLSX, ODS, CSV)", "xlsx", "ods", "csv"), FileKind.ALL));
    }

    /**
     * Reads the sheet, asks for the mapping, imports it with the area chosen for rows naming none; says what was
     * stored, or why nothing was (every bad cell by row and column).
     */
    public void importSheet(Path file, MappingAsker asker) {
        Scope where = area.get();
        tasks.run(new BackgroundTask<>("Reading " + file.getFileName(), progress -> {
            SheetTable table = ports.reader().read(file);
            return new Offer(table, ports.mappings().offer(table.header()),
                    ports.mappings().isRemembered(table.header()));
        }), offer -> asker.ask(offer.table(), offer.mapping(), offer.remembered(),
                mapping -> runImport(offer.table(), mapping, where)),
                error -> dialogs.showError("Grant spend not imported", error));
    }

    private void runImport(SheetTable table, ColumnMapping<GrantField> mapping, Scope where) {
        tasks.run(new BackgroundTask<>("Importing " + table.fileName(), progress -> {
            GrantImport.Result result = ports.importer().run(table, mapping, where);
            ports.mappings().remember(table.header(), mapping);
            return result;
        }), result -> {
            dialogs.showInformation("Grant spend imported", result.summary(table.fileName()));
            load();
        }, error -> dialogs.showError("Grant spend not imported", error));
    }

    private record Offer(SheetTable table, ColumnMapping<GrantField> mapping, boolean remembered) {
    }

    /** The amount typed, or null when blank; a sentence naming the field in {@code wrong} when it cannot be read. */
    private static BigDecimal money(String field, String text, List<String> wrong) {
        try {
            return Pounds.parse(text);
        } catch (BadValueException e) {
            wrong.add(field + ": " + e.getMessage());
            return null;
        }
    }

    private void refused(Throwable error) {
        if (error instanceof UserFacingException) {
            problem.set(error.getMessage());
        } else {
            tasks.reportFailure("Saving grant spend", error);
        }
    }
}
