package org.irwatch.data.workers;

import static org.irwatch.data.jooq.Tables.DISPLACED_WORKER;
import static org.irwatch.data.jooq.Tables.JOB_FAIR;
import static org.irwatch.data.jooq.Tables.WORKER_KEYRING;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;
import org.irwatch.core.workers.JobFair;
import org.irwatch.core.workers.Reason;
import org.irwatch.core.workers.Role;
import org.irwatch.core.workers.Sex;
import org.irwatch.core.workers.SourceKind;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.WorkerFacets;
import org.irwatch.core.workers.WorkerStore;
import org.irwatch.core.workers.WorkerVault;
import org.irwatch.data.jooq.tables.records.WorkerKeyringRecord;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The displaced workers register in the data folder's database, its personal fields sealed with AES-GCM by the
 * application before they are written (ADR 0028). The key ring and the anonymous facets are read without a key.
 */
public final class EncryptedWorkerVault implements WorkerVault {

    private static final int KEYRING_ID = 1;

    private final DSLContext dsl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final KeyRing keyRing = new KeyRing(random);

    public EncryptedWorkerVault(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public boolean isSetUp() {
        return dsl.fetchExists(WORKER_KEYRING);
    }

    @Override
    public Opened setUp(char[] passphrase) {
        if (isSetUp()) {
            throw new IllegalStateException("The register already has a passphrase");
        }
        KeyRing.Created created = keyRing.create(passphrase);
        KeyRing.Stored stored = created.stored();
        dsl.insertInto(WORKER_KEYRING)
                .set(WORKER_KEYRING.ID, KEYRING_ID)
                .set(WORKER_KEYRING.KDF, KeyRing.KDF)
                .set(WORKER_KEYRING.ITERATIONS, stored.iterations())
                .set(WORKER_KEYRING.PASSPHRASE_SALT, stored.passphraseSalt())
                .set(WORKER_KEYRING.PASSPHRASE_WRAPPED, stored.passphraseWrapped())
                .set(WORKER_KEYRING.RECOVERY_SALT, stored.recoverySalt())
                .set(WORKER_KEYRING.RECOVERY_WRAPPED, stored.recoveryWrapped())
                .set(WORKER_KEYRING.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .execute();
        return new Opened(store(created.dataKey()), created.recoveryKey());
    }

    @Override
    public WorkerStore unlock(char[] passphrase) {
        return store(keyRing.openWithPassphrase(stored(), passphrase));
    }

    @Override
    public WorkerStore unlockWithRecoveryKey(String recoveryKey) {
        return store(keyRing.openWithRecoveryKey(stored(), recoveryKey));
    }

    private WorkerStore store(SecretKey dataKey) {
        return new EncryptedWorkerStore(dsl, new Sealer(dataKey, random), clock,
                passphrase -> rewrap(dataKey, passphrase));
    }

    private void rewrap(SecretKey dataKey, char[] passphrase) {
        KeyRing.Stored stored = keyRing.rewrapped(stored(), dataKey, passphrase);
        dsl.update(WORKER_KEYRING)
                .set(WORKER_KEYRING.ITERATIONS, stored.iterations())
                .set(WORKER_KEYRING.PASSPHRASE_SALT, stored.passphraseSalt())
                .set(WORKER_KEYRING.PASSPHRASE_WRAPPED, stored.passphraseWrapped())
                .where(WORKER_KEYRING.ID.eq(KEYRING_ID))
                .execute();
    }

    private KeyRing.Stored stored() {
        WorkerKeyringRecord row = dsl.fetchOptional(WORKER_KEYRING, WORKER_KEYRING.ID.eq(KEYRING_ID))
                .orElseThrow(() -> new IllegalStateException("The register has no passphrase yet"));
        return new KeyRing.Stored(row.getIterations(), row.getPassphraseSalt(), row.getPassphraseWrapped(),
                row.getRecoverySalt(), row.getRecoveryWrapped());
    }

    @Override
    public List<WorkerFacets> facets() {
        return dsl.select(DISPLACED_WORKER.ID, DISPLACED_WORKER.COUNCIL_GSS, DISPLACED_WORKER.STAGE,
                        DISPLACED_WORKER.REASON, DISPLACED_WORKER.ROLES, DISPLACED_WORKER.NATIONALITY,
                        DISPLACED_WORKER.SEX, DISPLACED_WORKER.SOURCE, DISPLACED_WORKER.FAIR_ID,
                        DISPLACED_WORKER.REGISTERED_ON, DISPLACED_WORKER.STAGE_SINCE,
                        DISPLACED_WORKER.PERSONAL_REMOVED_AT)
                .from(DISPLACED_WORKER).orderBy(DISPLACED_WORKER.ID)
                .fetch(EncryptedWorkerVault::facets);
    }

    private static WorkerFacets facets(Record r) {
        return new WorkerFacets(r.get(DISPLACED_WORKER.ID), r.get(DISPLACED_WORKER.COUNCIL_GSS),
                Stage.valueOf(r.get(DISPLACED_WORKER.STAGE)), choice(r.get(DISPLACED_WORKER.REASON), Reason.class),
                roles(r.get(DISPLACED_WORKER.ROLES)), r.get(DISPLACED_WORKER.NATIONALITY),
                choice(r.get(DISPLACED_WORKER.SEX), Sex.class), choice(r.get(DISPLACED_WORKER.SOURCE), SourceKind.class),
                r.get(DISPLACED_WORKER.FAIR_ID), r.get(DISPLACED_WORKER.REGISTERED_ON),
                r.get(DISPLACED_WORKER.STAGE_SINCE), r.get(DISPLACED_WORKER.PERSONAL_REMOVED_AT) != null);
    }

    static <E extends Enum<E>> E choice(String name, Class<E> type) {
        return name == null || name.isEmpty() ? null : Enum.valueOf(type, name);
    }

    static String roles(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<Role> roles(String text) {
        return text == null || text.isEmpty() ? Set.of()
                : Arrays.stream(text.split(",")).map(Role::valueOf).collect(Collectors.toSet());
    }

    @Override
    public List<JobFair> fairs() {
        return dsl.selectFrom(JOB_FAIR).orderBy(JOB_FAIR.HELD_ON.desc(), JOB_FAIR.ID.desc())
                .fetch(r -> new JobFair(r.getId(), r.getHeldOn(), r.getVenue(), r.getCouncilGss(),
                        r.getEmployers().isEmpty() ? List.of() : List.of(r.getEmployers().split("\n"))));
    }

    @Override
    public JobFair saveFair(JobFair fair) {
        return FairRows.save(dsl, fair, false);
    }
}
