package org.irwatch.core.workers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.settings.SettingsRepository;

/**
 * The register of displaced workers as the screen and the command line use it: set up, unlock and lock; list, filter,
 * save, move through the pipeline, withdraw consent, merge duplicates, delete at the end of retention; anonymised
 * counts and job fairs. While unlocked the records are held in memory, decrypted; locking forgets them.
 * Every change is recorded in the audit trail under the name of the person making it.
 */
public final class WorkerService {

    /** The idle minutes after which the screen locks, a setting (10 by default). */
    public static final String IDLE_MINUTES_SETTING = "workers.lock.minutes";
    /** The list's order: the nearest deadline first (none last), then by name. */
    static final Comparator<Worker> LIST_ORDER = Comparator.comparing(Worker::deadline,
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(w -> w.person().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Worker::id);
    public static final int MIN_PASSPHRASE = 10;

    private final WorkerVault vault;
    private final SettingsRepository settings;
    private final Clock clock;
    private final String user;
    private final Supplier<DemoWorkers> demo;
    private WorkerStore store;
    private Map<Long, Worker> held = new LinkedHashMap<>();
    /** The records held in list order, kept sorted as records change so a list is one pass of filtering. */
    private List<Worker> ordered = new ArrayList<>();

    /**
     * @param user who changes are recorded as made by (the computer's user name, as for events)
     * @param demo the demo's workers when the data folder holds the demo, {@link DemoWorkers#NONE} otherwise: stored
     *             under the first passphrase set
     */
    public WorkerService(WorkerVault vault, SettingsRepository settings, Clock clock, String user,
                         Supplier<DemoWorkers> demo) {
        this.vault = vault;
        this.settings = settings;
        this.clock = clock;
        this.user = user == null || user.isBlank() ? "unknown" : user;
        this.demo = demo;
    }

    public WorkerService(WorkerVault vault, SettingsRepository settings, Clock clock, String user) {
        this(vault, settings, clock, user, () -> DemoWorkers.NONE);
    }

    public boolean isSetUp() {
        return vault.isSetUp();
    }

    public synchronized boolean isUnlocked() {
        return store != null;
    }

    /**
     * Sets the first passphrase and leaves the register unlocked; returns the recovery key to show once. Records
     * waiting for the first set-up (the demo's workers) are stored under it.
     */
    public synchronized RecoveryKey setUp(char[] passphrase) {
        if (vault.isSetUp()) {
            throw new UserFacingException("The register already has a passphrase. Unlock it with that passphrase, "
                    + "or with the recovery key if it is forgotten.");
        }
        checkStrength(passphrase);
        WorkerVault.Opened opened = vault.setUp(passphrase);
        opened(opened.store());
        replaceDemo();
        return opened.recoveryKey();
    }

    /**
     * Stores the demo's workers and fairs in place of any stored before (for {@code irwatch demo} with a passphrase);
     * nothing when the data folder holds no demo. Returns how many workers were stored.
     */
    public synchronized int replaceDemo() {
        DemoWorkers workers = demo.get();
        WorkerStore open = open();
        if (workers.isEmpty()) {
            return 0;
        }
        List<Worker> withHistory = workers.workers().stream().map(this::withFirstStage).toList();
        open.replaceDemo(new DemoWorkers(workers.fairs(), withHistory), audit(WorkerAudit.Kind.REGISTERED,
                "Demo record"));
        opened(open);
        return withHistory.size();
    }

    public synchronized void unlock(char[] passphrase) {
        opened(vault.unlock(requireSetUp(passphrase)));
    }

    public synchronized void unlockWithRecoveryKey(String recoveryKey) {
        requireSetUp(new char[0]);
        opened(vault.unlockWithRecoveryKey(recoveryKey));
    }

    /** Forgets the key and the records held in memory. */
    public synchronized void lock() {
        store = null;
        held = new LinkedHashMap<>();
        ordered = new ArrayList<>();
    }

    /** A new passphrase (after unlocking with the recovery key, or to change it). */
    public synchronized void changePassphrase(char[] passphrase) {
        checkStrength(passphrase);
        open().changePassphrase(passphrase);
    }

    /** The idle lock for the screen, with the idle time from the settings. */
    public IdleLock idleLock() {
        int minutes = settings.get(IDLE_MINUTES_SETTING).map(String::strip).filter(v -> v.matches("[1-9]\\d{0,3}"))
                .map(Integer::parseInt).orElse((int) IdleLock.DEFAULT_IDLE.toMinutes());
        return new IdleLock(clock, Duration.ofMinutes(minutes));
    }

    /** Every record held, unfiltered, in no particular order. */
    public synchronized List<Worker> workers() {
        open();
        return List.copyOf(held.values());
    }

    /** The records the filter lets through, the nearest deadline first, then by name. */
    public synchronized List<Worker> list(WorkerFilter filter) {
        open();
        LocalDate today = today();
        return ordered.stream().filter(w -> filter.test(w, today)).toList();
    }

    public synchronized Worker find(long id) {
        open();
        Worker worker = held.get(id);
        if (worker == null) {
            throw new UserFacingException("Record #" + id + " is no longer held; it may have been merged or its "
                    + "personal data removed. Reload the list.");
        }
        return worker;
    }

    /** The problems that stop a record being saved, for the form. */
    public List<WorkerProblem> problems(Worker worker) {
        return WorkerChecks.problems(worker, today());
    }

    /** The records already held for the same person, for the form to flag before saving. */
    public synchronized List<Worker> duplicatesOf(Worker worker) {
        open();
        return Duplicates.of(worker, held.values());
    }

    /**
     * Stores a new record (id null) at its stage, with that first stage in its history, or saves the changes to one
     * held; the stage of a held record changes only through {@link #moveStage}.
     */
    public synchronized Worker save(Worker worker) {
        WorkerStore open = open();
        List<WorkerProblem> problems = problems(worker);
        if (!problems.isEmpty()) {
            throw new InvalidWorkerException(problems);
        }
        if (worker.id() == null) {
            Worker stored = withFirstStage(worker);
            long id = open.insert(List.of(stored), audit(WorkerAudit.Kind.REGISTERED, "")).getFirst();
            return keep(stored.withId(id));
        }
        Worker before = find(worker.id());
        Worker after = new Worker(before.id(), worker.person(), worker.place(), worker.work(), worker.situation(),
                worker.welfare(), worker.consent(), worker.source(), before.stage(), worker.registeredOn(),
                worker.lastContact(), worker.placement(), worker.notes(), before.history());
        List<String> changed = changedParts(before, after);
        if (changed.isEmpty()) {
            return before;
        }
        open.update(after, List.of(), audit(WorkerAudit.Kind.EDITED, "Changed: " + String.join(", ", changed))
                .forWorker(after.id()));
        return keep(after);
    }

    /** Stores many new records in one transaction (an import, the demo), each audited with the detail given. */
    public synchronized List<Worker> insertAll(List<Worker> workers, WorkerAudit.Kind kind, String detail) {
        WorkerStore open = open();
        for (Worker worker : workers) {
            List<WorkerProblem> problems = problems(worker);
            if (!problems.isEmpty()) {
                throw new InvalidWorkerException(problems);
            }
        }
        List<Worker> withHistory = workers.stream().map(this::withFirstStage).toList();
        List<Long> ids = open.insert(withHistory, audit(kind, detail));
        List<Worker> stored = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            stored.add(keep(withHistory.get(i).withId(ids.get(i))));
        }
        return stored;
    }

