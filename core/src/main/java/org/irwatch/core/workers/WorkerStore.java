package org.irwatch.core.workers;

import java.util.List;

/** The register opened with its key: reads and writes whole records. Each method is one transaction. */
public interface WorkerStore {

    /** Every record that still holds personal data, with its history. */
    List<Worker> loadAll();

    /** Stores new records with their histories, each with a copy of the audit entry; returns their IDs in order. */
    List<Long> insert(List<Worker> workers, WorkerAudit audit);

    /**
     * Removes the demo's workers and fairs stored before and stores these, marked as demo so removing the demo removes
     * them; each worker with a copy of the audit entry.
     */
    void replaceDemo(DemoWorkers demo, WorkerAudit audit);

    /** Replaces a record's fields, adds the stage changes given to its history, and audits it. */
    void update(Worker worker, List<StageChange> added, WorkerAudit audit);

    /** Removes the personal fields of the records at once, keeping their facets and pipeline dates for the counts. */
    void removePersonal(List<Long> ids, WorkerAudit audit);

    /** Writes the kept record, moves the other's history and audit trail onto it, and removes the other. */
    void merge(Worker kept, long removedId, WorkerAudit audit);

    /** Records an action on the register as a whole (an export). */
    void record(WorkerAudit audit);

    /** The audit trail of a record, oldest first. */
    List<WorkerAudit> audit(long workerId);

    /** Every audit entry, oldest first. */
    List<WorkerAudit> auditAll();

    /** Wraps the data key under a new passphrase; the old one no longer opens the register. */
    void changePassphrase(char[] passphrase);
}
