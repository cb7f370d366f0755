package org.irwatch.core.activities;

import java.util.List;

/** Where the activity log is kept. */
public interface ActivityRepository {

    /** Every activity, oldest first. */
    List<Activity> all();

    /** Stores them all in one transaction, or none. */
    void addAll(List<Activity> activities);

    /** Keeps the activity's new date, councils, kind, figures and notes in place of those stored under its id. */
    void update(Activity activity);

    /** Forgets the activity; nothing happens when it is already gone. */
    void delete(long id);
}