    /** A new record's history starts with the stage it is registered at. */
    private Worker withFirstStage(Worker worker) {
        return worker.history().isEmpty() ? worker.withHistory(List.of(new StageChange(null, worker.stage(),
                worker.registeredOn(), now(), user))) : worker;
    }

    /** Moves a record to a stage on a date; refused, saying what is allowed, when the pipeline does not allow it. */
    public synchronized Worker moveStage(long id, Stage to, LocalDate on) {
        return moveStage(id, to, on, null);
    }

    /**
     * Moves a record to a stage and, when given, records the placement (new employer, start date) in the same write
     * and the same audit entry: a move to placed is one change, kept or lost whole.
     */
    public synchronized Worker moveStage(long id, Stage to, LocalDate on, Placement placement) {
        Worker before = find(id);
        if (!before.stage().canMoveTo(to)) {
            throw new UserFacingException("A record at \"" + before.stage().label() + "\" cannot move to \""
                    + to.label() + "\"." + allowedText(before.stage()));
        }
        LocalDate date = on == null ? today() : on;
        if (date.isAfter(today())) {
            throw new UserFacingException("The date of a stage change cannot be in the future.");
        }
        if (date.isBefore(before.stageSince())) {
            throw new UserFacingException("The record reached \"" + before.stage().label() + "\" on "
                    + UkDates.day(before.stageSince()) + "; give a date from then on.");
        }
        StageChange change = new StageChange(before.stage(), to, date, now(), user);
        Worker moved = before.movedTo(change);
        Worker after = placement == null ? moved : moved.withPlacement(placement);
        open().update(after, List.of(change), audit(WorkerAudit.Kind.STAGE_CHANGED,
                before.stage().label() + " → " + to.label() + (placement == null ? "" : ", with the placement"))
                .forWorker(id));
        return keep(after);
    }

