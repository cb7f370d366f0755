package org.irwatch.data.events;

import static org.irwatch.data.jooq.Tables.ENFORCEMENT_EVENT;
import static org.irwatch.data.jooq.Tables.ENFORCEMENT_EVENT_COUNCIL;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.events.EventRepository;
import org.irwatch.data.jooq.tables.records.EnforcementEventRecord;
import org.jooq.DSLContext;

/** Enforcement events, newest action first. */
public final class JooqEventRepository implements EventRepository {

    private final DSLContext dsl;

    public JooqEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<EnforcementEvent> listAll() {
        Map<Long, Set<String>> councils = new HashMap<>();
        dsl.selectFrom(ENFORCEMENT_EVENT_COUNCIL).forEach(r ->
                councils.computeIfAbsent(r.getEventId(), id -> new HashSet<>()).add(r.getCouncilGss()));
        return dsl.selectFrom(ENFORCEMENT_EVENT)
                .orderBy(ENFORCEMENT_EVENT.ACTION_DATE.desc(), ENFORCEMENT_EVENT.ID.desc())
                .fetch(r -> toEvent(r, councils.getOrDefault(r.getId(), Set.of())));
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
        for (String council : event.councilGssCodes()) {
            tx.insertInto(ENFORCEMENT_EVENT_COUNCIL, ENFORCEMENT_EVENT_COUNCIL.EVENT_ID, ENFORCEMENT_EVENT_COUNCIL.COUNCIL_GSS)
                    .values(id, council).execute();
        }
        return id;
    }

    private static EnforcementEvent toEvent(EnforcementEventRecord r, Set<String> councils) {
        return new EnforcementEvent(r.getId(), r.getSponsorName(), r.getSponsorTown(), r.getSponsorKey(),
                r.getCqcProviderId(), EnforcementAction.valueOf(r.getAction()), r.getActionDate(), r.getNoticeReceived(),
                r.getWorkersAffected(), r.getSource(), r.getNotes(), councils, r.getRecordedBy(),
                r.getRecordedAt().toInstant());
    }
}
