package org.irwatch.app.reports;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.irwatch.app.common.PlannedFeature;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.screen.AbstractScreen;
import org.irwatch.app.screen.ScreenHeader;
import org.irwatch.core.council.Scope;

/** The Excel workbooks councils report with: the council workbook now, the DHSC return to come. */
public final class ReportsView extends AbstractScreen {

    private final CouncilWorkbookExport export;
    private final Label area = new Label();
    private Scope scope;

    public ReportsView(CouncilWorkbookExport export) {
        super(ScreenShortcut.REPORTS);
        this.export = export;
    }



    @Override
    public void refresh(Scope scope) {
        this.scope = scope;
        area.setText("For " + scope.label() + " (change the area at the top right).");
    }

    /** The export behind the button, for tests to answer its file question. */
    public CouncilWorkbookExport councilWorkbookExport() {
        return export;
    }

    @Override
    protected VBox createView() {
        Label heading = new Label("Council market workbook");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label holds = new Label("Excel workbook for your director: a summary with the market figures, data dates, "
                + "sources and notes; providers with their risk score; locations; suspensions and revocations in the "
                + "period; register changes; and native Excel charts. No personal data.");
        holds.setWrapText(true);
        area.setId("reports-area");
        area.getStyleClass().add(Styles.TEXT_MUTED);
        Button exportButton = new Button("_Export council workbook…");
        exportButton.setId("export-council-workbook");
        exportButton.getStyleClass().add(Styles.ACCENT);
        exportButton.setOnAction(e -> {
            if (scope != null) {
                export.run(scope, window());
            }
        });
        VBox workbook = new VBox(8, heading, holds, area, exportButton);
        VBox root = new VBox(16,
                ScreenHeader.of(title(), "Excel workbooks for your director and the quarterly DHSC return."),
                workbook,
                PlannedFeature.note("Arriving next",
                        "Quarterly DHSC return for a chosen quarter and area",
                        "Displaced workers contacted, supported and placed, anonymised unless you ask otherwise"));
        root.setPadding(new Insets(20));
        return root;
    }
}
