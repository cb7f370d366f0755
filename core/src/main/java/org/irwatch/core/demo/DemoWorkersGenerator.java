package org.irwatch.core.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.irwatch.core.cqc.CareProvider;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.workers.Consent;
import org.irwatch.core.workers.ConsentMethod;
import org.irwatch.core.workers.DemoWorkers;
import org.irwatch.core.workers.JobFair;
import org.irwatch.core.workers.Person;
import org.irwatch.core.workers.Place;
import org.irwatch.core.workers.Placement;
import org.irwatch.core.workers.Reason;
import org.irwatch.core.workers.Referral;
import org.irwatch.core.workers.ReferralBody;
import org.irwatch.core.workers.ReferralSource;
import org.irwatch.core.workers.Role;
import org.irwatch.core.workers.Sex;
import org.irwatch.core.workers.Situation;
import org.irwatch.core.workers.Skill;
import org.irwatch.core.workers.SourceKind;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.StageChange;
import org.irwatch.core.workers.VisaRoute;
import org.irwatch.core.workers.Welfare;
import org.irwatch.core.workers.WelfareConcern;
import org.irwatch.core.workers.Work;
import org.irwatch.core.workers.Worker;

/**
 * The demo's displaced workers: about sixty invented people whose sponsors are the demo's suspended and revoked
 * providers, at every stage of the pipeline, with phone numbers from Ofcom's range for drama (07700 900000-900999).
 * Dates are counted back from today so deadlines and the needs-action view are live whenever the demo is loaded.
 */
public final class DemoWorkersGenerator {

    public static final int WORKERS = 60;
    private static final long SEED = 20261206L;
    private static final String[] GIVEN_FEMALE = {"Amara", "Grace", "Priya", "Joy", "Maricel", "Tendai", "Blessing",
        "Anjali", "Chipo", "Esther", "Rosalie", "Nneka", "Deepa", "Ama", "Lorna"};
    private static final String[] GIVEN_MALE = {"Emeka", "Joseph", "Rohan", "Tinashe", "Kwame", "Samuel", "Arjun",
        "Jomar", "Farai", "Daniel", "Kofi", "Vikram"};
    private static final String[] FAMILY = {"Okonkwo", "Mensah", "Varghese", "Moyo", "Dela Cruz", "Adeyemi", "Nair",
        "Chikwanha", "Boateng", "Santos", "Ncube", "Pillai"};
    /** Nationality, with the language most spoken by it, weighted as the seeds' hubs describe. */
    private static final String[][] NATIONALITIES = {{"Indian", "Malayalam"}, {"Indian", "Hindi"},
        {"Nigerian", "English"}, {"Nigerian", "Yoruba"}, {"Zimbabwean", "Shona"}, {"Ghanaian", "Twi"},
        {"Filipino", "Tagalog"}, {"Kenyan", "Swahili"}};
    /** The pipeline as far as each demo record has come; closed ones last. */
    private static final Stage[] PATH = {Stage.REGISTERED, Stage.CONTACTED, Stage.SUPPORTED,
        Stage.INTERVIEW_ARRANGED, Stage.OFFER_MADE, Stage.COS_ASSIGNED, Stage.PLACED};
    private static final Stage[] CLOSED = {Stage.WITHDRAWN, Stage.LOST_CONTACT, Stage.LEFT_UK};

    private final DemoDataSet data;

    public DemoWorkersGenerator(DemoDataSet data) {
        this.data = data;
    }

