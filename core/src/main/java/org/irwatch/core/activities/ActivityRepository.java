package org.irwatch.core.activities;

import java.util.List;

/** Where the activity log is kept. */
public interface ActivityRepository {

    /** Every activity, oldest first. */
    List<Activity> all();

    /** Stores them all in one transaction, or none. */
    void addAll(List<Activity> activities);
}
