package org.irwatch.data.activities;

import static org.irwatch.data.jooq.Tables.ACTIVITY;
import static org.irwatch.data.jooq.Tables.ACTIVITY_COUNCIL;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.irwatch.core.activities.Activity;
import org.irwatch.core.activities.ActivityKind;
import org.irwatch.core.activities.ActivityRepository;
import org.jooq.DSLContext;

/** The activity log as rows of ACTIVITY and ACTIVITY_COUNCIL (migration V11). */
public final class JooqActivityRepository implements ActivityRepository {

    private final DSLContext dsl;

    public JooqActivityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Activity> all() {
        Map<Long, List<String>> councils = dsl.selectFrom(ACTIVITY_COUNCIL)
                .fetchGroups(ACTIVITY_COUNCIL.ACTIVITY_ID, ACTIVITY_COUNCIL.GSS_CODE);
        return dsl.selectFrom(ACTIVITY).orderBy(ACTIVITY.ACTIVITY_DATE, ACTIVITY.ID).fetch(r -> new Activity(r.getId(),
                r.getActivityDate(), new HashSet<>(councils.getOrDefault(r.getId(), List.of())),
                ActivityKind.valueOf(r.getKind()), r.getProvidersReached(), r.getPeopleReached(), r.getAmount(),
                r.getNotes()));
    }

    @Override
    public void addAll(List<Activity> activities) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            for (Activity activity : activities) {
                long id = t.insertInto(ACTIVITY, ACTIVITY.ACTIVITY_DATE, ACTIVITY.KIND, ACTIVITY.PROVIDERS_REACHED,
                                ACTIVITY.PEOPLE_REACHED, ACTIVITY.AMOUNT, ACTIVITY.NOTES)
                        .values(activity.date(), activity.kind().name(), activity.providersReached(),
                                activity.peopleReached(), activity.amount(), activity.notes())
                        .returningResult(ACTIVITY.ID).fetchOne(ACTIVITY.ID);
                insertCouncils(t, id, activity);
            }
        });
    }

    @Override
    public void update(Activity activity) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            t.update(ACTIVITY).set(ACTIVITY.ACTIVITY_DATE, activity.date()).set(ACTIVITY.KIND, activity.kind().name())
                    .set(ACTIVITY.PROVIDERS_REACHED, activity.providersReached())
                    .set(ACTIVITY.PEOPLE_REACHED, activity.peopleReached()).set(ACTIVITY.AMOUNT, activity.amount())
                    .set(ACTIVITY.NOTES, activity.notes()).where(ACTIVITY.ID.eq(activity.id())).execute();
            t.deleteFrom(ACTIVITY_COUNCIL).where(ACTIVITY_COUNCIL.ACTIVITY_ID.eq(activity.id())).execute();
            insertCouncils(t, activity.id(), activity);
        });
    }

    @Override
    public void delete(long id) {
        dsl.deleteFrom(ACTIVITY).where(ACTIVITY.ID.eq(id)).execute();
    }

    private static void insertCouncils(DSLContext t, long id, Activity activity) {
        for (String council : activity.councilGssCodes()) {
            t.insertInto(ACTIVITY_COUNCIL, ACTIVITY_COUNCIL.ACTIVITY_ID, ACTIVITY_COUNCIL.GSS_CODE)
                    .values(id, council).execute();
        }
    }
}
