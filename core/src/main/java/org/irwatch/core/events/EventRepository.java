package org.irwatch.core.events;

import java.util.List;

/** Stores enforcement events. */
public interface EventRepository {

    List<EnforcementEvent> listAll();
}
