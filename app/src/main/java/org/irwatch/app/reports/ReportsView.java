package org.irwatch.app.reports;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.PlannedFeature;
import org.irwatch.app.shell.Screen;
import org.irwatch.app.shell.ScreenContext;
import org.irwatch.app.shell.ScreenHeader;
import org.irwatch.core.council.Scope;

/** The Excel workbooks councils report with: not built yet, so it says what it will hold. */
public final class ReportsView implements Screen {

    private VBox root;

    @Override
    public String title() {
        return "Reports";
    }

    @Override
    public Node root() {
        if (root == null) {
            root = new VBox(16,
                    ScreenHeader.of(title(), "Excel workbooks for your director and the quarterly DHSC return."),
                    PlannedFeature.note("What this screen will hold",
                            "Council market workbook: summary with data dates and sources, providers, locations, events, "
                                    + "register changes, native Excel charts",
                            "Quarterly DHSC return for a chosen quarter and area",
                            "No personal data in any workbook unless you ask for it"));
            root.setPadding(new Insets(20));
        }
        return root;
    }

    @Override
    public void refresh(ScreenContext context, Scope scope) {
        // Nothing to load until the workbooks exist.
    }
}