    /** Consent withdrawn: the personal fields go at once; the anonymous counts stay. */
    public synchronized void withdrawConsent(long id) {
        find(id);
        open().removePersonal(List.of(id), audit(WorkerAudit.Kind.CONSENT_WITHDRAWN, "").forWorker(id));
        forget(List.of(id));
    }

    /**
     * Merges two records of the same person: the kept one keeps its fields, takes the other's stage moves and
     * audit trail into its own, and the other goes.
     */
    public synchronized Worker merge(long keepId, long otherId) {
        if (keepId == otherId) {
            throw new UserFacingException("Choose two different records to merge.");
        }
        Worker kept = find(keepId);
        Worker other = find(otherId);
        List<StageChange> both = new ArrayList<>(kept.history());
        both.addAll(other.history());
        both.sort(Comparator.comparing(StageChange::on).thenComparing(StageChange::recordedAt));
        Worker merged = kept.withHistory(both);
        open().merge(merged, otherId, audit(WorkerAudit.Kind.MERGED, "Merged record #" + otherId + " into #"
                + keepId).forWorker(keepId));
        forget(List.of(otherId));
        return keep(merged);
    }

    public Retention retention() {
        return Retention.from(settings);
    }

    public void setRetentionMonths(int months) {
        settings.put(Retention.SETTING, Integer.toString(new Retention(months).months()));
    }

    /** Closed records held longer than the retention period, oldest first. */
    public synchronized List<Worker> retentionDue() {
        open();
        Retention retention = retention();
        LocalDate today = today();
        return held.values().stream().filter(w -> retention.isDue(w.facets(), today))
                .sorted(Comparator.comparing(Worker::stageSince)).toList();
    }

    /** Deletes the personal data of every record due, in one audited action; the counts keep them. */
    public synchronized int purgeDue() {
        List<Long> due = retentionDue().stream().map(Worker::id).toList();
        if (!due.isEmpty()) {
            open().removePersonal(due, audit(WorkerAudit.Kind.DELETED, due.size() + " records closed more than "
                    + retention().months() + " months"));
            forget(due);
        }
        return due.size();
    }

    /** Every record's anonymous facets, also of records whose personal data was removed; needs no passphrase. */
    public List<WorkerFacets> facets() {
        return vault.facets();
    }

    /**
     * Anonymised counts of the records in the councils given (all when empty) registered between the dates (either
     * may be null); needs no passphrase.
     */
    public WorkerSummary summary(Set<String> councils, LocalDate from, LocalDate to,
                                 Function<String, String> councilName) {
        List<WorkerFacets> chosen = vault.facets().stream()
                .filter(f -> councils.isEmpty() || councils.contains(f.councilGss()))
                .filter(f -> from == null || !f.registeredOn().isBefore(from))
                .filter(f -> to == null || !f.registeredOn().isAfter(to))
                .toList();
        return WorkerSummary.of(chosen, councilName);
    }

    public List<JobFair> fairs() {
        return vault.fairs();
    }

    public JobFair saveFair(JobFair fair) {
        if (fair.heldOn() == null || fair.venue().isEmpty()) {
            throw new UserFacingException("Give the fair's date and venue.");
        }
        return vault.saveFair(fair);
    }

