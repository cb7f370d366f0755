package org.irwatch.core.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotRepository;
import org.irwatch.core.snapshot.SnapshotSource;

/** Chooses two register snapshots and lists what changed between them. */
public final class RegisterChangesService {

    private final SnapshotRepository snapshots;
    private final RegisterSnapshotReader reader;

    public RegisterChangesService(SnapshotRepository snapshots, RegisterSnapshotReader reader) {
        this.snapshots = snapshots;
        this.reader = reader;
    }

    /** The changes from one snapshot to another, earlier first. */
    public record Comparison(Snapshot from, Snapshot to, List<RegisterChange> changes) {
    }

    /** Register snapshots held, newest data first. */
    public List<Snapshot> registerSnapshots() {
        return snapshots.list(SnapshotSource.REGISTER);
    }

    /**
     * Compares the newest register snapshot with data on or before {@code from} against the newest on or before
     * {@code to}. Null {@code to} means the latest; null {@code from} means the one before {@code to}.
     */
    public Comparison between(LocalDate from, LocalDate to) {
        List<Snapshot> registers = registerSnapshots();
        if (registers.size() < 2) {
            throw new UserFacingException("Register changes need two register snapshots, and " + registers.size()
                    + (registers.size() == 1 ? " is" : " are") + " held. Import another register file first.");
        }
        Snapshot later = to == null ? registers.getFirst() : newestOnOrBefore(registers, to, "--to");
        Snapshot earlier;
        if (from == null) {
            earlier = registers.stream().filter(s -> isBefore(s, later)).findFirst().orElseThrow(() ->
                    new UserFacingException("No register snapshot is older than the one of " + UkDates.day(later.dataDate())
                            + " to compare it with."));
        } else {
            earlier = newestOnOrBefore(registers, from, "--from");
        }
        return compare(earlier, later);
    }

    /** The changes between the two newest register snapshots; empty when fewer than two are held. */
    public Optional<Comparison> latest() {
        return snapshots.previous(SnapshotSource.REGISTER).map(earlier ->
                compare(earlier, snapshots.latest(SnapshotSource.REGISTER).orElseThrow()));
    }

    public Comparison compare(Snapshot earlier, Snapshot later) {
        return new Comparison(earlier, later,
                RegisterChangeDetector.between(reader.summaries(earlier.id()), reader.summaries(later.id())));
    }

    private static boolean isBefore(Snapshot candidate, Snapshot later) {
        return candidate.dataDate().isBefore(later.dataDate())
                || candidate.dataDate().equals(later.dataDate()) && candidate.id() < later.id();
    }

    private static Snapshot newestOnOrBefore(List<Snapshot> registers, LocalDate date, String option) {
        return registers.stream().filter(s -> !s.dataDate().isAfter(date)).findFirst().orElseThrow(() ->
                new UserFacingException("No register snapshot has data from " + UkDates.day(date) + " or earlier (" + option
                        + "). The oldest held is of " + UkDates.day(registers.getLast().dataDate()) + "."));
    }
}
