package org.irwatch.core.imports.table;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The mapped cells of one row of a sheet, read field by field; each value that cannot be read becomes a
 * {@link RowProblem} naming the row and the column, so one pass over a file reports every bad cell.
 */
public final class MappedRow<F extends Enum<F> & ImportField> {

    private final SheetTable table;
    private final ColumnMapping<F> mapping;
    private final SheetTable.Row row;
    private final List<RowProblem> problems;
    private final Set<F> bad;

    /** @param problems where this row's problems are added */
    public MappedRow(SheetTable table, ColumnMapping<F> mapping, SheetTable.Row row, List<RowProblem> problems) {
        this.table = table;
        this.mapping = mapping;
        this.row = row;
        this.problems = problems;
        this.bad = EnumSet.noneOf(mapping.catalogue().type());
    }

    public long line() {
        return row.line();
    }

    /** The cell's text, or "" when no column holds the field. */
    public String text(F field) {
        return mapping.column(field).map(header -> row.get(table.column(header))).orElse("");
    }

    /** The cell read by {@code parse}; null, with the problem recorded, when it throws {@link BadValueException}. */
    public <T> T value(F field, Function<String, T> parse) {
        try {
            return parse.apply(text(field));
        } catch (BadValueException e) {
            addProblem(field, e.getMessage());
            return null;
        }
    }

    /** Records a problem with a field's cell (or with the field, when no column holds it). */
    public void addProblem(F field, String message) {
        bad.add(field);
        problems.add(new RowProblem(row.line(), mapping.column(field).orElse(field.label()), text(field), message));
    }

    public boolean hasProblem(F field) {
        return bad.contains(field);
    }
}
