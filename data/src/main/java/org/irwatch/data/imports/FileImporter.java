package org.irwatch.data.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.cqc.CqcAssembler;
import org.irwatch.core.cqc.CqcLocationRow;
import org.irwatch.core.imports.ImportPolicy;
import org.irwatch.core.imports.ImportReport;
import org.irwatch.core.imports.ImportService;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.core.snapshot.SnapshotSource;
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
        progress.checkCancelled();
        // Parsed before a file imported before is recognised: its SHA-256 is worked out meanwhile on another core.
        return switch (detected.kind()) {
            case REGISTER -> importRegister(content, (FileKindDetector.CsvFile) detected, asOf, progress);
            case CQC_DIRECTORY, CQC_SEARCH_EXPORT, CQC_ACTIVE_LOCATIONS -> importCqc(content, detected, asOf, progress);
        };
    }

    private ImportReport importRegister(FileContent content, FileKindDetector.CsvFile csv, LocalDate asOf,
                                        ProgressListener progress) {
        RegisterCsvParser.Result parsed = new RegisterCsvParser().parse(csv.csv(), progress);
        Optional<ImportReport> before = importedBefore(content, SnapshotKind.REGISTER);
        if (before.isPresent()) {
            return before.get();
        }
        csv.encodingNote().ifPresent(parsed::warn);
        ImportPolicy.cutOffLastLine(endsWithLineBreak(content)).ifPresent(parsed::warn);
        requireUsableRows(content, parsed, SnapshotKind.REGISTER);
        LocalDate dataDate = dataDate(content, parsed, asOf);
        ImportPolicy.cutOffRegister(parsed.organisations().size(), dataDate, snapshots.list(SnapshotSource.REGISTER))
                .ifPresent(parsed::warn);
        long id = write(content, SnapshotKind.REGISTER, dataDate, writer -> writer.writeRegister(
                header(content, SnapshotKind.REGISTER, dataDate), parsed.organisations(), progress));
        recentRegister.imported(id, parsed.organisations());
        return new ImportReport(content.fileName(), SnapshotKind.REGISTER, ImportReport.Outcome.IMPORTED, id, dataDate,
                parsed.rowsRead(), parsed.rowsAccepted(), parsed.rejected(), parsed.warnings(),
                parsed.organisations().size(), 0, 0);
    }

    private ImportReport importCqc(FileContent content, FileKindDetector.Detected detected, LocalDate asOf,
                                   ProgressListener progress) {
        // Assembled as the rows are read, while the text is split on a thread of its own (ADR 0048); a location
        // met again is rejected after the parser's own rejections, as when assembling followed reading.
        CqcAssembler assembler = new CqcAssembler(councils);
        List<CqcLocationRow> repeated = new ArrayList<>();
        CqcRows rows = new CqcRows(row -> {
            if (!assembler.add(row)) {
                repeated.add(row);
            }
        });
        CqcRows parsed = switch (detected) {
            case FileKindDetector.CsvFile csv when csv.kind() == SnapshotKind.CQC_ACTIVE_LOCATIONS ->
                    withNote(new HscaParser().parse(csv.csv(), progress, rows), csv);
            case FileKindDetector.CsvFile csv ->
                    withNote(new CqcCsvParser().parse(csv.csv(), csv.kind(), progress, rows), csv);
            case FileKindDetector.Spreadsheet sheet -> new HscaParser().parse(
                    SpreadsheetSource.open(content.fileName(), sheet), progress, rows);
        };
        SnapshotKind kind = detected.kind();
        Optional<ImportReport> before = importedBefore(content, kind);
        if (before.isPresent()) {
            return before.get();
        }
        for (CqcLocationRow row : repeated) {
            parsed.reject(row.line(), "location " + row.locationId() + " appears earlier in the file", "");
        }
        requireUsableRows(content, parsed, kind);
        ImportPolicy.unresolvedCouncils(assembler.unresolvedCouncils()).ifPresent(parsed::warn);
        LocalDate dataDate = dataDate(content, parsed, asOf);
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

    private static boolean endsWithLineBreak(FileContent content) {
        byte last = content.bytes()[content.bytes().length - 1];
        return last == '\n' || last == '\r';
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

    /** The date the file states, else the date in its name; see {@link ImportPolicy#dataDate}. */
    private static LocalDate dataDate(FileContent content, ParsedFile parsed, LocalDate asOf) {
        return ImportPolicy.dataDate(content.fileName(),
                parsed.dataDateInFile().or(() -> DataDateInName.of(content.fileName())), asOf, parsed::warn);
    }

    private static void requireUsableRows(FileContent content, ParsedFile parsed, SnapshotKind kind) {
        ImportPolicy.requireUsableRows(content.fileName(), kind, parsed.rowsRead(), parsed.rejected());
    }

    /** The report for a file whose content is held already (same kind, same SHA-256); empty when it is new. */
    private Optional<ImportReport> importedBefore(FileContent content, SnapshotKind kind) {
        return snapshots.findByContent(kind, content.sha256()).map(snapshot -> new ImportReport(content.fileName(),
                snapshot.kind(), ImportReport.Outcome.ALREADY_IMPORTED, snapshot.id(), snapshot.dataDate(), 0, 0,
                List.of(), List.of(), snapshot.organisations(), snapshot.providers(), snapshot.locations()));
    }

}
