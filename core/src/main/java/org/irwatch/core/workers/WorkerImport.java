package org.irwatch.core.workers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.imports.table.BadValueException;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.MappedRow;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.imports.table.SheetTable;

/**
 * Imports a hub's list of displaced workers through a column mapping, all or nothing: a date that is not a date, a
 * role or reason not known, a council not found, a row without consent or repeating an earlier row refuses the file
 * with a report by row and column (quoting no personal value). People already held (same phone, or same name and date of birth) are counted, not
 * added again. Text is kept as written, formula-looking or not. The register must be unlocked.
 */
public final class WorkerImport {

    private final WorkerService workers;
    private final CouncilDirectory councils;

    public WorkerImport(WorkerService workers, CouncilDirectory councils) {
        this.workers = workers;
        this.councils = councils;
    }

    private record Parsed(long line, Worker worker) {
    }

    public WorkerImportResult run(SheetTable table, ColumnMapping<WorkerField> mapping, ProgressListener progress) {
        mapping.checkAgainst(table);
        List<Worker> held = workers.workers();
        progress.progress("Checking rows", 0, table.rows().size());
        LocalDate today = workers.today();
        List<RowProblem> problems = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        for (SheetTable.Row row : table.rows()) {
            MappedRow<WorkerField> cells = new MappedRow<>(table, mapping, row, problems);
            Worker worker = worker(cells, today);
            for (WorkerProblem problem : WorkerChecks.problems(worker, today)) {
                if (!cells.hasProblem(problem.field())) {
                    cells.addProblem(problem.field(), problem.message());
                }
            }
            parsed.add(new Parsed(row.line(), worker));
        }
        progress.checkCancelled();
        List<Worker> fresh = new ArrayList<>();
        List<Parsed> kept = new ArrayList<>();
        int already = 0;
        String nameColumn = mapping.column(WorkerField.NAME).orElseThrow();
        for (Parsed row : parsed) {
            if (!Duplicates.of(row.worker(), held).isEmpty()) {
                already++;
                continue;
            }
            Parsed earlier = kept.stream().filter(k -> Duplicates.samePerson(k.worker().person(),
                    row.worker().person())).findFirst().orElse(null);
            if (earlier != null) {
                problems.add(new RowProblem(row.line(), nameColumn, "", "is the same "
                        + "person as row " + earlier.line() + " (same phone, or same name and date of birth); keep "
                        + "one of them."));
                continue;
            }
            kept.add(row);
            fresh.add(row.worker());
        }
        if (!problems.isEmpty()) {
            throw new RowsRejectedException(table.fileName(), problems.stream().map(p -> withoutPersonalValue(p,
                            mapping)).sorted(Comparator.comparingLong(RowProblem::row)
                            .thenComparingInt(p -> table.column(p.column()))).toList());
        }
        progress.checkCancelled();
        progress.progress("Saving records", 0, -1);
        if (!fresh.isEmpty()) {
            workers.insertAll(fresh, WorkerAudit.Kind.IMPORTED, "From " + table.fileName());
        }
        return new WorkerImportResult(table.fileName(), table.rows().size(), fresh.size(), already);
    }

    private Worker worker(MappedRow<WorkerField> cells, LocalDate today) {
        String whatsApp = cells.text(WorkerField.WHATSAPP);
        // A WhatsApp column may hold the number itself rather than yes or no.
        boolean whatsAppNumber = Duplicates.phoneKey(whatsApp).length() >= 6;
        String phone = cells.text(WorkerField.PHONE).isEmpty() && whatsAppNumber ? whatsApp
                : cells.text(WorkerField.PHONE);
        Boolean onWhatsApp = whatsAppNumber ? Boolean.TRUE : cells.value(WorkerField.WHATSAPP, WorkerValues::yesNo);
        Person person = new Person(cells.text(WorkerField.NAME), phone, Boolean.TRUE.equals(onWhatsApp),
                cells.text(WorkerField.EMAIL), cells.text(WorkerField.LANGUAGE), cells.text(WorkerField.NATIONALITY),
                cells.value(WorkerField.DATE_OF_BIRTH, WorkerValues::date),
                cells.value(WorkerField.SEX, t -> WorkerValues.choice(t, Sex.class, "sex")));
        Place place = new Place(cells.text(WorkerField.POSTCODE), cells.value(WorkerField.COUNCIL, this::councilGss),
                cells.value(WorkerField.TRAVEL_MILES, WorkerValues::count),
                Boolean.TRUE.equals(cells.value(WorkerField.DRIVES, WorkerValues::yesNo)));
        Set<Role> roles = cells.value(WorkerField.ROLES, t -> WorkerValues.choices(t, Role.class, "role"));
        Set<Skill> skills = EnumSet.noneOf(Skill.class);
        List<String> otherSkills = new ArrayList<>();
        for (String part : cells.text(WorkerField.SKILLS).split("[,;/]")) {
            try {
                Skill skill = WorkerValues.choice(part, Skill.class, "skill");
                if (skill != null) {
                    skills.add(skill);
                }
            } catch (BadValueException e) {
                otherSkills.add(part.strip());
            }
        }
        Work work = new Work(roles == null ? Set.of() : roles, skills, String.join(", ", otherSkills),
                cells.text(WorkerField.ENGLISH), cells.value(WorkerField.HOURS, WorkerValues::count));
        Situation situation = new Situation(cells.text(WorkerField.FORMER_SPONSOR), "", "",
                cells.value(WorkerField.REASON, t -> WorkerValues.choice(t, Reason.class, "reason")),
                cells.value(WorkerField.VISA_ROUTE, t -> WorkerValues.choice(t, VisaRoute.class, "visa route")),
                cells.value(WorkerField.VISA_EXPIRY, WorkerValues::date),
                cells.value(WorkerField.LETTER_DATE, WorkerValues::date),
                cells.value(WorkerField.DEADLINE, WorkerValues::date),
                cells.value(WorkerField.DEPENDANTS, WorkerValues::count));
        LocalDate registered = cells.value(WorkerField.REGISTERED_ON, WorkerValues::date);
        Boolean consented = cells.value(WorkerField.CONSENT, WorkerValues::yesNo);
        registered = registered == null ? today : registered;
        Stage stage = cells.value(WorkerField.STAGE, t -> WorkerValues.choice(t, Stage.class, "stage"));
        SourceKind source = cells.value(WorkerField.SOURCE,
                t -> WorkerValues.choice(t, SourceKind.class, "referral source"));
        return new Worker(null, person, place, work, situation, Welfare.NONE,
                new Consent(Boolean.TRUE.equals(consented), false, false, registered, ConsentMethod.SIGNED_FORM,
                        "imported"),
                source == null ? null : new ReferralSource(source, null, ""), stage == null ? Stage.REGISTERED : stage,
                registered, cells.value(WorkerField.LAST_CONTACT, WorkerValues::date), null,
                cells.text(WorkerField.NOTES), List.of());
    }

    /** The problem without the cell's text when the column holds a personal field; the row and column say where. */
    private static RowProblem withoutPersonalValue(RowProblem problem, ColumnMapping<WorkerField> mapping) {
        boolean personal = mapping.fieldOf(problem.column()).map(WorkerField::isPersonal).orElse(false);
        return personal ? new RowProblem(problem.row(), problem.column(), "", problem.problem()) : problem;
    }

    private String councilGss(String text) {
        if (text.isBlank()) {
            return "";
        }
        return councils.byName(text).map(Council::gssCode).orElseThrow(() -> new BadValueException(
                "is not a council in England; write its name as the council does, e.g. \"Coventry\"."));
    }
}
