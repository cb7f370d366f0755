package org.irwatch.data.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.cqc.CqcAssembler;
import org.irwatch.core.cqc.CqcLocationRow;
import org.irwatch.core.imports.DataDateUnknownException;
import org.irwatch.core.imports.ImportReport;
import org.irwatch.core.imports.ImportService;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.snapshot.RecentRegister;
import org.irwatch.data.snapshot.SnapshotWriter;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Imports one file: reads it, tells its kind from the content, recognises a file imported before (SHA-256),
 * parses it, and writes the snapshot in one transaction. Any failure leaves the database exactly as it was.
 */
public final class FileImporter implements ImportService {

    private final DSLContext dsl;
    private final CouncilDirectory councils;
    private final Clock clock;
    private final JooqSnapshotRepository snapshots;
    private final RecentRegister recentRegister;

    public FileImporter(DSLContext dsl, CouncilDirectory councils, Clock clock) {
        this(dsl, councils, clock, new RecentRegister());
    }

    /** @param recentRegister told of each register snapshot once it is committed, for the match that follows */
    public FileImporter(DSLContext dsl, CouncilDirectory councils, Clock clock, RecentRegister recentRegister) {
        this.dsl = dsl;
        this.councils = councils;
        this.clock = clock;
        this.snapshots = new JooqSnapshotRepository(dsl);
        this.recentRegister = recentRegister;
    }

    @Override
    public ImportReport importFile(Path file, LocalDate asOf, ProgressListener progress) {
        progress.progress("Reading " + file.getFileName(), 0, -1);
        FileContent content = FileContent.read(file);
        FileKindDetector.Detected detected = FileKindDetector.detect(content);
        Optional<Snapshot> existing = snapshots.findByContent(detected.kind(), content.sha256());
        if (existing.isPresent()) {
            return alreadyImported(content.fileName(), existing.get());
        }
        progress.checkCancelled();
        return switch (detected.kind()) {
            case REGISTER -> importRegister(content, (FileKindDetector.CsvFile) detected, asOf, progress);
            case CQC_DIRECTORY, CQC_SEARCH_EXPORT, CQC_ACTIVE_LOCATIONS -> importCqc(content, detected, asOf, progress);
        };
    }

    private ImportReport importRegister(FileContent content, FileKindDetector.CsvFile csv, LocalDate asOf,
                                        ProgressListener progress) {
        RegisterCsvParser.Result parsed = new RegisterCsvParser().parse(csv.csv(), progress);
        csv.encodingNote().ifPresent(parsed::warn);
        warnIfUnterminated(content, parsed);
        checkEnoughRows(content.fileName(), parsed, SnapshotKind.REGISTER);
        LocalDate dataDate = dataDate(content.fileName(), parsed, asOf);
        warnIfMuchSmaller(parsed, dataDate);
        long id = write(content, SnapshotKind.REGISTER, dataDate, writer -> writer.writeRegister(
                header(content, SnapshotKind.REGISTER, dataDate), parsed.organisations(), progress));
        recentRegister.imported(id, parsed.organisations());
        return new ImportReport(content.fileName(), SnapshotKind.REGISTER, ImportReport.Outcome.IMPORTED, id, dataDate,
                parsed.rowsRead(), parsed.rowsAccepted(), parsed.rejected(), parsed.warnings(),
                parsed.organisations().size(), 0, 0);
    }

    private ImportReport importCqc(FileContent content, FileKindDetector.Detected detected, LocalDate asOf,
                                   ProgressListener progress) {
        CqcRows parsed = switch (detected) {
            case FileKindDetector.CsvFile csv when csv.kind() == SnapshotKind.CQC_ACTIVE_LOCATIONS ->
                    withNote(new HscaParser().parse(csv.csv(), progress), csv);
            case FileKindDetector.CsvFile csv -> withNote(new CqcCsvParser().parse(csv.csv(), csv.kind(), progress), csv);
            case FileKindDetector.Spreadsheet sheet -> new HscaParser().parse(
                    SpreadsheetSource.open(content.fileName(), sheet), progress);
        };
        SnapshotKind kind = detected.kind();
        CqcAssembler assembler = new CqcAssembler(councils);
        for (CqcLocationRow row : parsed.rows()) {
            if (!assembler.add(row)) {
                parsed.reject(row.line(), "location " + row.locationId() + " appears earlier in the file", "");
            }
        }
        checkEnoughRows(content.fileName(), parsed, kind);
        describeUnresolved(assembler.unresolvedCouncils()).ifPresent(parsed::warn);
        LocalDate dataDate = dataDate(content.fileName(), parsed, asOf);
        long id = write(content, kind, dataDate, writer -> writer.writeCqc(header(content, kind, dataDate),
                Math.toIntExact(parsed.rowsRead()), assembler.providers(), assembler.locations(), parsed.columnsHeld(), progress));
        return new ImportReport(content.fileName(), kind, ImportReport.Outcome.IMPORTED, id, dataDate,
                parsed.rowsRead(), parsed.rowsAccepted(), parsed.rejected(), parsed.warnings(), 0,
                assembler.providers().size(), assembler.locations().size());
    }

    private static CqcRows withNote(CqcRows rows, FileKindDetector.CsvFile csv) {
        csv.encodingNote().ifPresent(rows::warn);
        return rows;
    }

