package org.irwatch.core.workers;

import java.util.List;

/**
 * The encrypted store of displaced workers, closed until a passphrase or the recovery key opens it. What needs no key
 * (the anonymous facets for the counts, the job fairs) is read without it. Implemented in data.
 */
public interface WorkerVault {

    /** True once a passphrase has been set for this data folder. */
    boolean isSetUp();

    /**
     * Sets the first passphrase: creates the data key, wraps it under the passphrase and under a new recovery key.
     *
     * @throws IllegalStateException when already set up
     */
    Opened setUp(char[] passphrase);

    /** @throws WrongPassphraseException when the passphrase does not open it */
    WorkerStore unlock(char[] passphrase);

    /** @throws WrongPassphraseException when the key does not open it */
    WorkerStore unlockWithRecoveryKey(String recoveryKey);

    /** Every record's anonymous facets, also of records whose personal data was removed. */
    List<WorkerFacets> facets();

    List<JobFair> fairs();

    /** Stores a new fair or changes one; returns it with its ID. */
    JobFair saveFair(JobFair fair);

    /** The store opened at set-up, with the recovery key to show once. */
    record Opened(WorkerStore store, RecoveryKey recoveryKey) {
    }
}