    public DemoWorkers generate(LocalDate today) {
        Random random = new Random(SEED);
        List<EnforcementEvent> atRisk = data.events().stream().filter(EnforcementEvent::putsWorkersAtRisk)
                .filter(e -> !e.councilGssCodes().isEmpty()).toList();
        List<CareProvider> employers = data.providers().stream()
                .filter(p -> atRisk.stream().noneMatch(e -> p.providerId().equals(e.cqcProviderId())))
                .limit(6).toList();
        List<JobFair> fairs = List.of(
                new JobFair(null, today.minusDays(45), "Central Hall, Coventry (demo)", "E08000026",
                        employers.subList(0, 3).stream().map(CareProvider::name).toList()),
                new JobFair(null, today.minusDays(12), "Civic Centre, Wolverhampton (demo)", "E08000031",
                        employers.subList(3, 6).stream().map(CareProvider::name).toList()));
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            workers.add(worker(i, atRisk.get(i % atRisk.size()), fairs, today, random));
        }
        return new DemoWorkers(fairs, workers);
    }

    private Worker worker(int i, EnforcementEvent event, List<JobFair> fairs, LocalDate today, Random random) {
        boolean female = random.nextInt(100) < 68;
        String given = female ? GIVEN_FEMALE[random.nextInt(GIVEN_FEMALE.length)]
                : GIVEN_MALE[random.nextInt(GIVEN_MALE.length)];
        String[] nationality = NATIONALITIES[random.nextInt(NATIONALITIES.length)];
        String phone = String.format("07700 900%03d", 100 + i);
        String council = event.councilGssCodes().stream().sorted().findFirst().orElseThrow();
        String district = DemoDataGenerator.placeOf(council).map(place -> place.district(1 + random.nextInt(20)))
                .orElse("");
        Set<Role> roles = random.nextInt(100) < 15 ? Set.of(Role.SENIOR_CARE_WORKER, Role.CARE_WORKER)
                : random.nextInt(100) < 8 ? Set.of(Role.NURSE) : Set.of(Role.CARE_WORKER);
        Reason reason = event.action() == EnforcementAction.REVOKED ? Reason.LICENCE_REVOKED
                : random.nextInt(100) < 70 ? Reason.LICENCE_SUSPENDED : Reason.NOT_ENOUGH_WORK;
        LocalDate registered = today.minusDays(3 + random.nextInt(110));
        LocalDate letter = reason == Reason.LICENCE_REVOKED ? today.minusDays(random.nextInt(55)) : null;
        // The Home Office gives 60 days from its letter to find a new sponsor: from 5 to 60 days left today.
        LocalDate deadline = letter == null ? null : letter.plusDays(60);
        Welfare welfare = random.nextInt(100) < 25 ? new Welfare(Map.of(WelfareConcern.UNPAID_WAGES,
                "Demo note: wages owed for the last month"), List.of(new Referral(ReferralBody.CITIZENS_ADVICE,
                registered.plusDays(2), ""))) : Welfare.NONE;
        int fair = random.nextInt(100) < 55 ? random.nextInt(fairs.size()) : -1;
        ReferralSource source = fair >= 0 ? new ReferralSource(SourceKind.JOB_FAIR, (long) fair, "")
                : new ReferralSource(random.nextBoolean() ? SourceKind.CITIZENS_ADVICE : SourceKind.FAITH_GROUP, null,
                "Demo referrer");
        Worker worker = new Worker(null,
                new Person(given + " " + FAMILY[random.nextInt(FAMILY.length)], phone, random.nextInt(100) < 80,
                        "", nationality[1], nationality[0],
                        LocalDate.of(1975 + random.nextInt(28), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        female ? Sex.FEMALE : Sex.MALE),
                new Place(district, council, 5 + 5 * random.nextInt(5), random.nextInt(100) < 30),
                new Work(roles, random.nextBoolean() ? Set.of(Skill.CARE_CERTIFICATE, Skill.MOVING_AND_HANDLING)
                        : Set.of(Skill.CARE_CERTIFICATE, Skill.MEDICATION, Skill.DEMENTIA), "",
                        random.nextBoolean() ? "IELTS 6" : "Good (self-assessed)", 37 + random.nextInt(12)),
                new Situation(event.sponsorName(), event.sponsorKey(),
                        event.cqcProviderId() == null ? "" : event.cqcProviderId(), reason,
                        random.nextInt(100) < 85 ? VisaRoute.HEALTH_AND_CARE_WORKER : VisaRoute.DEPENDANT,
                        today.plusDays(100 + random.nextInt(700)), letter, deadline, random.nextInt(3)),
                welfare, new Consent(true, random.nextInt(100) < 90, true, registered,
                fair >= 0 ? ConsentMethod.SPOKEN_AT_FAIR : ConsentMethod.SIGNED_FORM, "demo"),
                source, Stage.REGISTERED, registered, null, null, "", List.of());
        return progressed(worker, i, registered, today, random);
    }

    /** The record moved along the pipeline, a move every few days, some closed early. */
    private Worker progressed(Worker worker, int i, LocalDate registered, LocalDate today, Random random) {
        List<StageChange> history = new ArrayList<>();
        history.add(change(null, Stage.REGISTERED, registered));
        int steps = i % 7;
        LocalDate on = registered;
        Stage stage = Stage.REGISTERED;
        for (int s = 1; s <= steps; s++) {
            LocalDate next = on.plusDays(1 + random.nextInt(6));
            if (next.isAfter(today)) {
                break;
            }
            history.add(change(stage, PATH[s], next));
            stage = PATH[s];
            on = next;
        }
        if (i % 10 == 9 && !stage.isClosed()) {
            LocalDate closedOn = on.plusDays(1 + random.nextInt(10));
            if (!closedOn.isAfter(today)) {
                Stage closed = CLOSED[(i / 10) % CLOSED.length];
                history.add(change(stage, closed, closedOn));
                stage = closed;
                on = closedOn;
            }
        }
        Placement placement = stage == Stage.PLACED
                ? new Placement("New employer (demo)", "", on.plusDays(7)) : null;
        return new Worker(null, worker.person(), worker.place(), worker.work(), worker.situation(), worker.welfare(),
                worker.consent(), worker.source(), stage, registered, i % 4 == 0 ? null : on, placement, "",
                history);
    }

    private static StageChange change(Stage from, Stage to, LocalDate on) {
        return new StageChange(from, to, on, on.atTime(10, 0).toInstant(ZoneOffset.UTC), "demo");
    }
}
