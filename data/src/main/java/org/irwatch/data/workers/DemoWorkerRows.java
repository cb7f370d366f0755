package org.irwatch.data.workers;

import static org.irwatch.data.jooq.Tables.DISPLACED_WORKER;
import static org.irwatch.data.jooq.Tables.JOB_FAIR;
import static org.irwatch.data.jooq.Tables.WORKER_AUDIT;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The demo's invented workers and fairs, removed without a key: they are rows marked demo, sealed or not. */
public final class DemoWorkerRows {

    private DemoWorkerRows() {
    }

    /** Deletes the demo's workers (their stage changes go with them), their audit entries and the demo's fairs. */
    public static void delete(DSLContext tx) {
        tx.deleteFrom(WORKER_AUDIT).where(WORKER_AUDIT.WORKER_ID.in(
                DSL.select(DISPLACED_WORKER.ID).from(DISPLACED_WORKER).where(DISPLACED_WORKER.DEMO.isTrue())))
                .execute();
        tx.deleteFrom(DISPLACED_WORKER).where(DISPLACED_WORKER.DEMO.isTrue()).execute();
        tx.deleteFrom(JOB_FAIR).where(JOB_FAIR.DEMO.isTrue()).execute();
    }
}
