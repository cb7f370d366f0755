package org.irwatch.app;

import java.nio.file.Path;
import java.io.IOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import org.irwatch.core.imports.RejectedLine;
import org.irwatch.core.register.RegisterChange;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.demo.DemoDataGenerator;
import org.irwatch.core.demo.DemoDataRepository;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.events.EventRepository;
import org.irwatch.core.events.EventService;
import org.irwatch.core.events.RegisterSignals;
import org.irwatch.core.events.RowProblem;
import org.irwatch.core.events.TrackerImport;
import org.irwatch.core.events.TrackerMappings;
import org.irwatch.core.events.TrackerTable;
import org.irwatch.core.imports.ImportService;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.CouncilReport;
import org.irwatch.core.market.MarketAssembler;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.ReportPeriod;
import org.irwatch.core.matching.MatchDecision;
import org.irwatch.core.matching.MatchResult;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.core.refresh.RefreshService;
import org.irwatch.core.refresh.RefreshSettings;
import org.irwatch.core.register.RegisterChangesService;
import org.irwatch.core.settings.SettingsRepository;
import org.irwatch.core.snapshot.SnapshotRepository;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.demo.JooqDemoDataRepository;
import org.irwatch.data.events.JooqEventRepository;
import org.irwatch.data.events.JooqSponsorLookup;
import org.irwatch.data.export.EventsCsv;
import org.irwatch.data.imports.TrackerReader;
import org.irwatch.data.export.MatchCsv;
import org.irwatch.data.export.RegisterChangesCsv;
import org.irwatch.data.export.RejectedLinesCsv;
import org.irwatch.data.export.TrackerProblemsCsv;
import org.irwatch.data.matching.DecisionsCsv;
import org.irwatch.data.matching.JooqMatchInputs;
import org.irwatch.data.matching.JooqMatchRepository;
import org.irwatch.data.imports.FileImporter;
import org.irwatch.data.market.JooqMarketRepository;
import org.irwatch.data.market.JooqMarketRows;
import org.irwatch.data.refresh.SourceRefresher;
import org.irwatch.data.register.JooqRegisterSnapshotReader;
import org.irwatch.data.settings.JooqSettingsRepository;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.snapshot.RecentRegister;
import org.irwatch.data.workbook.CouncilWorkbook;

/**
 * The composition root: opens the database of a data folder and wires the data module's repositories into
 * core's services. The window and the command line both start here.
 */
public final class AppServices implements AutoCloseable {

    /** Set when the user removed the demo, so an empty folder is not filled with it again at the next start. */
    static final String DEMO_DECLINED = "demo.declined";

    private final Path dataDirectory;
    private final Database database;
    private final CouncilDirectory councils;
    private final SnapshotRepository snapshots;
    private final DemoDataRepository demo;
    private final EventRepository events;
    private final SettingsRepository settings;
    private final MarketService market;
    private final ImportService imports;
    private final RegisterChangesService registerChanges;
    private final MatchingService matching;
    private final EventService eventService;
    private final TrackerImport trackerImport;
    private final RegisterSignals signals;
    private final TrackerMappings trackerMappings;

