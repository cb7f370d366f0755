package org.irwatch.data.workers;

import static org.irwatch.data.jooq.Tables.DISPLACED_WORKER;
import static org.irwatch.data.jooq.Tables.WORKER_AUDIT;
import static org.irwatch.data.jooq.Tables.WORKER_STAGE_CHANGE;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.workers.DemoWorkers;
import org.irwatch.core.workers.JobFair;
import org.irwatch.core.workers.ReferralSource;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.StageChange;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerAudit;
import org.irwatch.core.workers.WorkerFacets;
import org.irwatch.core.workers.WorkerStore;
import org.jooq.DSLContext;
import org.jooq.Field;

/** The register opened with its data key: records sealed on the way in, opened on the way out. */
final class EncryptedWorkerStore implements WorkerStore {

    private static final byte[] RECORD = "irwatch worker v1".getBytes(StandardCharsets.US_ASCII);

    private final DSLContext dsl;
    private final Sealer sealer;
    private final Clock clock;
    private final Consumer<char[]> rewrap;

    EncryptedWorkerStore(DSLContext dsl, Sealer sealer, Clock clock, Consumer<char[]> rewrap) {
        this.dsl = dsl;
        this.sealer = sealer;
        this.clock = clock;
        this.rewrap = rewrap;
    }

    @Override
    public List<Worker> loadAll() {
        Map<Long, List<StageChange>> histories = new HashMap<>();
        dsl.selectFrom(WORKER_STAGE_CHANGE).orderBy(WORKER_STAGE_CHANGE.CHANGED_ON, WORKER_STAGE_CHANGE.ID)
                .forEach(r -> histories.computeIfAbsent(r.getWorkerId(), id -> new ArrayList<>()).add(
                        new StageChange(EncryptedWorkerVault.choice(r.getFromStage(), Stage.class),
                                Stage.valueOf(r.getToStage()), r.getChangedOn(), r.getRecordedAt().toInstant(),
                                r.getRecordedBy())));
        List<Worker> workers = new ArrayList<>();
        dsl.select(DISPLACED_WORKER.ID, DISPLACED_WORKER.STAGE, DISPLACED_WORKER.REGISTERED_ON,
                        DISPLACED_WORKER.PERSONAL)
                .from(DISPLACED_WORKER).where(DISPLACED_WORKER.PERSONAL.isNotNull()).orderBy(DISPLACED_WORKER.ID)
                .forEach(r -> {
                    long id = r.value1();
                    workers.add(PersonalCodec.decode(open(id, r.value4()), id, Stage.valueOf(r.value2()), r.value3(),
                            histories.getOrDefault(id, List.of())));
                });
        return workers;
    }

    private byte[] open(long id, byte[] sealed) {
        try {
            return sealer.open(sealed, RECORD);
        } catch (GeneralSecurityException e) {
            // Not the message of the cause: it could only say "tag mismatch".
            throw new UserFacingException("Record #" + id + " of the displaced workers register cannot be read: it "
                    + "was altered or written under another key. Restore the data folder from a backup.");
        }
    }

    @Override
    public List<Long> insert(List<Worker> workers, WorkerAudit audit) {
        return dsl.transactionResult(tx -> insert(tx.dsl(), workers, audit, false));
    }

    private List<Long> insert(DSLContext tx, List<Worker> workers, WorkerAudit audit, boolean demo) {
        List<Long> ids = new ArrayList<>(workers.size());
        for (Worker worker : workers) {
            long id = tx.insertInto(DISPLACED_WORKER).set(columns(worker))
                    .set(DISPLACED_WORKER.DEMO, demo)
                    .returning(DISPLACED_WORKER.ID).fetchOne().getId();
            insertChanges(tx, id, worker.history());
            insertAudit(tx, audit.forWorker(id));
            ids.add(id);
        }
        return ids;
    }

