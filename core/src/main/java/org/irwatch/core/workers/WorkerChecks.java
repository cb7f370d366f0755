package org.irwatch.core.workers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a record needs before it is saved; checked as the form is typed and again on saving. */
public final class WorkerChecks {

    /** A record is sealed whole into one column: a page pasted into a cell is refused here, by field, not there. */
    static final int LONGEST_SHORT_TEXT = 254;
    /** The nationality is also kept in the clear for the counts, in a column of this width. */
    static final int LONGEST_NATIONALITY = 100;
    static final int LONGEST_NOTES = 10_000;

    private WorkerChecks() {
    }

    public static List<WorkerProblem> problems(Worker worker, LocalDate today) {
        List<WorkerProblem> problems = new ArrayList<>();
        if (worker.person().name().isEmpty()) {
            problems.add(new WorkerProblem(WorkerField.NAME, "Give the person's name."));
        }
        if (!worker.person().phone().isEmpty() && Duplicates.phoneKey(worker.person().phone()).length() < 6) {
            problems.add(new WorkerProblem(WorkerField.PHONE, "The phone number has too few digits; check it."));
        }
        if (worker.consent() == null || !worker.consent().holdRecord()) {
            problems.add(new WorkerProblem(WorkerField.CONSENT,
                    "The person must agree to their record being held before it is saved."));
        }
        if (worker.person().dateOfBirth() != null && !worker.person().dateOfBirth().isBefore(today)) {
            problems.add(new WorkerProblem(WorkerField.DATE_OF_BIRTH, "The date of birth must be in the past."));
        }
        if (worker.registeredOn().isAfter(today)) {
            problems.add(new WorkerProblem(WorkerField.REGISTERED_ON, "The registration date cannot be in the future."));
        }
        Situation situation = worker.situation();
        if (situation != null && situation.letterDate() != null && situation.deadline() != null
                && situation.deadline().isBefore(situation.letterDate())) {
            problems.add(new WorkerProblem(WorkerField.DEADLINE,
                    "The deadline is before the date of the Home Office letter; check both dates."));
        }
        tooLong(problems, worker);
        return problems;
    }

    private static void tooLong(List<WorkerProblem> problems, Worker worker) {
        Person person = worker.person();
        Map<WorkerField, String> texts = new EnumMap<>(WorkerField.class);
        texts.put(WorkerField.NAME, person.name());
        texts.put(WorkerField.PHONE, person.phone());
        texts.put(WorkerField.EMAIL, person.email());
        texts.put(WorkerField.LANGUAGE, person.language());
        texts.put(WorkerField.NATIONALITY, person.nationality());
        texts.put(WorkerField.NOTES, worker.notes());
        if (worker.place() != null) {
            texts.put(WorkerField.POSTCODE, worker.place().postcode());
        }
        if (worker.work() != null) {
            texts.put(WorkerField.SKILLS, worker.work().otherSkills());
            texts.put(WorkerField.ENGLISH, worker.work().english());
        }
        if (worker.situation() != null) {
            texts.put(WorkerField.FORMER_SPONSOR, worker.situation().formerSponsor());
        }
        texts.forEach((field, text) -> {
            int longest = switch (field) {
                case NOTES, SKILLS -> LONGEST_NOTES;
                case NATIONALITY -> LONGEST_NATIONALITY;
                default -> LONGEST_SHORT_TEXT;
            };
            if (text != null && text.length() > longest) {
                problems.add(new WorkerProblem(field, String.format(Locale.UK, "The text is %,d characters long; "
                        + "a record keeps at most %,d here. Shorten it.", text.length(), longest)));
            }
        });
    }
}
