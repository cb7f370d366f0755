package org.irwatch.app.events;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.shell.ScreenContext;
import org.irwatch.core.events.EnforcementEvent;

/** The recorded enforcement events. */
public final class EventsViewModel {

    private final ObservableList<EnforcementEvent> events = FXCollections.observableArrayList();

    public void load(ScreenContext context) {
        context.tasks().run(new BackgroundTask<>("Reading events", progress -> context.services().events().listAll()),
                events::setAll);
    }

    public ObservableList<EnforcementEvent> events() {
        return events;
    }
}
