package org.irwatch.core.activities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.imports.table.BadValueException;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.MappedRow;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.imports.table.SheetTable;

/**
 * Imports an activity log a partnership keeps in a spreadsheet, through the shared column mapping: every row read,
 * every bad cell reported by row and column, and then all rows stored or none.
 */
public final class ActivityImport {

    private final ActivityRepository repository;
    private final CouncilDirectory councils;

    public ActivityImport(ActivityRepository repository, CouncilDirectory councils) {
        this.repository = repository;
        this.councils = councils;
    }

    /**
     * @return the activities stored
     * @throws RowsRejectedException naming each bad cell, when any row cannot be read; nothing is stored then
     */
    public List<Activity> run(SheetTable table, ColumnMapping<ActivityField> mapping) {
        mapping.checkAgainst(table);
        List<RowProblem> problems = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        for (SheetTable.Row row : table.rows()) {
            if (row.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            MappedRow<ActivityField> cells = new MappedRow<>(table, mapping, row, problems);
            LocalDate date = cells.value(ActivityField.DATE, ActivityValues::date);
            Set<String> where = cells.value(ActivityField.COUNCILS, this::councils);
            ActivityKind kind = cells.value(ActivityField.KIND, ActivityValues::kind);
            Integer providers = cells.value(ActivityField.PROVIDERS_REACHED, ActivityValues::count);
            Integer people = cells.value(ActivityField.PEOPLE_REACHED, ActivityValues::count);
            BigDecimal amount = cells.value(ActivityField.AMOUNT, ActivityValues::pounds);
            activities.add(new Activity(null, date, where == null ? Set.of() : where, kind, providers, people, amount,
                    cells.value(ActivityField.NOTES, ActivityValues::notes)));
        }
        if (!problems.isEmpty()) {
            throw new RowsRejectedException(table.fileName(), problems);
        }
        repository.addAll(activities);
        return activities;
    }

    private Set<String> councils(String text) {
        Set<String> codes = new LinkedHashSet<>();
        for (String name : text.split("[,;]")) {
            if (!name.isBlank()) {
                codes.add(councils.byName(name).map(Council::gssCode).orElseThrow(() -> new BadValueException(
                        "No council is called \"" + name.strip() + "\"; separate several with commas.")));
            }
        }
        if (codes.isEmpty()) {
            throw new BadValueException("Name the council or councils the activity was for.");
        }
        return codes;
    }
}
