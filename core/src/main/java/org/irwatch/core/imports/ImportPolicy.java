package org.irwatch.core.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotKind;

/**
 * When a file is refused, and what its import warns of, whatever the file's format. A refusal is a
 * {@link UserFacingException} and leaves the database as it was; a warning is kept in the import's report.
 */
public final class ImportPolicy {

    /** A register with fewer organisations than this share of the register before it is probably cut off. */
    static final double CUT_OFF_SHARE = 0.6;
    /** Councils named in the warning about locations without one; the rest are counted. */
    static final int UNRESOLVED_NAMED = 12;

    private ImportPolicy() {
    }

    /**
     * Refuses a file of the right kind with no readable rows, or with more than half of its rows unreadable: it is
     * damaged or mislabelled, so none of it is taken.
     */
    public static void requireUsableRows(String fileName, SnapshotKind kind, long rowsRead,
                                         List<RejectedLine> rejected) {
        if (rowsRead - rejected.size() == 0) {
            throw new UserFacingException(fileName + " has the header of a " + kind.label() + " but no data rows"
                    + (rejected.isEmpty() ? "" : " that could be read (first problem: line "
                    + rejected.getFirst().line() + ": " + rejected.getFirst().reason() + ")")
                    + ". Nothing was imported. Check that you chose the right file, or download it again.");
        }
        if (rejected.size() * 2L > rowsRead) {
            RejectedLine first = rejected.getFirst();
            throw new UserFacingException(String.format("%s is not a usable %s: %,d of its %,d rows cannot be read "
                    + "(first: line %d, %s). Nothing was imported. Check that you chose the right file, or "
                    + "download it again.", fileName, kind.label(), rejected.size(), rowsRead, first.line(),
                    first.reason()));
        }
    }

    /**
     * Every real register and CQC file ends with a line break; one that does not may have been cut inside its last
     * value, which no column count can show.
     */
    public static Optional<String> cutOffLastLine(boolean endsWithLineBreak) {
        return endsWithLineBreak ? Optional.empty() : Optional.of("The file does not end with a line break, so its "
                + "last line may be cut off (a download that did not finish?). Check its last organisation, or "
                + "download the file again.");
    }

    /**
     * A register cut at a line break reads as a valid but short file: every organisation after the cut would show as
     * removed. Compared with the newest register held with data from this date or before.
     *
     * @param registers the register snapshots held, newest data first
     */
    public static Optional<String> cutOffRegister(int organisations, LocalDate dataDate, List<Snapshot> registers) {
        return registers.stream()
                .filter(s -> !s.dataDate().isAfter(dataDate))
                .findFirst()
                .filter(previous -> organisations < previous.organisations() * CUT_OFF_SHARE)
                .map(previous -> String.format("This register holds %,d organisations, far fewer than the %,d of the "
                        + "register of %s: it may be cut off. If so, delete this snapshot and import a complete file.",
                        organisations, previous.organisations(), UkDates.day(previous.dataDate())));
    }

    /**
     * The date of the data: an explicit date wins (with a warning when the file says otherwise); then the date the
     * file states; then the date in its name. Refused when none says it.
     *
     * @param stated the date the file or its name states
     */
    public static LocalDate dataDate(String fileName, Optional<LocalDate> stated, LocalDate asOf,
                                     Consumer<String> warnings) {
        if (asOf != null) {
            stated.filter(date -> !date.equals(asOf)).ifPresent(date -> warnings.accept("The file says its data is of "
                    + UkDates.day(date) + "; the date given (" + UkDates.day(asOf) + ") was used."));
            return asOf;
        }
        return stated.orElseThrow(() -> new DataDateUnknownException("IR Watch cannot tell the date of the data in "
                + fileName + ": neither the file nor its name says it. Give the date (command line: --as-of "
                + "YYYY-MM-DD). Nothing was imported."));
    }

    /**
     * Locations whose council is not one of the English councils with adult social care duties are kept without a
     * council; the import says how many, and names the councils.
     *
     * @param unresolved locations by the council name the file gives, in the file's order
     */
    public static Optional<String> unresolvedCouncils(Map<String, Integer> unresolved) {
        if (unresolved.isEmpty()) {
            return Optional.empty();
        }
        int locations = unresolved.values().stream().mapToInt(Integer::intValue).sum();
        List<String> names = unresolved.entrySet().stream()
                .map(e -> "'" + e.getKey() + "' (" + e.getValue() + ")").toList();
        String shown = names.size() > UNRESOLVED_NAMED ? String.join(", ", names.subList(0, UNRESOLVED_NAMED))
                + " and " + (names.size() - UNRESOLVED_NAMED) + " more" : String.join(", ", names);
        return Optional.of(String.format("%,d locations name a council that is not one of the 153 English councils "
                + "with adult social care duties: %s. They are kept, without a council, and appear in no council's "
                + "figures.", locations, shown));
    }
}
