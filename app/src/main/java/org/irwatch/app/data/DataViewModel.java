package org.irwatch.app.data;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.shell.ScreenContext;
import org.irwatch.core.snapshot.Snapshot;

/** The snapshots held, and the demo data's load and removal. */
public final class DataViewModel {

    private final ObservableList<Snapshot> snapshots = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper demoLoaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private ScreenContext context;

    private record State(java.util.List<Snapshot> snapshots, boolean demo, boolean empty) {
    }

    public void load(ScreenContext screenContext) {
        this.context = screenContext;
        var services = screenContext.services();
        screenContext.tasks().run(new BackgroundTask<>("Reading snapshots", progress -> new State(
                services.snapshots().list(), services.demo().hasDemoData(), services.demo().isEmpty())), state -> {
                    snapshots.setAll(state.snapshots());
                    demoLoaded.set(state.demo());
                    empty.set(state.empty());
                });
    }

    /** Asks first; imported data is never touched. */
    public void removeDemo() {
        boolean confirmed = context.dialogs().confirm("Remove the demo data?",
                "This removes the invented demo register, CQC data and events from this data folder. "
                        + "Imported data is not touched. You can load the demo again later from this screen.",
                "Remove demo data");
        if (confirmed) {
            context.tasks().run(new BackgroundTask<Void>("Removing demo data", progress -> {
                context.services().removeDemo();
                return null;
            }), ignored -> context.dataChanged().run());
        }
    }

    public void loadDemo() {
        context.tasks().run(new BackgroundTask<Void>("Loading demo data", progress -> {
            context.services().loadDemo(progress);
            return null;
        }), ignored -> context.dataChanged().run());
    }

    public ObservableList<Snapshot> snapshots() {
        return snapshots;
    }

    public ReadOnlyBooleanProperty demoLoadedProperty() {
        return demoLoaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }
}
