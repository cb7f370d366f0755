package org.irwatch.app.wiring;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.irwatch.core.activities.ActivityField;
import org.irwatch.core.activities.ActivityImport;
import org.irwatch.core.activities.ActivityRepository;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Partnerships;
import org.irwatch.core.council.Scope;
import org.irwatch.core.council.ScopeByName;
import org.irwatch.core.demo.DemoService;
import org.irwatch.core.events.EventField;
import org.irwatch.core.events.EventRepository;
import org.irwatch.core.events.EventService;
import org.irwatch.core.events.RegisterSignals;
import org.irwatch.core.events.SponsorLinker;
import org.irwatch.core.events.TrackerImport;
import org.irwatch.core.grants.GrantField;
import org.irwatch.core.grants.GrantImport;
import org.irwatch.core.grants.Grants;
import org.irwatch.core.imports.ImportService;
import org.irwatch.core.imports.table.RememberedMappings;
import org.irwatch.core.market.CouncilReport;
import org.irwatch.core.market.DataDateCheck;
import org.irwatch.core.market.MarketAssembler;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.ReportPeriod;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.core.quarterly.NarrativeService;
import org.irwatch.core.quarterly.QuarterlyReturn;
import org.irwatch.core.quarterly.QuarterlyReturnService;
import org.irwatch.core.quarterly.GrantSpend;
import org.irwatch.core.quarterly.ReturnTemplate;
import org.irwatch.core.quarterly.WorkerCounts;
import org.irwatch.core.refresh.RefreshService;
import org.irwatch.core.refresh.RefreshSettings;
import org.irwatch.core.register.RegisterChangesService;
import org.irwatch.core.settings.SettingsRepository;
import org.irwatch.core.snapshot.SnapshotRepository;
import org.irwatch.data.activities.JooqActivityRepository;
import org.irwatch.data.narrative.JooqNarrativeRepository;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.council.JooqPartnershipRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.demo.JooqDemoDataRepository;
import org.irwatch.data.events.JooqEventRepository;
import org.irwatch.data.events.JooqSponsorLookup;
import org.irwatch.data.grants.JooqGrantRepository;
import org.irwatch.data.imports.FileImporter;
import org.irwatch.data.market.JooqMarketRepository;
import org.irwatch.data.market.JooqMarketRows;
import org.irwatch.data.matching.JooqMatchInputs;
import org.irwatch.data.matching.JooqMatchRepository;
import org.irwatch.data.refresh.SourceRefresher;
import org.irwatch.data.register.JooqRegisterSnapshotReader;
import org.irwatch.data.settings.JooqSettingsRepository;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.snapshot.RecentRegister;
import org.irwatch.core.geo.PostcodeImporter;
import org.irwatch.core.placements.CosField;
import org.irwatch.core.placements.CosImport;
import org.irwatch.core.placements.CosRepository;
import org.irwatch.core.placements.EmployerField;
import org.irwatch.core.placements.EmployerImport;
import org.irwatch.core.placements.Introductions;
import org.irwatch.core.placements.PlacementService;
import org.irwatch.data.placements.JooqCosRepository;
import org.irwatch.data.geo.PostcodeFileImporter;
import org.irwatch.data.placements.JooqPlacementRows;
import org.irwatch.data.placements.JooqPlacementStore;
import org.irwatch.core.workers.WorkerImport;
import org.irwatch.core.workers.WorkerService;
import org.irwatch.data.workers.EncryptedWorkerVault;
import org.irwatch.data.workers.JooqPostcodeCouncils;

/**
 * The composition root: opens the database of a data folder and wires the data module's repositories into
 * core's services. The window and the command line both start here.
 */
public final class AppServices implements AutoCloseable {

    private final Path dataDirectory;
    private final Database database;
    private final CouncilDirectory councils;
    private final Partnerships partnerships;
    private final SnapshotRepository snapshots;
    private final DemoService demo;
    private final Clock clock;
    private final EventRepository events;
    private final SettingsRepository settings;
    private final MarketService market;
    private final ImportService imports;
    private final RegisterChangesService registerChanges;
    private final MatchingService matching;
    private final EventService eventService;
    private final TrackerImport trackerImport;
    private final RegisterSignals signals;
    private final RememberedMappings<EventField> trackerMappings;
    private final FileFormats formats;
    private final PlacementService placements;
    private final JooqCosRepository certificates;
    // The displaced workers register (issue 11): locked until a passphrase opens it.
    private final WorkerService workers;
    private final WorkerFiles workerFiles;
    private final WorkerImport workerImport;
    private final QuarterlyReturnService quarterlyReturns;
    private final ActivityRepository activities;
    private final ActivityImport activityImport;
    private final RememberedMappings<ActivityField> activityMappings;
    private final Grants grants;
    private final NarrativeService narratives;

