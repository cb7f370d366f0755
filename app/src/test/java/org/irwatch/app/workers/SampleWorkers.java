package org.irwatch.app.workers;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.irwatch.core.workers.Consent;
import org.irwatch.core.workers.ConsentMethod;
import org.irwatch.core.workers.Person;
import org.irwatch.core.workers.Place;
import org.irwatch.core.workers.Reason;
import org.irwatch.core.workers.ReferralSource;
import org.irwatch.core.workers.Role;
import org.irwatch.core.workers.Situation;
import org.irwatch.core.workers.SourceKind;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.Welfare;
import org.irwatch.core.workers.Work;
import org.irwatch.core.workers.Worker;

/** Invented workers for the screen's tests, with only what a test varies. */
final class SampleWorkers {

    /** Coventry and Birmingham, both in the West Midlands. */
    static final String COVENTRY = "E08000026";
    static final String BIRMINGHAM = "E08000025";
    /** Cornwall, outside the West Midlands. */
    static final String CORNWALL = "E06000052";

    private SampleWorkers() {
    }

    /**
     * @param registered the day registered, also the last contact
     * @param deadline   the Home Office deadline; null for none
     */
    static Worker worker(String name, String phone, String councilGss, Stage stage, Role role, Reason reason,
                         LocalDate registered, LocalDate deadline) {
        return new Worker(null, new Person(name, phone, true, "", "English", "Nigerian", null, null),
                new Place("", councilGss, null, false),
                new Work(Set.of(role), Set.of(), "", "", null),
                new Situation("", "", "", reason, null, null, null, deadline, null), Welfare.NONE,
                new Consent(true, true, true, registered, ConsentMethod.SPOKEN_AT_FAIR, "test"),
                new ReferralSource(SourceKind.SELF_REFERRAL, null, ""), stage, registered, null, null, "",
                List.of());
    }
}
