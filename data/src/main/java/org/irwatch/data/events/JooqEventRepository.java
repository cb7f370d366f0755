package org.irwatch.data.events;

import static org.irwatch.data.jooq.Tables.CQC_LOCATION;
import static org.irwatch.data.jooq.Tables.CQC_PROVIDER;
import static org.irwatch.data.jooq.Tables.ENFORCEMENT_EVENT;
import static org.irwatch.data.jooq.Tables.ENFORCEMENT_EVENT_AUDIT;
import static org.irwatch.data.jooq.Tables.ENFORCEMENT_EVENT_CHANGE;
import static org.irwatch.data.jooq.Tables.ENFORCEMENT_EVENT_COUNCIL;
import static org.irwatch.data.jooq.Tables.SNAPSHOT;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.events.AuditEntry;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.events.EventDiff;
import org.irwatch.core.events.EventRepository;
import org.irwatch.data.jooq.tables.records.EnforcementEventRecord;
import org.jooq.Condition;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.data.snapshot.SnapshotRows;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Enforcement events, newest action first, with their councils and audit trail. Deleted events are kept, marked. */
public final class JooqEventRepository implements EventRepository {

    private final DSLContext dsl;

    public JooqEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<EnforcementEvent> listAll() {
        return read(ENFORCEMENT_EVENT.DELETED.isFalse());
    }