    private AppServices(Path dataDirectory, Database database) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
        this.snapshots = new JooqSnapshotRepository(database.dsl());
        this.demo = new JooqDemoDataRepository(database.dsl());
        this.events = new JooqEventRepository(database.dsl());
        this.settings = new JooqSettingsRepository(database.dsl());
        JooqMatchRepository matches = new JooqMatchRepository(database.dsl());
        JooqSponsorLookup sponsors = new JooqSponsorLookup(database.dsl());
        JooqRegisterSnapshotReader registerReader = new JooqRegisterSnapshotReader(database.dsl());
        this.market = new MarketService(councils, new JooqMarketRepository(database.dsl()),
                new MarketAssembler(snapshots,
                        new JooqMarketRows(database.dsl(), registerReader, matches, events, sponsors)));
        RecentRegister recentRegister = new RecentRegister();
        this.imports = new FileImporter(database.dsl(), councils, Clock.systemDefaultZone(), recentRegister);
        this.registerChanges = new RegisterChangesService(snapshots, registerReader);
        this.matching = new MatchingService(new JooqMatchInputs(database.dsl(), recentRegister), matches,
                Clock.systemUTC());
        this.eventService = new EventService(events, sponsors, Clock.systemDefaultZone(),
                System.getProperty("user.name"));
        this.trackerImport = new TrackerImport(eventService, events);
        this.signals = new RegisterSignals(registerChanges, sponsors, eventService);
        this.trackerMappings = new TrackerMappings(settings);
    }

    public static AppServices open(Path dataDirectory) {
        return new AppServices(dataDirectory, Database.open(dataDirectory));
    }

    /** Loads the demo into an empty data folder, unless the user removed it before. True when it loaded. */
    public boolean loadDemoIfEmpty(ProgressListener progress) {
        if (demo.isEmpty() && !settings.get(DEMO_DECLINED).map(Boolean::parseBoolean).orElse(false)) {
            loadDemo(progress);
            return true;
        }
        return false;
    }

    public void loadDemo(ProgressListener progress) {
        demo.load(new DemoDataGenerator(councils).generate(), progress);
        settings.put(DEMO_DECLINED, "false");
    }

    public void removeDemo() {
        demo.remove();
        settings.put(DEMO_DECLINED, "true");
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

    public SnapshotRepository snapshots() {
        return snapshots;
    }

    public DemoDataRepository demo() {
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

    public TrackerMappings trackerMappings() {
        return trackerMappings;
    }

    /** A regional tracker (XLSX or CSV) read whole, its first row the headers. */
    public TrackerTable readTracker(Path file) {
        return TrackerReader.read(file);
    }

    /** CSV of events: see {@link EventsCsv}. */
    public void writeEventsCsv(List<EnforcementEvent> events, Appendable out) throws IOException {
        EventsCsv.write(events, out);
    }

    public void writeTrackerProblemsCsv(List<RowProblem> problems, Appendable out) throws IOException {
        TrackerProblemsCsv.write(problems, out);
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

    /** CSV of match results: cqc_provider_id,cqc_provider_name,sponsor_name,sponsor_town,score,band,evidence. */
    public void writeMatchCsv(List<MatchResult> results, Appendable out) throws IOException {
        MatchCsv.write(results, out);
    }

    /** CSV of match decisions, for sharing: see {@link DecisionsCsv}. */
    public void writeDecisionsCsv(List<MatchDecision> decisions, Appendable out) throws IOException {
        DecisionsCsv.write(decisions, out);
    }

    /** Reads a decisions CSV whole, or refuses it in a sentence naming the bad lines. */
    public List<MatchDecision> readDecisionsCsv(Path file) {
        return DecisionsCsv.read(file);
    }

    /** CSV of register changes: change,organisation_name,town,before,after. */
    public void writeChangesCsv(List<RegisterChange> changes, Appendable out) throws IOException {
        RegisterChangesCsv.write(changes, out);
    }

    /**
     * The council workbook of an area and period, generated now; it says so when the data is the demo. Written in
     * the caller's thread: call it off the JavaFX thread.
     */
    public CouncilReport councilReport(Scope scope, ReportPeriod period) {
        return market.report(scope, period, ZonedDateTime.now(), demo.hasDemoData());
    }

    /** Writes the council workbook (.xlsx) to {@code file}; a failure leaves no half-written file. */
    public void writeCouncilWorkbook(CouncilReport report, Path file) {
        CouncilWorkbook.write(report, file);
    }

    /** CSV of the lines an import rejected: line,reason,text. */
    public void writeRejectedLinesCsv(List<RejectedLine> lines, Appendable out) throws IOException {
        RejectedLinesCsv.write(lines, out);
    }

    @Override
    public void close() {
        database.close();
    }
}
