package org.irwatch.data.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import org.irwatch.core.common.CsvWriter;
import org.irwatch.core.workers.Labelled;
import org.irwatch.core.workers.NeedsAction;
import org.irwatch.core.workers.Person;
import org.irwatch.core.workers.Place;
import org.irwatch.core.workers.Situation;
import org.irwatch.core.workers.Work;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerDates;

/**
 * Displaced workers' records as CSV, personal data and all (an explicit export): dates ISO, choices by their labels,
 * several in one cell separated by "; ", text formula-safe ({@link SafeCsv}).
 */
public final class WorkersCsv {

    public static final List<String> HEADER = List.of("id", "name", "phone", "whatsapp", "email", "language",
            "nationality", "date_of_birth", "sex", "postcode", "council", "travel_miles", "drives", "roles", "skills",
            "other_skills", "english", "hours_wanted", "former_sponsor", "reason", "visa_route", "visa_expiry",
            "letter_date", "deadline", "days_to_deadline", "dependants", "stage", "stage_since", "registered_on",
            "last_contact", "days_since_contact", "needs_action", "welfare_concerns", "referrals", "consent_hold",
            "consent_share", "consent_contact", "consent_given", "consent_method", "source", "source_detail",
            "new_employer", "start_date", "notes");

    private WorkersCsv() {
    }

    /** @param councilName a council's name for its GSS code */
    public static CsvWriter<Worker> writer(LocalDate today, Function<String, String> councilName) {
        return (workers, out) -> write(workers, out, today, councilName);
    }

    private static void write(List<Worker> workers, Appendable out, LocalDate today,
                              Function<String, String> councilName) throws IOException {
        CSVPrinter printer = SafeCsv.open(out, HEADER);
        for (Worker w : workers) {
            Person p = w.person();
            Place place = w.place() == null ? new Place("", "", null, false) : w.place();
            Work work = w.work() == null ? new Work(java.util.Set.of(), java.util.Set.of(), "", "", null) : w.work();
            Situation s = w.situation() == null
                    ? new Situation("", "", "", null, null, null, null, null, null) : w.situation();
            SafeCsv.row(printer, w.id(), p.name(), p.phone(), p.whatsApp(), p.email(), p.language(), p.nationality(),
                    p.dateOfBirth(), label(p.sex()), place.postcode(),
                    place.councilGss().isEmpty() ? "" : councilName.apply(place.councilGss()), place.travelMiles(),
                    place.drives(), labels(work.roles()), labels(work.skills()), work.otherSkills(), work.english(),
                    work.hoursWanted(), s.formerSponsor(), label(s.reason()), label(s.visaRoute()), s.visaExpiry(),
                    s.letterDate(), s.deadline(), WorkerDates.daysToDeadline(w, today), s.dependants(),
                    w.stage().label(), w.stageSince(), w.registeredOn(), w.lastContactOn(),
                    WorkerDates.daysSinceContact(w, today), labels(NeedsAction.reasons(w, today)),
                    labels(w.welfare().concerns().keySet()),
                    String.join("; ", w.welfare().referrals().stream()
                            .map(r -> r.body().label() + (r.on() == null ? "" : " " + r.on())).toList()),
                    w.consent() != null && w.consent().holdRecord(),
                    w.consent() != null && w.consent().shareWithEmployers(),
                    w.consent() != null && w.consent().contactAboutJobs(),
                    w.consent() == null ? null : w.consent().given(),
                    w.consent() == null ? "" : label(w.consent().method()),
                    w.source() == null ? "" : label(w.source().kind()), w.source() == null ? "" : w.source().detail(),
                    w.placement() == null ? "" : w.placement().employer(),
                    w.placement() == null ? null : w.placement().startDate(), w.notes());
        }
        printer.flush();
    }

    private static String label(Labelled choice) {
        return choice == null ? "" : choice.label();
    }

    private static String labels(Collection<? extends Labelled> choices) {
        return String.join("; ", choices.stream().map(Labelled::label).sorted().toList());
    }
}
