package org.irwatch.core.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.MappedRow;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.imports.table.SheetTable;

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

    public TrackerImportResult run(SheetTable table, ColumnMapping<EventField> mapping, ProgressListener progress) {
        mapping.checkAgainst(table);
        progress.progress("Checking rows", 0, table.rows().size());
        List<RowProblem> problems = new ArrayList<>();
        List<ParsedRow> parsed = new ArrayList<>();
        for (SheetTable.Row row : table.rows()) {
            MappedRow<EventField> cells = new MappedRow<>(table, mapping, row, problems);
            EventDraft draft = new EventDraft(cells.text(EventField.SPONSOR_NAME), cells.text(EventField.SPONSOR_TOWN),
                    cells.value(EventField.ACTION, EventValues::action),
                    cells.value(EventField.ACTION_DATE, EventValues::date),
                    cells.value(EventField.NOTICE_RECEIVED, EventValues::date),
                    cells.value(EventField.WORKERS_AFFECTED, EventValues::workers),
                    cells.text(EventField.SOURCE), cells.text(EventField.NOTES), null);
            for (EventProblem problem : EventChecks.problems(draft, events.today())) {
                if (!cells.hasProblem(problem.field())) {
                    cells.addProblem(problem.field(), problem.message());
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
            throw new RowsRejectedException(table.fileName(), problems);
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
}
