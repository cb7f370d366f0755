package org.irwatch.core.activities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.irwatch.core.common.UkDates;
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
            LocalDate date = cells.value(ActivityField.DATE, ActivityImport::date);
            Set<String> where = cells.value(ActivityField.COUNCILS, this::councils);
            ActivityKind kind = cells.value(ActivityField.KIND, ActivityImport::kind);
            Integer providers = cells.value(ActivityField.PROVIDERS_REACHED, ActivityImport::count);
            Integer people = cells.value(ActivityField.PEOPLE_REACHED, ActivityImport::count);
            BigDecimal amount = cells.value(ActivityField.AMOUNT, ActivityImport::pounds);
            activities.add(new Activity(null, date, where == null ? Set.of() : where, kind, providers, people, amount,
                    cells.text(ActivityField.NOTES)));
        }
        if (!problems.isEmpty()) {
            throw new RowsRejectedException(table.fileName(), problems);
        }
        repository.addAll(activities);
        return activities;
    }

    private static LocalDate date(String text) {
        try {
            LocalDate date = UkDates.parse(text);
            if (date == null) {
                throw new BadValueException("A date is needed, e.g. 01/10/2024.");
            }
            return date;
        } catch (UkDates.NotADateException e) {
            throw new BadValueException(e.getMessage());
        }
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

    private static ActivityKind kind(String text) {
        return ActivityKind.of(text).orElseThrow(() -> new BadValueException("\"" + text.strip()
                + "\" is not a kind of activity; use one of: " + String.join(", ",
                Arrays.stream(ActivityKind.values()).map(ActivityKind::label).toList()) + "."));
    }

    private static Integer count(String text) {
        String plain = text.strip().replace(",", "");
        if (plain.isEmpty()) {
            return null;
        }
        try {
            int count = Integer.parseInt(plain);
            if (count < 0) {
                throw new BadValueException("A number of 0 or more is needed.");
            }
            return count;
        } catch (NumberFormatException e) {
            throw new BadValueException("\"" + text.strip() + "\" is not a whole number.");
        }
    }

    private static BigDecimal pounds(String text) {
        String plain = text.strip().replace("£", "").replace(",", "");
        if (plain.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new BadValueException("\"" + text.strip() + "\" is not an amount in pounds, e.g. 1,250.00.");
        }
    }
}