    /**
     * Every real register and CQC file ends with a line break; one that does not may have been cut inside its last
     * value, which no column count can show.
     */
    private static void warnIfUnterminated(FileContent content, ParsedFile parsed) {
        byte[] bytes = content.bytes();
        byte last = bytes[bytes.length - 1];
        if (last != '\n' && last != '\r') {
            parsed.warn("The file does not end with a line break, so its last line may be cut off (a download that "
                    + "did not finish?). Check its last organisation, or download the file again.");
        }
    }

    /**
     * A register cut at a line break reads as a valid but short file: every organisation after the cut would show as
     * removed. Compare with the newest register held from before this one.
     */
    private void warnIfMuchSmaller(RegisterCsvParser.Result parsed, LocalDate dataDate) {
        snapshots.list().stream()
                .filter(s -> s.kind() == SnapshotKind.REGISTER && !s.dataDate().isAfter(dataDate))
                .findFirst()
                .filter(previous -> parsed.organisations().size() < previous.organisations() * 0.6)
                .ifPresent(previous -> parsed.warn(String.format("This register holds %,d organisations, far fewer "
                        + "than the %,d of the register of %s: it may be cut off. If so, delete this snapshot and "
                        + "import a complete file.", parsed.organisations().size(), previous.organisations(),
                        previous.dataDate())));
    }

    private interface SnapshotWork {
        long write(SnapshotWriter writer);
    }

    /** One transaction; a second import of the same content racing this one is caught by the unique key. */
    private long write(FileContent content, SnapshotKind kind, LocalDate dataDate, SnapshotWork work) {
        try {
            return dsl.transactionResult(configuration -> work.write(new SnapshotWriter(DSL.using(configuration))));
        } catch (org.jooq.exception.DataAccessException e) {
            if (e.getMessage() != null && e.getMessage().toUpperCase(java.util.Locale.ROOT).contains("SNAPSHOT_FILE_ONCE")) {
                throw new UserFacingException(content.fileName() + " was imported at the same time by another task; "
                        + "it is held once.", e);
            }
            throw e;
        }
    }

    private SnapshotWriter.Header header(FileContent content, SnapshotKind kind, LocalDate dataDate) {
        return new SnapshotWriter.Header(kind, content.fileName(), content.sha256(), dataDate, clock.instant(), false);
    }

    /** An explicit date wins; then the date the file states; then the date in its name. */
    private static LocalDate dataDate(String fileName, ParsedFile parsed, LocalDate asOf) {
        Optional<LocalDate> stated = parsed.dataDateInFile().or(() -> DataDateInName.of(fileName));
        if (asOf != null) {
            stated.filter(date -> !date.equals(asOf)).ifPresent(date -> parsed.warn("The file says its data is of "
                    + date + "; the date given (" + asOf + ") was used."));
            return asOf;
        }
        return stated.orElseThrow(() -> new DataDateUnknownException("IR Watch cannot tell the date of the data in "
                + fileName + ": neither the file nor its name says it. Give the date (command line: --as-of "
                + "YYYY-MM-DD). Nothing was imported."));
    }

    /** A file of the right kind whose rows are mostly rejected is damaged or mislabelled: take none of it. */
    private static void checkEnoughRows(String fileName, ParsedFile parsed, SnapshotKind kind) {
        if (parsed.rowsAccepted() == 0) {
            throw new UserFacingException(fileName + " has the header of a " + kind.label() + " but no data rows"
                    + (parsed.rejected().isEmpty() ? "" : " that could be read (first problem: line "
                    + parsed.rejected().getFirst().line() + ": " + parsed.rejected().getFirst().reason() + ")")
                    + ". Nothing was imported. Check that you chose the right file, or download it again.");
        }
        if (parsed.rejected().size() * 2L > parsed.rowsRead()) {
            var first = parsed.rejected().getFirst();
            throw new UserFacingException(String.format("%s is not a usable %s: %,d of its %,d rows cannot be read "
                    + "(first: line %d, %s). Nothing was imported. Check that you chose the right file, or "
                    + "download it again.", fileName, kind.label(), parsed.rejected().size(),
                    parsed.rowsRead(), first.line(), first.reason()));
        }
    }

    private static Optional<String> describeUnresolved(Map<String, Integer> unresolved) {
        if (unresolved.isEmpty()) {
            return Optional.empty();
        }
        int locations = unresolved.values().stream().mapToInt(Integer::intValue).sum();
        List<String> names = new ArrayList<>(unresolved.entrySet().stream()
                .map(e -> "'" + e.getKey() + "' (" + e.getValue() + ")").toList());
        String shown = names.size() > 12 ? String.join(", ", names.subList(0, 12)) + " and " + (names.size() - 12)
                + " more" : String.join(", ", names);
        return Optional.of(String.format("%,d locations name a council that is not one of the 153 English councils "
                + "with adult social care duties: %s. They are kept, without a council, and appear in no council's "
                + "figures.", locations, shown));
    }

    private static ImportReport alreadyImported(String fileName, Snapshot snapshot) {
        return new ImportReport(fileName, snapshot.kind(), ImportReport.Outcome.ALREADY_IMPORTED, snapshot.id(),
                snapshot.dataDate(), 0, 0, List.of(), List.of(), snapshot.organisations(), snapshot.providers(),
                snapshot.locations());
    }

}
