package org.irwatch.core.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.irwatch.core.common.UkDates;

/** The rules an event must meet before it is recorded, each broken one said in a sentence. */
public final class EventChecks {

    /** Sponsor licences began with the points-based system in 2008: an earlier date is a slip (or a blank cell). */
    static final LocalDate FIRST_POSSIBLE = LocalDate.of(2008, 1, 1);
    private static final int MAX_TEXT = 1000;
    private static final int MAX_NOTES = 4000;

    private EventChecks() {
    }

    public static List<EventProblem> problems(EventDraft draft, LocalDate today) {
        List<EventProblem> problems = new ArrayList<>();
        if (draft.sponsorName().isEmpty()) {
            problems.add(new EventProblem(EventField.SPONSOR_NAME,
                    "Enter the sponsor's name as it is on the Home Office register."));
        } else if (draft.sponsorName().length() > MAX_TEXT) {
            problems.add(new EventProblem(EventField.SPONSOR_NAME, "The name is longer than " + MAX_TEXT
                    + " characters; enter the name as it is on the register."));
        }
        if (draft.action() == null) {
            problems.add(new EventProblem(EventField.ACTION, "Choose what happened to the licence."));
        }
        if (draft.actionDate() == null) {
            problems.add(new EventProblem(EventField.ACTION_DATE,
                    "Enter the date of the action, as on the notice (day/month/year)."));
        } else if (draft.actionDate().isAfter(today)) {
            problems.add(new EventProblem(EventField.ACTION_DATE, "The action date "
                    + UkDates.numeric(draft.actionDate()) + " is in the future; enter the date the action took effect."));
        } else if (draft.actionDate().isBefore(FIRST_POSSIBLE)) {
            problems.add(new EventProblem(EventField.ACTION_DATE, "The action date "
                    + UkDates.numeric(draft.actionDate()) + " is before sponsor licences existed (" + UkDates.numeric(FIRST_POSSIBLE) + "); check the date."));
        }
        if (draft.noticeReceived() != null) {
            if (draft.noticeReceived().isAfter(today)) {
                problems.add(new EventProblem(EventField.NOTICE_RECEIVED, "The notice date "
                        + UkDates.numeric(draft.noticeReceived()) + " is in the future."));
            } else if (draft.actionDate() != null && draft.noticeReceived().isBefore(draft.actionDate())) {
                problems.add(new EventProblem(EventField.NOTICE_RECEIVED, "The notice cannot have been received ("
                        + UkDates.numeric(draft.noticeReceived()) + ") before the action date ("
                        + UkDates.numeric(draft.actionDate()) + ")."));
            }
        }
        if (draft.workersAffected() != null && draft.workersAffected() < 0) {
            problems.add(new EventProblem(EventField.WORKERS_AFFECTED,
                    "The number of workers affected is 0 or more; leave it empty when the notice does not say."));
        }
        if (draft.source().length() > MAX_TEXT) {
            problems.add(new EventProblem(EventField.SOURCE, "The source is longer than " + MAX_TEXT + " characters."));
        }
        if (draft.notes().length() > MAX_NOTES) {
            problems.add(new EventProblem(EventField.NOTES, "The notes are longer than " + MAX_NOTES + " characters."));
        }
        return problems;
    }
}