    /** People seen at each fair and where they came from; anonymous, so it needs no passphrase. */
    public List<FairCount> fairCounts() {
        Map<Long, List<WorkerFacets>> byFair = new LinkedHashMap<>();
        vault.facets().stream().filter(f -> f.fairId() != null)
                .forEach(f -> byFair.computeIfAbsent(f.fairId(), k -> new ArrayList<>()).add(f));
        return fairs().stream().map(fair -> {
            List<WorkerFacets> seen = byFair.getOrDefault(fair.id(), List.of());
            Map<String, Integer> councils = new TreeMap<>();
            seen.forEach(f -> councils.merge(f.councilGss(), 1, Integer::sum));
            return new FairCount(fair, seen.size(), councils);
        }).toList();
    }

    public synchronized List<WorkerAudit> audit(long workerId) {
        return open().audit(workerId);
    }

    public synchronized List<WorkerAudit> auditAll() {
        return open().auditAll();
    }

    /** Records that personal data left the register: how many records, in what, to which file. */
    public synchronized void recordExport(int records, String what) {
        open().record(audit(WorkerAudit.Kind.EXPORTED, records + " records: " + what));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void opened(WorkerStore opened) {
        store = opened;
        Map<Long, Worker> loaded = new LinkedHashMap<>();
        opened.loadAll().forEach(w -> loaded.put(w.id(), w));
        held = loaded;
        ordered = new ArrayList<>(loaded.values());
        ordered.sort(LIST_ORDER);
    }

    private WorkerStore open() {
        if (store == null) {
            throw new RegisterLockedException();
        }
        return store;
    }

    private Worker keep(Worker worker) {
        Worker old = held.put(worker.id(), worker);
        if (old != null) {
            unorder(old);
        }
        int at = Collections.binarySearch(ordered, worker, LIST_ORDER);
        ordered.add(at < 0 ? -at - 1 : at, worker);
        return worker;
    }

    private void forget(List<Long> ids) {
        ids.forEach(id -> {
            Worker old = held.remove(id);
            if (old != null) {
                unorder(old);
            }
        });
    }

    private void unorder(Worker worker) {
        int at = Collections.binarySearch(ordered, worker, LIST_ORDER);
        if (at >= 0) {
            ordered.remove(at);
        }
    }

    private char[] requireSetUp(char[] passphrase) {
        if (!vault.isSetUp()) {
            throw new UserFacingException("The register has no passphrase yet. Set one up first.");
        }
        return passphrase;
    }

    private static void checkStrength(char[] passphrase) {
        if (passphrase == null || new String(passphrase).strip().length() < MIN_PASSPHRASE) {
            throw new UserFacingException("Choose a passphrase of at least " + MIN_PASSPHRASE
                    + " characters; a few words you will remember work well.");
        }
    }

    private static String allowedText(Stage from) {
        Set<Stage> allowed = from.allowedMoves();
        if (allowed.isEmpty()) {
            return " \"" + from.label() + "\" is final.";
        }
        return " It can move to: " + String.join(", ", allowed.stream().map(Stage::label).toList()) + ".";
    }

    private static List<String> changedParts(Worker before, Worker after) {
        List<String> parts = new ArrayList<>();
        addIfChanged(parts, "person", before.person(), after.person());
        addIfChanged(parts, "where", before.place(), after.place());
        addIfChanged(parts, "work", before.work(), after.work());
        addIfChanged(parts, "situation", before.situation(), after.situation());
        addIfChanged(parts, "welfare", before.welfare(), after.welfare());
        addIfChanged(parts, "consent", before.consent(), after.consent());
        addIfChanged(parts, "referral source", before.source(), after.source());
        addIfChanged(parts, "registered on", before.registeredOn(), after.registeredOn());
        addIfChanged(parts, "last contact", before.lastContact(), after.lastContact());
        addIfChanged(parts, "placement", before.placement(), after.placement());
        addIfChanged(parts, "notes", before.notes(), after.notes());
        return parts;
    }

    private static void addIfChanged(List<String> parts, String part, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(part);
        }
    }

    private WorkerAudit audit(WorkerAudit.Kind kind, String detail) {
        return new WorkerAudit(null, now(), user, kind, detail);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