    /**
     * One query: the newest CQC snapshot's provider rows for the providers of current events that have an adult
     * social care location in that snapshot. The subqueries are not correlated, so each is read once.
     */
    @Override
    public Map<String, String> providerNames() {
        Field<Long> newestCqc = DSL.field(DSL.select(SNAPSHOT.ID).from(SNAPSHOT)
                .where(SNAPSHOT.KIND.ne(SnapshotKind.REGISTER.name()))
                .orderBy(SNAPSHOT.DATA_DATE.desc(), SNAPSHOT.ID.desc()).limit(1));
        Field<Long> first = newestCqc.mul(SnapshotRows.PER_SNAPSHOT);
        Field<Long> last = first.plus(SnapshotRows.PER_SNAPSHOT - 1);
        Map<String, String> names = new HashMap<>();
        dsl.select(CQC_PROVIDER.PROVIDER_ID, CQC_PROVIDER.NAME).from(CQC_PROVIDER)
                .where(CQC_PROVIDER.ID.between(first, last))
                .and(CQC_PROVIDER.PROVIDER_ID.in(DSL.select(ENFORCEMENT_EVENT.CQC_PROVIDER_ID).from(ENFORCEMENT_EVENT)
                        .where(ENFORCEMENT_EVENT.DELETED.isFalse())))
                .and(CQC_PROVIDER.PROVIDER_ID.in(DSL.select(CQC_LOCATION.PROVIDER_ID).from(CQC_LOCATION)
                        .where(CQC_LOCATION.ID.between(first, last)).and(CQC_LOCATION.ADULT_SOCIAL_CARE.isTrue())))
                .forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    @Override
    public Optional<EnforcementEvent> find(long id) {
        return read(ENFORCEMENT_EVENT.ID.eq(id)).stream().findFirst();
    }

    private List<EnforcementEvent> read(Condition which) {
        Map<Long, Set<String>> councils = new HashMap<>();
        dsl.select(ENFORCEMENT_EVENT_COUNCIL.EVENT_ID, ENFORCEMENT_EVENT_COUNCIL.COUNCIL_GSS)
                .from(ENFORCEMENT_EVENT_COUNCIL).join(ENFORCEMENT_EVENT)
                .on(ENFORCEMENT_EVENT.ID.eq(ENFORCEMENT_EVENT_COUNCIL.EVENT_ID))
                .where(which)
                .forEach(r -> councils.computeIfAbsent(r.value1(), id -> new HashSet<>()).add(r.value2()));
        return dsl.selectFrom(ENFORCEMENT_EVENT)
                .where(which)
                .orderBy(ENFORCEMENT_EVENT.ACTION_DATE.desc(), ENFORCEMENT_EVENT.ID.desc())
                .fetch(r -> toEvent(r, councils.getOrDefault(r.getId(), Set.of())));
    }

    @Override
    public List<Long> create(List<EnforcementEvent> events, List<AuditEntry> audits) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<Long> ids = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                long id = insert(tx, events.get(i), false);
                writeAudit(tx, id, audits.get(i));
                ids.add(id);
            }
            return ids;
        });
    }

    @Override
    public void update(EnforcementEvent event, AuditEntry audit) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.update(ENFORCEMENT_EVENT)
                    .set(ENFORCEMENT_EVENT.SPONSOR_NAME, event.sponsorName())
                    .set(ENFORCEMENT_EVENT.SPONSOR_TOWN, event.sponsorTown())
                    .set(ENFORCEMENT_EVENT.SPONSOR_KEY, event.sponsorKey())
                    .set(ENFORCEMENT_EVENT.CQC_PROVIDER_ID, event.cqcProviderId())
                    .set(ENFORCEMENT_EVENT.ACTION, event.action().name())
                    .set(ENFORCEMENT_EVENT.ACTION_DATE, event.actionDate())
                    .set(ENFORCEMENT_EVENT.NOTICE_RECEIVED, event.noticeReceived())
                    .set(ENFORCEMENT_EVENT.WORKERS_AFFECTED, event.workersAffected())
                    .set(ENFORCEMENT_EVENT.SOURCE, event.source())
                    .set(ENFORCEMENT_EVENT.NOTES, event.notes())
                    .where(ENFORCEMENT_EVENT.ID.eq(event.id()))
                    .execute();
            tx.deleteFrom(ENFORCEMENT_EVENT_COUNCIL).where(ENFORCEMENT_EVENT_COUNCIL.EVENT_ID.eq(event.id())).execute();
            insertCouncils(tx, event.id(), event.councilGssCodes());
            writeAudit(tx, event.id(), audit);
        });
    }

    @Override
    public void setDeleted(long id, boolean deleted, AuditEntry audit) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.update(ENFORCEMENT_EVENT).set(ENFORCEMENT_EVENT.DELETED, deleted).where(ENFORCEMENT_EVENT.ID.eq(id))
                    .execute();
            writeAudit(tx, id, audit);
        });
    }

    @Override
    public List<AuditEntry> audit(long eventId) {
        Map<Long, List<AuditEntry.FieldChange>> changes = new HashMap<>();
        dsl.select(ENFORCEMENT_EVENT_CHANGE.AUDIT_ID, ENFORCEMENT_EVENT_CHANGE.FIELD,
                        ENFORCEMENT_EVENT_CHANGE.BEFORE_VALUE, ENFORCEMENT_EVENT_CHANGE.AFTER_VALUE)
                .from(ENFORCEMENT_EVENT_CHANGE).join(ENFORCEMENT_EVENT_AUDIT)
                .on(ENFORCEMENT_EVENT_AUDIT.ID.eq(ENFORCEMENT_EVENT_CHANGE.AUDIT_ID))
                .where(ENFORCEMENT_EVENT_AUDIT.EVENT_ID.eq(eventId))
                .orderBy(ENFORCEMENT_EVENT_CHANGE.AUDIT_ID, ENFORCEMENT_EVENT_CHANGE.POSITION)
                .forEach(r -> changes.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(
                        new AuditEntry.FieldChange(r.value2(), orEmpty(r.value3()), orEmpty(r.value4()))));
        return dsl.selectFrom(ENFORCEMENT_EVENT_AUDIT)
                .where(ENFORCEMENT_EVENT_AUDIT.EVENT_ID.eq(eventId))
                .orderBy(ENFORCEMENT_EVENT_AUDIT.ID)
                .fetch(r -> new AuditEntry(eventId, r.getChangedAt().toInstant(), r.getChangedBy(),
                        AuditEntry.Kind.valueOf(r.getChangeKind()), changes.getOrDefault(r.getId(), List.of())));
    }

    /** Inserts inside the caller's transaction. */
    public static long insert(DSLContext tx, EnforcementEvent event, boolean demo) {
        long id = tx.insertInto(ENFORCEMENT_EVENT)
                .set(ENFORCEMENT_EVENT.SPONSOR_NAME, event.sponsorName())
                .set(ENFORCEMENT_EVENT.SPONSOR_TOWN, event.sponsorTown())
                .set(ENFORCEMENT_EVENT.SPONSOR_KEY, event.sponsorKey())
                .set(ENFORCEMENT_EVENT.CQC_PROVIDER_ID, event.cqcProviderId())
                .set(ENFORCEMENT_EVENT.ACTION, event.action().name())
                .set(ENFORCEMENT_EVENT.ACTION_DATE, event.actionDate())
                .set(ENFORCEMENT_EVENT.NOTICE_RECEIVED, event.noticeReceived())
                .set(ENFORCEMENT_EVENT.WORKERS_AFFECTED, event.workersAffected())
                .set(ENFORCEMENT_EVENT.SOURCE, event.source())
                .set(ENFORCEMENT_EVENT.NOTES, event.notes())
                .set(ENFORCEMENT_EVENT.RECORDED_BY, event.recordedBy())
                .set(ENFORCEMENT_EVENT.RECORDED_AT, event.recordedAt().atOffset(ZoneOffset.UTC))
                .set(ENFORCEMENT_EVENT.DEMO, demo)
                .returning(ENFORCEMENT_EVENT.ID)
                .fetchSingle(ENFORCEMENT_EVENT.ID);
        insertCouncils(tx, id, event.councilGssCodes());
        return id;
    }

    private static void insertCouncils(DSLContext tx, long id, Set<String> councils) {
        for (String council : councils) {
            tx.insertInto(ENFORCEMENT_EVENT_COUNCIL, ENFORCEMENT_EVENT_COUNCIL.EVENT_ID, ENFORCEMENT_EVENT_COUNCIL.COUNCIL_GSS)
                    .values(id, council).execute();
        }
    }

    /**
     * Inserts an event with its "recorded" audit entry (who and when as the event says), inside the caller's
     * transaction: how the demo's events arrive, so their trail starts like any other.
     */
    public static long insertRecorded(DSLContext tx, EnforcementEvent event, boolean demo) {
        long id = insert(tx, event, demo);
        writeAudit(tx, id, new AuditEntry(id, event.recordedAt(), event.recordedBy(), AuditEntry.Kind.CREATED,
                EventDiff.between(null, event)));
        return id;
    }

    private static void writeAudit(DSLContext tx, long eventId, AuditEntry audit) {
        long auditId = tx.insertInto(ENFORCEMENT_EVENT_AUDIT)
                .set(ENFORCEMENT_EVENT_AUDIT.EVENT_ID, eventId)
                .set(ENFORCEMENT_EVENT_AUDIT.CHANGED_AT, audit.at().atOffset(ZoneOffset.UTC))
                .set(ENFORCEMENT_EVENT_AUDIT.CHANGED_BY, audit.by())
                .set(ENFORCEMENT_EVENT_AUDIT.CHANGE_KIND, audit.kind().name())
                .returning(ENFORCEMENT_EVENT_AUDIT.ID)
                .fetchSingle(ENFORCEMENT_EVENT_AUDIT.ID);
        int position = 0;
        for (AuditEntry.FieldChange change : audit.changes()) {
            tx.insertInto(ENFORCEMENT_EVENT_CHANGE)
                    .set(ENFORCEMENT_EVENT_CHANGE.AUDIT_ID, auditId)
                    .set(ENFORCEMENT_EVENT_CHANGE.POSITION, position++)
                    .set(ENFORCEMENT_EVENT_CHANGE.FIELD, change.field())
                    .set(ENFORCEMENT_EVENT_CHANGE.BEFORE_VALUE, cut(change.before()))
                    .set(ENFORCEMENT_EVENT_CHANGE.AFTER_VALUE, cut(change.after()))
                    .execute();
        }
    }

    private static String cut(String text) {
        return text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static EnforcementEvent toEvent(EnforcementEventRecord r, Set<String> councils) {
        return new EnforcementEvent(r.getId(), r.getSponsorName(), r.getSponsorTown(), r.getSponsorKey(),
                r.getCqcProviderId(), EnforcementAction.valueOf(r.getAction()), r.getActionDate(), r.getNoticeReceived(),
                r.getWorkersAffected(), r.getSource(), r.getNotes(), councils, r.getRecordedBy(),
                r.getRecordedAt().toInstant());
    }
}
