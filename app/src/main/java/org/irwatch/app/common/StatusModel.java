package org.irwatch.app.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the status bar shows: the running work, its progress (-1 when unknown) and how to cancel it. */
public final class StatusModel {

    private final StringProperty message = new SimpleStringProperty("Ready");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Runnable> cancel = new SimpleObjectProperty<>();
    private final StringProperty dataDates = new SimpleStringProperty("");

    public StringProperty messageProperty() {
        return message;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Runnable> cancelProperty() {
        return cancel;
    }

    public StringProperty dataDatesProperty() {
        return dataDates;
    }
}
