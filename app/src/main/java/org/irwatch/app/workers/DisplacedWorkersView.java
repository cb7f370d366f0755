package org.irwatch.app.workers;

import javafx.geometry.Insets;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.PlannedFeature;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.screen.AbstractScreen;
import org.irwatch.app.screen.ScreenHeader;
import org.irwatch.core.council.Scope;

/** The register of displaced international care workers: not built yet, so it says what it will hold. */
public final class DisplacedWorkersView extends AbstractScreen {

    public DisplacedWorkersView() {
        super(ScreenShortcut.DISPLACED_WORKERS);
    }

    @Override
    protected VBox createView() {
        VBox root = new VBox(16,
                ScreenHeader.of(title(), "Workers whose sponsor lost its licence, and the help they get to a new, "
                        + "ethical sponsor."),
                PlannedFeature.note("What this screen will hold",
                        "Register a worker offline (role, skills, location, visa deadline, consent) — encrypted on this laptop",
                        "Find A-rated sponsors nearby with good CQC ratings and spare certificates of sponsorship",
                        "Record the pipeline: contacted, interviewed, offered, placed",
                        "Share anonymised figures; personal data leaves only when you ask"));
        root.setPadding(new Insets(20));
        return root;
    }

    @Override
    public void refresh(Scope scope) {
        // Nothing to load until the register of displaced workers exists.
    }
}