    private AppServices(Path dataDirectory, Database database, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.clock = clock;
        this.councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
        this.partnerships = new Partnerships(new JooqPartnershipRepository(database.dsl(), councils), councils);
        this.snapshots = new JooqSnapshotRepository(database.dsl());
        this.events = new JooqEventRepository(database.dsl());
        this.settings = new JooqSettingsRepository(database.dsl());
        this.demo = new DemoService(new JooqDemoDataRepository(database.dsl()), settings, councils);
        JooqMatchRepository matches = new JooqMatchRepository(database.dsl());
        JooqSponsorLookup sponsors = new JooqSponsorLookup(database.dsl());
        JooqRegisterSnapshotReader registerReader = new JooqRegisterSnapshotReader(database.dsl());
        this.market = new MarketService(councils, new JooqMarketRepository(database.dsl()),
                new MarketAssembler(snapshots,
                        new JooqMarketRows(database.dsl(), registerReader, matches, events, sponsors)),
                new DataDateCheck(settings, clock));
        RecentRegister recentRegister = new RecentRegister();
        this.imports = new FileImporter(database.dsl(), councils, clock, recentRegister);
        this.registerChanges = new RegisterChangesService(snapshots, registerReader);
        this.matching = new MatchingService(new JooqMatchInputs(database.dsl(), recentRegister), matches,
                clock.withZone(ZoneOffset.UTC));
        this.eventService = new EventService(events, sponsors, clock,
                System.getProperty("user.name"));
        this.trackerImport = new TrackerImport(eventService, events);
        this.signals = new RegisterSignals(registerChanges, sponsors, eventService);
        this.trackerMappings = new RememberedMappings<>(settings, "events.mapping.", EventField.TRACKER);
        this.formats = FileFormats.of(clock);
        this.placements = new PlacementService(market, new JooqPlacementRows(database.dsl()),
                new JooqPlacementStore(database.dsl()), clock, System.getProperty("user.name"));
        this.certificates = new JooqCosRepository(database.dsl());
        this.workers = new WorkerService(new EncryptedWorkerVault(database.dsl(), clock), settings, clock,
                System.getProperty("user.name"), () -> demo.workers(LocalDate.now(clock)));
        this.workerFiles = new WorkerFiles(clock, councils, formats.readSheet(), settings);
        this.workerImport = new WorkerImport(workers, councils, new SponsorLinker(sponsors),
                new JooqPostcodeCouncils(database.dsl()));
        this.activities = new JooqActivityRepository(database.dsl());
        this.activityImport = new ActivityImport(activities, councils);
        this.activityMappings = new RememberedMappings<>(settings, "activities.mapping.", ActivityField.CATALOGUE);
        this.grants = new Grants(new JooqGrantRepository(database.dsl()),
                key -> areaByKey(key).map(market::councilCodes));
        JooqNarrativeRepository narrativeRows = new JooqNarrativeRepository(database.dsl());
        this.narratives = new NarrativeService(narrativeRows, clock, System.getProperty("user.name"));
        this.quarterlyReturns = new QuarterlyReturnService(market, new WorkerCounts(workers, market::councilName),
                activities::all, grants::within, narrativeRows, this::areaLabel);
    }

    public static AppServices open(Path dataDirectory) {
        return open(dataDirectory, Clock.systemDefaultZone());
    }

