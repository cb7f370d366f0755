package org.irwatch.core.placements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.MappedRow;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.imports.table.SheetTable;
import org.irwatch.core.market.RegisterEntry;
import org.irwatch.core.register.OrganisationKey;

/**
 * Imports a certificates of sponsorship sheet (restricted data) through the column mapping: every bad cell is reported
 * by row and column and nothing is imported; good rows are linked to the newest register (sponsors not surely found
 * wait for review, never dropped) and replace the periods they hold.
 */
public final class CosImport {

    /** What an import did. */
    public record Result(int rows, int sure, int toReview, List<CosRow> linked) {

        public String summary() {
            return String.format("%,d rows of certificates of sponsorship imported (restricted data): %,d linked surely "
                    + "to a sponsor on the register, %,d to review.", rows, sure, toReview);
        }
    }

    /** The newest register's organisations, to link rows to. */
    public interface Register {
        List<RegisterEntry> newest();
    }

    private final CosRepository repository;
    private final Register register;
    private final Clock clock;

    public CosImport(CosRepository repository, Register register, Clock clock) {
        this.repository = repository;
        this.register = register;
        this.clock = clock;
    }

    public Result run(SheetTable table, ColumnMapping<CosField> mapping, ProgressListener progress) {
        mapping.checkAgainst(table);
        List<RowProblem> problems = new ArrayList<>();
        List<CosRow> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (SheetTable.Row row : table.rows()) {
            MappedRow<CosField> cells = new MappedRow<>(table, mapping, row, problems);
            String sponsor = cells.text(CosField.SPONSOR).strip();
            if (sponsor.isEmpty()) {
                cells.addProblem(CosField.SPONSOR, "no sponsor name.");
            }
            LocalDate from = cells.value(CosField.PERIOD_FROM, PlacementValues::date);
            LocalDate to = cells.value(CosField.PERIOD_TO, PlacementValues::date);
            Integer allocated = cells.value(CosField.ALLOCATED, t -> PlacementValues.count(t, "certificates", null));
            Integer used = cells.value(CosField.USED, t -> PlacementValues.count(t, "certificates", null));
            required(cells, CosField.PERIOD_FROM, from, "no start of the period.");
            required(cells, CosField.PERIOD_TO, to, "no end of the period.");
            required(cells, CosField.ALLOCATED, allocated, "no number of certificates allocated.");
            required(cells, CosField.USED, used, "no number of certificates used.");
            if (from != null && to != null && to.isBefore(from)) {
                cells.addProblem(CosField.PERIOD_TO, "the period ends before it starts.");
            }
            if (allocated != null && used != null && used > allocated) {
                cells.addProblem(CosField.USED, "more certificates used (" + used + ") than allocated (" + allocated
                        + ").");
            }
            String town = cells.text(CosField.TOWN).strip();
            String key = OrganisationKey.of(sponsor, town) + "|" + from + "|" + to;
            if (!sponsor.isEmpty() && from != null && to != null && seen.containsKey(key)) {
                cells.addProblem(CosField.SPONSOR, "repeats row " + seen.get(key) + " (same sponsor, town and period).");
            }
            seen.putIfAbsent(key, row.line());
            if (problems.isEmpty()) {
                rows.add(new CosRow(null, row.line(), sponsor, town, cells.text(CosField.LICENCE_NUMBER).strip(), from,
                        to, allocated, used, null));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(RowProblem::row));
            throw new RowsRejectedException(table.fileName(), problems);
        }
        if (rows.isEmpty()) {
            throw new UserFacingException(table.fileName() + " has no rows of certificates. Nothing was imported.");
        }
        List<RegisterEntry> newest = register.newest();
        if (newest.isEmpty()) {
            throw new UserFacingException("Import a sponsor register first: certificates are linked to its sponsors. "
                    + "Nothing was imported.");
        }
        List<CosRow> linked = CosLinker.link(rows, newest, progress);
        repository.replacePeriods(linked, table.fileName(), clock.instant());
        int sure = (int) linked.stream().filter(r -> r.link().band().isSure()).count();
        return new Result(linked.size(), sure, linked.size() - sure, linked);
    }

    private static void required(MappedRow<CosField> cells, CosField field, Object value, String message) {
        if (value == null && !cells.hasProblem(field)) {
            cells.addProblem(field, message);
        }
    }
}
