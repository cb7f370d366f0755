package org.irwatch.app.reports;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.irwatch.app.activities.ActivityLog;
import org.irwatch.app.common.ScreenShortcut;
import org.irwatch.app.screen.AbstractScreen;
import org.irwatch.app.screen.ScreenHeader;
import org.irwatch.core.council.Scope;

/** The Excel workbooks councils report with: the council workbook and the DHSC quarterly return. */
public final class ReportsView extends AbstractScreen {

    private final CouncilWorkbookExport export;
    private final QuarterlyReturnExport returnExport;
    private final GrantSpendModel grantSpend;
    private final NarrativeEditor narrative;
    private final ActivityLog activityLog;
    private final Label area = new Label();
    private Scope scope;

    public ReportsView(CouncilWorkbookExport export, QuarterlyReturnExport returnExport, GrantSpendModel grantSpend,
                       NarrativeEditor narrative, ActivityLog activityLog) {
        super(ScreenShortcut.REPORTS);
        this.export = export;
        this.returnExport = returnExport;
        this.grantSpend = grantSpend;
        this.narrative = narrative;
        this.activityLog = activityLog;
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

    /** The return behind its button, for tests to answer its file question. */
    public QuarterlyReturnExport quarterlyReturnExport() {
        return returnExport;
    }

    /** The activity log behind its button, for tests to answer its sheet question. */
    public ActivityLog activityLog() {
        return activityLog;
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
        Label returnHeading = new Label("DHSC quarterly return");
        returnHeading.getStyleClass().add(Styles.TITLE_4);
        Label returnHolds = new Label("The light-touch quarterly return to DHSC for the area chosen (a partnership, "
                + "council, region or England) and a financial quarter: cover with the definitions; market and "
                + "licence actions by council, for the quarter and the year to date, with a chart by month; displaced "
                + "workers, anonymised; interventions and engagement; grant spend; the narrative; and the records "
                + "behind every figure. No personal data.");
        returnHolds.setWrapText(true);
        Button returnButton = new Button("_DHSC quarterly return…");
        returnButton.setId("export-quarterly-return");
        returnButton.setOnAction(e -> {
            if (scope != null) {
                returnExport.run(scope, window());
            }
        });
        Button narrativeButton = new Button("_Narrative…");
        narrativeButton.setId("edit-narrative");
        narrativeButton.setOnAction(e -> {
            if (scope != null) {
                narrative.run(scope, window());
            }
        });
        Button activitiesButton = new Button("_Activity log…");
        activitiesButton.setId("open-activity-log");
        activitiesButton.setOnAction(e -> {
            if (scope != null) {
                activityLog.open(scope, window());
            }
        });
        Button grantButton = new Button("_Grant spend…");
        grantButton.setId("grant-spend");
        grantButton.setOnAction(e -> {
            if (scope != null) {
                GrantSpendDialog.show(window(), grantSpend, scope);
            }
        });
        Label returnParts = new Label("Before writing the return: the narrative (progress, learning, risks and issues, "
                + "next quarter) of the area for the quarter, the activity log it counts by kind, and the grant "
                + "initiatives with their budgets and spend by quarter (typed in, or imported from a sheet).");
        returnParts.setWrapText(true);
        returnParts.getStyleClass().add(Styles.TEXT_MUTED);
        VBox quarterly = new VBox(8, returnHeading, returnHolds, returnParts,
                new HBox(8, returnButton, narrativeButton, activitiesButton, grantButton));
        VBox root = new VBox(16,
                ScreenHeader.of(title(), "Excel workbooks for your director and the quarterly DHSC return."),
                workbook, quarterly);
        root.setPadding(new Insets(20));
        return root;
    }
}