    @Override
    public void replaceDemo(DemoWorkers demo, WorkerAudit audit) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            DemoWorkerRows.delete(t);
            List<Long> fairIds = demo.fairs().stream().map(fair -> FairRows.save(t, fair, true).id()).toList();
            List<Worker> workers = demo.workers().stream().map(w -> atFair(w, fairIds)).toList();
            insert(t, workers, audit, true);
        });
    }

    /** The demo worker with its fair's stored ID in place of the fair's position. */
    private static Worker atFair(Worker worker, List<Long> fairIds) {
        ReferralSource source = worker.source();
        if (source == null || source.fairId() == null) {
            return worker;
        }
        return new Worker(worker.id(), worker.person(), worker.place(), worker.work(), worker.situation(),
                worker.welfare(), worker.consent(), new ReferralSource(source.kind(),
                fairIds.get(source.fairId().intValue()), source.detail()), worker.stage(), worker.registeredOn(),
                worker.lastContact(), worker.placement(), worker.notes(), worker.history());
    }

    @Override
    public void update(Worker worker, List<StageChange> added, WorkerAudit audit) {
        dsl.transaction(tx -> {
            write(tx.dsl(), worker);
            insertChanges(tx.dsl(), worker.id(), added);
            insertAudit(tx.dsl(), audit);
        });
    }

    private void write(DSLContext tx, Worker worker) {
        tx.update(DISPLACED_WORKER).set(columns(worker))
                .where(DISPLACED_WORKER.ID.eq(worker.id()))
                .execute();
    }

    /** The record's row: its facets in the clear, everything else sealed. */
    private Map<Field<?>, Object> columns(Worker worker) {
        WorkerFacets f = worker.facets();
        Map<Field<?>, Object> row = new HashMap<>();
        row.put(DISPLACED_WORKER.COUNCIL_GSS, blankToNull(f.councilGss()));
        row.put(DISPLACED_WORKER.STAGE, f.stage().name());
        row.put(DISPLACED_WORKER.REASON, f.reason() == null ? null : f.reason().name());
        row.put(DISPLACED_WORKER.ROLES, EncryptedWorkerVault.roles(f.roles()));
        row.put(DISPLACED_WORKER.NATIONALITY, blankToNull(f.nationality()));
        row.put(DISPLACED_WORKER.SEX, f.sex() == null ? null : f.sex().name());
        row.put(DISPLACED_WORKER.SOURCE, f.source() == null ? null : f.source().name());
        row.put(DISPLACED_WORKER.FAIR_ID, f.fairId());
        row.put(DISPLACED_WORKER.REGISTERED_ON, f.registeredOn());
        row.put(DISPLACED_WORKER.STAGE_SINCE, f.stageSince());
        row.put(DISPLACED_WORKER.PERSONAL, sealer.seal(PersonalCodec.encode(worker), RECORD));
        return row;
    }

    @Override
    public void removePersonal(List<Long> ids, WorkerAudit audit) {
        dsl.transaction(tx -> {
            tx.dsl().update(DISPLACED_WORKER)
                    .set(DISPLACED_WORKER.PERSONAL, (byte[]) null)
                    .set(DISPLACED_WORKER.PERSONAL_REMOVED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                    .where(DISPLACED_WORKER.ID.in(ids))
                    .execute();
            insertAudit(tx.dsl(), audit);
        });
    }

    @Override
    public void merge(Worker kept, long removedId, WorkerAudit audit) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            write(t, kept);
            t.update(WORKER_STAGE_CHANGE).set(WORKER_STAGE_CHANGE.WORKER_ID, kept.id())
                    .where(WORKER_STAGE_CHANGE.WORKER_ID.eq(removedId)).execute();
            t.update(WORKER_AUDIT).set(WORKER_AUDIT.WORKER_ID, kept.id())
                    .where(WORKER_AUDIT.WORKER_ID.eq(removedId)).execute();
            t.deleteFrom(DISPLACED_WORKER).where(DISPLACED_WORKER.ID.eq(removedId)).execute();
            insertAudit(t, audit);
        });
    }

    @Override
    public void record(WorkerAudit audit) {
        insertAudit(dsl, audit);
    }

    @Override
    public List<WorkerAudit> audit(long workerId) {
        return dsl.selectFrom(WORKER_AUDIT).where(WORKER_AUDIT.WORKER_ID.eq(workerId)).orderBy(WORKER_AUDIT.ID)
                .fetch(EncryptedWorkerStore::audit);
    }

    @Override
    public List<WorkerAudit> auditAll() {
        return dsl.selectFrom(WORKER_AUDIT).orderBy(WORKER_AUDIT.ID).fetch(EncryptedWorkerStore::audit);
    }

    private static WorkerAudit audit(org.irwatch.data.jooq.tables.records.WorkerAuditRecord r) {
        return new WorkerAudit(r.getWorkerId(), r.getChangedAt().toInstant(), r.getChangedBy(),
                WorkerAudit.Kind.valueOf(r.getChangeKind()), r.getDetail());
    }

    @Override
    public void changePassphrase(char[] passphrase) {
        rewrap.accept(passphrase);
    }

    private static void insertChanges(DSLContext tx, long workerId, List<StageChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        var insert = tx.insertInto(WORKER_STAGE_CHANGE, WORKER_STAGE_CHANGE.WORKER_ID, WORKER_STAGE_CHANGE.FROM_STAGE,
                WORKER_STAGE_CHANGE.TO_STAGE, WORKER_STAGE_CHANGE.CHANGED_ON, WORKER_STAGE_CHANGE.RECORDED_AT,
                WORKER_STAGE_CHANGE.RECORDED_BY);
        for (StageChange c : changes) {
            insert = insert.values(workerId, c.from() == null ? null : c.from().name(), c.to().name(), c.on(),
                    c.recordedAt().atOffset(ZoneOffset.UTC), c.by());
        }
        insert.execute();
    }

    private static void insertAudit(DSLContext tx, WorkerAudit audit) {
        tx.insertInto(WORKER_AUDIT)
                .set(WORKER_AUDIT.WORKER_ID, audit.workerId())
                .set(WORKER_AUDIT.CHANGED_AT, audit.at().atOffset(ZoneOffset.UTC))
                .set(WORKER_AUDIT.CHANGED_BY, audit.by())
                .set(WORKER_AUDIT.CHANGE_KIND, audit.kind().name())
                .set(WORKER_AUDIT.DETAIL, audit.detail())
                .execute();
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
