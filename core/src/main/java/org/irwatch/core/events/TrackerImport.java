package org.irwatch.core.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.irwatch.core.common.ProgressListener;

/**
 * Imports a regional tracker through a column mapping, all or nothing: any bad row (unknown sponsor, bad or missing
 * date, negative or non-numeric workers, unknown action) refuses the file with a report by row and column. Rows
 * already recorded (same register organisation, action and date) are counted, not added again.
 */
public final class TrackerImport {

    private final EventService events;
    private final EventRepository repository;

    public TrackerImport(EventService events, EventRepository repository) {
        this.events = events;
        this.repository = repository;
    }

    private record ParsedRow(long line, EventDraft draft) {
    }

    public TrackerImportResult run(TrackerTable table, ColumnMapping mapping, ProgressListener progress) {
        mapping.checkAgainst(table);
        progress.progress("Checking rows", 0, table.rows().size());
        List<RowProblem> problems = new ArrayList<>();
        List<ParsedRow> parsed = new ArrayList<>();
        for (TrackerTable.Row row : table.rows()) {
            Cells cells = new Cells(table, mapping, row, problems);
            EventDraft draft = new EventDraft(cells.text(EventField.SPONSOR_NAME), cells.text(EventField.SPONSOR_TOWN),
                    cells.value(EventField.ACTION, EventValues::action),
                    cells.value(EventField.ACTION_DATE, EventValues::date),
                    cells.value(EventField.NOTICE_RECEIVED, EventValues::date),
                    cells.value(EventField.WORKERS_AFFECTED, EventValues::workers),
                    cells.text(EventField.SOURCE), cells.text(EventField.NOTES), null);
            for (EventProblem problem : EventChecks.problems(draft, events.today())) {
                if (!cells.hasProblem(problem.field())) {
                    problems.add(cells.problem(problem.field(), problem.message()));
                }
            }
            parsed.add(new ParsedRow(row.line(), draft));
        }
        progress.checkCancelled();
        progress.progress("Finding the sponsors on the register", 0, -1);
        Map<SponsorLinker.Name, SponsorLink> links = events.linker().link(parsed.stream()
                .filter(p -> !p.draft().sponsorName().isEmpty())
                .map(p -> new SponsorLinker.Name(p.draft().sponsorName(), p.draft().sponsorTown())).toList());
        List<EnforcementEvent> fresh = new ArrayList<>();
        Set<EventIdentity> held = repository.listAll().stream().map(EventIdentity::of).collect(Collectors.toSet());
        Map<EventIdentity, ParsedRow> seen = new HashMap<>();
        int already = 0;
        String sponsorColumn = mapping.column(EventField.SPONSOR_NAME).orElseThrow();
        for (ParsedRow row : parsed) {
            if (row.draft().sponsorName().isEmpty()) {
                continue; // reported by the checks
            }
            SponsorLink link = links.get(new SponsorLinker.Name(row.draft().sponsorName(), row.draft().sponsorTown()));
            if (!link.isFound()) {
                problems.add(new RowProblem(row.line(), sponsorColumn, row.draft().sponsorName(), link.problem()));
                continue;
            }
            EnforcementEvent event = events.linked(null, row.draft(), null, link);
            if (event.action() == null || event.actionDate() == null) {
                continue; // reported above
            }
            EventIdentity identity = EventIdentity.of(event);
            ParsedRow first = seen.putIfAbsent(identity, row);
            if (first != null && !sameDetails(first.draft(), row.draft())) {
                // Keeping either would silently drop the other's workers or notes.
                problems.add(new RowProblem(row.line(), sponsorColumn, row.draft().sponsorName(), "repeats row "
                        + first.line() + " (same sponsor, action and date) with other details; keep one of them."));
            } else if (held.contains(identity) || first != null) {
                already++;
            } else {
                fresh.add(event);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(RowProblem::row)
                    .thenComparingInt(p -> table.column(p.column())));
            throw new TrackerRejectedException(table.fileName(), problems);
        }
        progress.checkCancelled();
        progress.progress("Saving events", 0, -1);
        events.create(fresh);
        return new TrackerImportResult(table.fileName(), table.rows().size(), fresh.size(), already);
    }

    private static boolean sameDetails(EventDraft a, EventDraft b) {
        return Objects.equals(a.workersAffected(), b.workersAffected()) && Objects.equals(a.noticeReceived(),
                b.noticeReceived()) && Objects.equals(a.source(), b.source()) && Objects.equals(a.notes(), b.notes());
    }

    /** The mapped cells of one row, collecting what is wrong with them. */
    private static final class Cells {
        private final TrackerTable table;
        private final ColumnMapping mapping;
        private final TrackerTable.Row row;
        private final List<RowProblem> problems;
        private final Map<EventField, Boolean> bad = new LinkedHashMap<>();

        Cells(TrackerTable table, ColumnMapping mapping, TrackerTable.Row row, List<RowProblem> problems) {
            this.table = table;
            this.mapping = mapping;
            this.row = row;
            this.problems = problems;
        }

        String text(EventField field) {
            return mapping.column(field).map(header -> row.get(table.column(header))).orElse("");
        }

        <T> T value(EventField field, Function<String, T> parse) {
            try {
                return parse.apply(text(field));
            } catch (EventValues.BadValueException e) {
                problems.add(problem(field, e.getMessage()));
                return null;
            }
        }

        RowProblem problem(EventField field, String message) {
            bad.put(field, true);
            return new RowProblem(row.line(), mapping.column(field).orElse(field.label()), text(field), message);
        }

        boolean hasProblem(EventField field) {
            return bad.containsKey(field);
        }
    }

}