    /** @param clock every "now" of the app: the audit trail, import dates, the workbook's "generated" */
    public static AppServices open(Path dataDirectory, Clock clock) {
        return new AppServices(dataDirectory, Database.open(dataDirectory), clock);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String schemaVersion() {
        return database.schemaVersion();
    }

    public CouncilDirectory councils() {
        return councils;
    }

    /** Named sets of councils that report together; areas beside councils, regions and England. */
    public Partnerships partnerships() {
        return partnerships;
    }

    /** The area a command line names: a council, region, partnership or England; refused with close names. */
    public Scope area(String name) {
        return ScopeByName.find(name, councils, partnerships.all());
    }

    /** The partnership's activity log for the DHSC return: imported from a sheet, read whole. */
    public ActivityRepository activities() {
        return activities;
    }

    public ActivityImport activityImport() {
        return activityImport;
    }

    /** Each area's narrative per quarter, printed in its DHSC return. */
    public NarrativeService narratives() {
        return narratives;
    }

    /** The activity log's column mappings, remembered per header set. */
    public RememberedMappings<ActivityField> activityMappings() {
        return activityMappings;
    }

    /** The grant initiatives of each area and year, with their spend by quarter. */
    public Grants grants() {
        return grants;
    }

    /** Imports a sheet of grant spend; an area named in it is found as the command line finds one. */
    public GrantImport grantImport() {
        return new GrantImport(grants, this::area);
    }

    public RememberedMappings<GrantField> grantMappings() {
        return new RememberedMappings<>(settings, "grants.mapping.", GrantField.CATALOGUE);
    }

    /** The grant initiatives within an area at a quarter's end (each at Q4: the whole year), as the return has them. */
    public GrantSpend grantSpend(Scope area, FinancialQuarter quarter) {
        return GrantSpend.of(grants.within(market.councilCodes(area), quarter.year()), quarter, area,
                this::areaLabel);
    }

    private Optional<Scope> areaByKey(String key) {
        return Scope.fromKey(key, councils, partnerships.all());
    }

    /** An area's name from its key; the key itself when the area is gone (a partnership removed or renamed). */
    private String areaLabel(String key) {
        return areaByKey(key).map(Scope::label).orElse(key);
    }

    public SnapshotRepository snapshots() {
        return snapshots;
    }

    /** The demo: loaded into an empty folder at the first start, removed and loaded again on request. */
    public DemoService demo() {
        return demo;
    }

    public EventRepository events() {
        return events;
    }

    /** Record, edit, delete and audit enforcement events. */
    public EventService eventService() {
        return eventService;
    }

    public TrackerImport trackerImport() {
        return trackerImport;
    }

    public RegisterSignals signals() {
        return signals;
    }

    public RememberedMappings<EventField> trackerMappings() {
        return trackerMappings;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public MarketService market() {
        return market;
    }

    public ImportService imports() {
        return imports;
    }

    public RegisterChangesService registerChanges() {
        return registerChanges;
    }

    /**
     * Refresh from source at the publishers' addresses, or those in IRWATCH_GOVUK_URL and IRWATCH_CQC_URL. Made on
     * demand: nothing else needs a network.
     */
    public RefreshService refresh() {
        return refresh(RefreshSettings.fromEnvironment(System.getenv()));
    }

    /** Refresh from source at the given addresses. */
    public RefreshService refresh(RefreshSettings settings) {
        return new SourceRefresher(imports, dataDirectory, settings);
    }

    public MatchingService matching() {
        return matching;
    }

    /** The clock every "now" of the app is read from. */
    public Clock clock() {
        return clock;
    }

    public FileFormats formats() {
        return formats;
    }

    /** Imports postcode centres (ADR 0031). */
    public PostcodeImporter postcodes() {
        return new PostcodeFileImporter(database.dsl());
    }

    public PlacementService placements() {
        return placements;
    }

    /** Imports certificates of sponsorship (restricted data). */
    public CosImport cosImport() {
        return new CosImport(certificates, certificates, clock);
    }

    /** Certificates rows whose sponsor link waits for review, and people's decisions on them. */
    public CosRepository certificates() {
        return certificates;
    }

    public RememberedMappings<CosField> cosMappings() {
        return new RememberedMappings<>(settings, "cos.mapping.", CosField.CATALOGUE);
    }

    public EmployerImport employerImport() {
        return new EmployerImport(placements);
    }

    public RememberedMappings<EmployerField> employerMappings() {
        return new RememberedMappings<>(settings, "employers.mapping.", EmployerField.CATALOGUE);
    }

    /** Introductions of a worker to a provider, onto the worker's pipeline. */
    public Introductions introductions() {
        return new Introductions(workers, new JooqPlacementStore(database.dsl()), clock,
                System.getProperty("user.name"));
    }

    public PlacementFormats placementFormats() {
        return PlacementFormats.of();
    }

    /** The displaced workers register: set up, unlock, records, counts, fairs. */
    public WorkerService workers() {
        return workers;
    }

    /** The register's files: hubs' lists read, the personal list and the anonymised counts written. */
    public WorkerFiles workerFiles() {
        return workerFiles;
    }

    /** Imports a hub's list into the unlocked register, all or nothing. */
    public WorkerImport workerImport() {
        return workerImport;
    }

    /**
     * The DHSC quarterly return of an area, prepared now by the user signed in, laid out by the template. Gathered in
     * the caller's thread: call it off the JavaFX thread.
     */
    public QuarterlyReturn quarterlyReturn(Scope area, FinancialQuarter quarter, ReturnTemplate template) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return quarterlyReturns.gather(area, quarter, template, new QuarterlyReturnService.Preparation(now,
                System.getProperty("user.name"), demo.hasDemoData(), market.dataWarnings()));
    }

    /**
     * The council workbook of an area and period, generated now; it says so when the data is the demo. Written in
     * the caller's thread: call it off the JavaFX thread.
     */
    public CouncilReport councilReport(Scope scope, ReportPeriod period) {
        return market.report(scope, period, ZonedDateTime.now(clock), demo.hasDemoData());
    }

    @Override
    public void close() {
        database.close();
    }
}
