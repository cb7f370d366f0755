package org.irwatch.app.activities;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.Scope;

/** "Activity log…": opens the log's window over the screen that offers it, for the area chosen there. */
public final class ActivityLog {

    private final ActivityLogViewModel model;
    private final List<Council> councils;
    private Supplier<Optional<Path>> sheets;

    /** @param councils every council, for the form's check list */
    public ActivityLog(ActivityLogViewModel model, List<Council> councils) {
        this.model = model;
        this.councils = List.copyOf(councils);
        this.sheets = model::chooseSheet;
    }

    public void open(Scope area, Window owner) {
        ActivityLogDialog dialog = new ActivityLogDialog(owner, model, councils);
        dialog.chooseSheetsWith(sheets);
        dialog.show(area);
    }

    public ActivityLogViewModel model() {
        return model;
    }

    /** Tests answer the sheet question here: a native file chooser cannot run headless. */
    public void chooseSheetsWith(Supplier<Optional<Path>> files) {
        this.sheets = files;
    }
}
