package org.irwatch.core.workers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Anonymised counts of displaced workers by council, stage, reason, role, nationality and sex, safe to share: a count
 * from 1 to 4 is shown as "fewer than 5", and where one such count in a table could be worked out from the total and
 * the others, the next smallest is held back too. Records whose personal data was removed still count.
 */
public record WorkerSummary(SummaryCell total, Map<Dimension, List<SummaryCell>> tables) {

    /** Counts below this are never shown. */
    public static final int SMALL = 5;
    private static final String NOT_SAID = "Not said";

    public enum Dimension implements Labelled {
        COUNCIL("Council"),
        STAGE("Stage"),
        REASON("Reason"),
        ROLE("Role"),
        NATIONALITY("Nationality"),
        SEX("Sex");

        private final String label;

        Dimension(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public WorkerSummary {
        tables = Map.copyOf(tables);
    }

    /** @param councilName the name to show for a council's GSS code */
    public static WorkerSummary of(List<WorkerFacets> workers, Function<String, String> councilName) {
        Map<Dimension, List<SummaryCell>> tables = new EnumMap<>(Dimension.class);
        tables.put(Dimension.COUNCIL, table(workers, w -> List.of(w.councilGss()),
                gss -> gss.isEmpty() ? NOT_SAID : councilName.apply(gss), true));
        tables.put(Dimension.STAGE, table(workers, w -> List.of(w.stage().name()),
                name -> Stage.valueOf(name).label(), true));
        tables.put(Dimension.REASON, table(workers, w -> List.of(w.reason() == null ? "" : w.reason().name()),
                name -> name.isEmpty() ? NOT_SAID : Reason.valueOf(name).label(), true));
        // A worker counts once for each role they can do, so the role counts do not add up to the total.
        tables.put(Dimension.ROLE, table(workers, w -> w.roles().stream().map(Enum::name).toList(),
                name -> Role.valueOf(name).label(), false));
        tables.put(Dimension.NATIONALITY, table(workers, w -> List.of(w.nationality()),
                n -> n.isEmpty() ? NOT_SAID : n, true));
        tables.put(Dimension.SEX, table(workers, w -> List.of(w.sex() == null ? "" : w.sex().name()),
                name -> name.isEmpty() ? NOT_SAID : Sex.valueOf(name).label(), true));
        int total = workers.size();
        return new WorkerSummary(new SummaryCell("", "All", total, total > 0 && total < SMALL), tables);
    }

    private static List<SummaryCell> table(List<WorkerFacets> workers, Function<WorkerFacets, List<String>> keys,
                                           Function<String, String> label, boolean addsUpToTotal) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        workers.forEach(w -> keys.apply(w).forEach(key -> counts.merge(key, 1, Integer::sum)));
        List<SummaryCell> cells = new ArrayList<>();
        counts.forEach((key, count) -> cells.add(new SummaryCell(key, label.apply(key), count, count < SMALL)));
        cells.sort(Comparator.comparingInt(SummaryCell::count).reversed().thenComparing(SummaryCell::label));
        return addsUpToTotal ? protectedFromSubtraction(cells) : cells;
    }

    /** With one count held back, total minus the rest would give it away: hold back the smallest other too. */
    private static List<SummaryCell> protectedFromSubtraction(List<SummaryCell> cells) {
        long held = cells.stream().filter(SummaryCell::suppressed).count();
        if (held != 1 || cells.size() < 2) {
            return cells;
        }
        List<SummaryCell> result = new ArrayList<>(cells);
        int smallest = -1;
        for (int i = 0; i < result.size(); i++) {
            SummaryCell cell = result.get(i);
            if (!cell.suppressed() && (smallest < 0 || cell.count() <= result.get(smallest).count())) {
                smallest = i;
            }
        }
        result.set(smallest, result.get(smallest).suppress());
        return result;
    }

    public List<SummaryCell> table(Dimension dimension) {
        return tables.getOrDefault(dimension, List.of());
    }

    /** Every count as one row for a shared file: the total first, then each table in {@link Dimension} order. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Total", total.label(), total.shown()));
        for (Dimension dimension : Dimension.values()) {
            table(dimension).forEach(cell -> rows.add(new Row(dimension.label(), cell.label(), cell.shown())));
        }
        return rows;
    }

    /** One count as shared: "Council", "Coventry", "12" (or "fewer than 5"). */
    public record Row(String dimension, String category, String count) {
    }
}
