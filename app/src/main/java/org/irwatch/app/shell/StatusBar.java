package org.irwatch.app.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.irwatch.app.common.StatusModel;

/** The bottom bar: what is running with its progress and a Cancel button, and the dates of the data shown. */
public final class StatusBar extends HBox {

    public StatusBar(StatusModel model) {
        super(10);
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 12, 4, 12));
        getStyleClass().add("status-bar");

        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.messageProperty());

        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(160);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Button cancel = new Button("Cancel");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        cancel.visibleProperty().bind(model.cancelProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> {
            Runnable action = model.cancelProperty().get();
            if (action != null) {
                action.run();
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label dates = new Label();
        dates.setId("data-dates");
        dates.getStyleClass().add(Styles.TEXT_MUTED);
        dates.textProperty().bind(model.dataDatesProperty());

        getChildren().addAll(message, progress, cancel, spacer, dates);
    }
}
