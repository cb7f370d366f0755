package org.irwatch.core.workers;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Records for tests: a plain worker, changed one part at a time. */
final class TestWorkers {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private TestWorkers() {
    }

    static Worker worker(String name, String phone) {
        return new Worker(null, new Person(name, phone, true, "", "English", "Indian", null, Sex.FEMALE),
                new Place("CV1 2AB", "E08000026", 10, false),
                new Work(Set.of(Role.CARE_WORKER), Set.of(Skill.CARE_CERTIFICATE), "", "IELTS 6", 37),
                new Situation("Acme Care Ltd", "", "", Reason.LICENCE_REVOKED, VisaRoute.HEALTH_AND_CARE_WORKER,
                        TODAY.plusYears(1), TODAY.minusDays(10), TODAY.plusDays(50), 0),
                Welfare.NONE, new Consent(true, true, true, TODAY.minusDays(10), ConsentMethod.SPOKEN_AT_FAIR, "hub"),
                new ReferralSource(SourceKind.JOB_FAIR, null, ""), Stage.REGISTERED, TODAY.minusDays(10), null, null,
                "", List.of());
    }

    static Worker withDeadline(Worker w, LocalDate deadline) {
        Situation s = w.situation();
        return new Worker(w.id(), w.person(), w.place(), w.work(), new Situation(s.formerSponsor(),
                s.formerSponsorKey(), s.formerProviderId(), s.reason(), s.visaRoute(), s.visaExpiry(), s.letterDate(),
                deadline, s.dependants()), w.welfare(), w.consent(), w.source(), w.stage(), w.registeredOn(),
                w.lastContact(), w.placement(), w.notes(), w.history());
    }

    static Worker withContact(Worker w, LocalDate lastContact) {
        return new Worker(w.id(), w.person(), w.place(), w.work(), w.situation(), w.welfare(), w.consent(),
                w.source(), w.stage(), w.registeredOn(), lastContact, w.placement(), w.notes(), w.history());
    }

    static Worker atStage(Worker w, Stage stage, LocalDate on) {
        return w.movedTo(new StageChange(w.stage(), stage, on, on.atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                "hub"));
    }

    static Worker withPerson(Worker w, Person p) {
        return new Worker(w.id(), p, w.place(), w.work(), w.situation(), w.welfare(), w.consent(), w.source(),
                w.stage(), w.registeredOn(), w.lastContact(), w.placement(), w.notes(), w.history());
    }

    static Worker withCouncil(Worker w, String gss) {
        return new Worker(w.id(), w.person(), new Place(w.place().postcode(), gss, w.place().travelMiles(),
                w.place().drives()), w.work(), w.situation(), w.welfare(), w.consent(), w.source(), w.stage(),
                w.registeredOn(), w.lastContact(), w.placement(), w.notes(), w.history());
    }
}
