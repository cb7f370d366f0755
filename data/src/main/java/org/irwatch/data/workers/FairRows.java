package org.irwatch.data.workers;

import static org.irwatch.data.jooq.Tables.JOB_FAIR;

import org.irwatch.core.workers.JobFair;
import org.jooq.DSLContext;

/** Writes job fairs: employers one a line. */
final class FairRows {

    private FairRows() {
    }

    static JobFair save(DSLContext dsl, JobFair fair, boolean demo) {
        String employers = String.join("\n", fair.employersPresent());
        String council = fair.councilGss().isEmpty() ? null : fair.councilGss();
        if (fair.id() != null) {
            dsl.update(JOB_FAIR).set(JOB_FAIR.HELD_ON, fair.heldOn()).set(JOB_FAIR.VENUE, fair.venue())
                    .set(JOB_FAIR.COUNCIL_GSS, council).set(JOB_FAIR.EMPLOYERS, employers)
                    .where(JOB_FAIR.ID.eq(fair.id())).execute();
            return fair;
        }
        long id = dsl.insertInto(JOB_FAIR).set(JOB_FAIR.HELD_ON, fair.heldOn()).set(JOB_FAIR.VENUE, fair.venue())
                .set(JOB_FAIR.COUNCIL_GSS, council).set(JOB_FAIR.EMPLOYERS, employers).set(JOB_FAIR.DEMO, demo)
                .returning(JOB_FAIR.ID).fetchOne().getId();
        return fair.withId(id);
    }
}
