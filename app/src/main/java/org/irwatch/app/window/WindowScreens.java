package org.irwatch.app.window;

import java.util.List;
import org.irwatch.app.changes.RegisterChangesView;
import org.irwatch.app.changes.RegisterChangesViewModel;
import org.irwatch.app.charts.ChartsView;
import org.irwatch.app.charts.ChartsViewModel;
import org.irwatch.app.data.DataView;
import org.irwatch.app.data.DataViewModel;
import org.irwatch.app.events.EventsView;
import org.irwatch.app.events.EventsViewModel;
import org.irwatch.app.events.TrackerPorts;
import org.irwatch.app.market.MarketView;
import org.irwatch.app.market.MarketViewModel;
import org.irwatch.app.placements.CosReviewPane;
import org.irwatch.app.placements.CosReviewViewModel;
import org.irwatch.app.placements.EmployersPane;
import org.irwatch.app.placements.EmployersViewModel;
import org.irwatch.app.placements.NoticesViewModel;
import org.irwatch.app.placements.PlacementsView;
import org.irwatch.app.placements.PlacementsViewModel;
import org.irwatch.app.providers.DecisionsViewModel;
import org.irwatch.app.providers.ProvidersView;
import org.irwatch.app.providers.ProvidersViewModel;
import org.irwatch.app.providers.ReviewViewModel;
import org.irwatch.app.activities.ActivityLog;
import org.irwatch.app.activities.ActivityLogViewModel;
import org.irwatch.app.reports.CouncilWorkbookExport;
import org.irwatch.app.reports.GrantPorts;
import org.irwatch.app.reports.GrantSpendModel;
import org.irwatch.app.reports.NarrativeEditor;
import org.irwatch.app.reports.NarrativeViewModel;
import org.irwatch.app.reports.QuarterlyReturnExport;
import org.irwatch.app.reports.ReportsView;
import org.irwatch.app.screen.Screen;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.app.wiring.FileFormats;
import org.irwatch.app.wiring.WorkerFiles;
import org.irwatch.app.workers.DisplacedWorkersView;
import org.irwatch.app.workers.RegisterFiles;
import org.irwatch.app.workers.RegisterLookup;
import org.irwatch.app.workers.WorkerActions;
import org.irwatch.app.workers.WorkerPorts;
import org.irwatch.app.workers.WorkersAccessModel;
import org.irwatch.app.workers.WorkersViewModel;
import org.irwatch.core.council.Scope;
import org.irwatch.core.quarterly.ReturnTemplate;
import org.irwatch.core.workers.WorkerService;

/** The window's screens in display order (Ctrl+1 to Ctrl+9), each built with the core services it uses. */
final class WindowScreens {

    private WindowScreens() {
    }

    static List<Screen> of(AppServices services, ScreenContext context) {
        FileFormats formats = services.formats();
        var market = services.market();
        var matching = services.matching();
        var clock = services.clock();
        var tasks = context.tasks();
        return List.of(
                new MarketView(new MarketViewModel(market, services.settings(), tasks, clock.getZone(),
                        context.navigator()), market::councilName,
                        context.navigator(), workbookExport(services, context)),
                new ProvidersView(new ProvidersViewModel(market, matching, tasks,
                        new ReviewViewModel(market, matching, context, clock, System.getProperty("user.name")),
                        new DecisionsViewModel(matching, formats.decisions(), formats.readDecisions(), context)),
                        context.navigator()),
                new RegisterChangesView(new RegisterChangesViewModel(services.registerChanges(), market, formats.changes(),
                        context)),
                new EventsView(new EventsViewModel(services.eventService(), services.signals(), market, services.councils(), new TrackerPorts(formats.readSheet(), services.trackerMappings(),
                                services.trackerImport(), formats.rowProblems()), context, clock)),
                new ChartsView(new ChartsViewModel(market, tasks, clock), tasks, context.dialogs()),
                displacedWorkers(services, context),
                new PlacementsView(new PlacementsViewModel(services.placements(),
                        services.placementFormats().shortlist(), services.postcodes(), services.workers(),
                        services.introductions(), context, clock),
                        new EmployersPane(new EmployersViewModel(services.placements(),
                                new EmployersViewModel.EmployerSheets(formats.readSheet(), services.employerMappings(),
                                        services.employerImport(), formats.rowProblems()), context)),
                        new CosReviewPane(new CosReviewViewModel(services.certificates(), context)),
                        new NoticesViewModel(services.placements(), services.workers(), services.councils(),
                                services.partnerships(), services.placementFormats().mailingList(),
                                PlacementsView::copyToClipboard, context, clock.getZone())),
                new ReportsView(workbookExport(services, context), new QuarterlyReturnExport(services.market(),
                        (area, quarter) -> services.quarterlyReturn(area, quarter, ReturnTemplate.defaults()),
                        formats.returnWorkbook(), context.tasks(), context.dialogs(), clock),
                        new GrantSpendModel(new GrantPorts(() -> Scope.all(services.councils(),
                                services.partnerships().all()), services.grants(), formats.readSheet(),
                                services.grantMappings(), services.grantImport()), tasks, context.dialogs(), clock),
                        new NarrativeEditor(market, new NarrativeViewModel(services.narratives(), tasks,
                                clock.getZone()), tasks, clock),
                        activityLog(services, context)),
                new DataView(new DataViewModel(services.snapshots(), services.demo(), services.imports(),
                        services::refresh, formats.rejectedLines(), context, clock)));
    }

    /** The register of displaced workers: locked until its passphrase is typed, and again after idle minutes. */
    private static DisplacedWorkersView displacedWorkers(AppServices services, ScreenContext context) {
        WorkerService workers = services.workers();
        WorkersAccessModel access = new WorkersAccessModel(workers, context, workers.idleLock());
        WorkersViewModel lists = new WorkersViewModel(access, workers, services.market(), services.councils(), context,
                services.clock());
        WorkerFiles files = services.workerFiles();
        WorkerPorts ports = new WorkerPorts(files.sheets(), files.mappings(), services.workerImport(), files.list(),
                files.summary(), services.formats().rowProblems());
        return new DisplacedWorkersView(new WorkerActions(lists, workers, new RegisterLookup(services.market()),
                context), new RegisterFiles(lists, workers, services.market(), ports, context),
                System.getProperty("user.name"));
    }

    /** The partnership's activity log, opened from the Reports screen. */
    private static ActivityLog activityLog(AppServices services, ScreenContext context) {
        return new ActivityLog(new ActivityLogViewModel(services.activities(), new ActivityLogViewModel.ActivitySheets(
                services.formats().readSheet(), services.activityMappings(), services.activityImport()),
                services.market()::councilCodes, services.market()::councilName, context, services.clock()),
                services.councils().councils());
    }

    /** One per screen that offers it: each remembers the folder last saved to. */
    private static CouncilWorkbookExport workbookExport(AppServices services, ScreenContext context) {
        return new CouncilWorkbookExport(services.market(), services::councilReport,
                services.formats().councilWorkbook(), context.tasks(), context.dialogs(), services.clock());
    }
}
