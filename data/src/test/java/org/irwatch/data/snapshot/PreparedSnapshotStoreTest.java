package org.irwatch.data.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.irwatch.core.common.CancelledException;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.matching.PreparedNamesCodec;
import org.irwatch.core.matching.ProviderEntry;
import org.irwatch.core.matching.SponsorEntry;
import org.irwatch.core.matching.StoredSponsor;
import org.irwatch.core.register.SponsorOrganisation;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.data.SharedData;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.imports.FileImporter;
import org.irwatch.data.matching.JooqMatchInputs;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A register is kept prepared for matching with its snapshot (ADR 0047): written in the import's transaction, read
 * back as the very entries matching would prepare from the rows, and never trusted when another build wrote it or
 * it is damaged.
 */
class PreparedSnapshotStoreTest {

    private static final String HEADER = "Organisation Name,Town/City,County,Type & Rating,Route\n";
    /** Names that take the normaliser's many paths, each in two towns. */
    private static final List<String> NAMES = List.of("Meadowview Care Ltd", "Oakleaf Care Ltd t/a Oakleaf Homes",
            "Vision Care (t/a Vision Norfolk) Limited", "Inroads (Essex) Ltd", "Simply Care Group UK Ltd",
            "Calderdale MBC", "The Grange", "S.M.S. Care C.I.C", "Crèche & Soins Ångström Ltd",
            "Oakleaf Care Ltd 09876543", "\"Smith, Jones & Partners LLP\"");

    private final Database db = Database.inMemory();
    private final DSLContext dsl = db.dsl();
    private final JooqMatchInputs inputs = new JooqMatchInputs(dsl);

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anImportKeepsItsRegisterPreparedAsMatchingWouldPrepareIt() throws IOException {
        long id = importRegister("2024-05-31_register.csv", "");

        assertThat(dsl.fetchValue("SELECT build FROM prepared_snapshot WHERE snapshot_id = ?", id))
                .isEqualTo(PreparedNamesCodec.BUILD_STAMP);
        assertThat(PreparedSnapshotStore.readRegister(dsl, id)).as("read from what the import kept")
                .hasValueSatisfying(kept -> assertThat(kept).hasSize(NAMES.size() * 2).isEqualTo(preparedFromRows(id)));
    }

    @Test
    void aPreparedRegisterFromAnotherBuildIsNotReadButPreparedAgainAndKept() throws IOException {
        long id = importRegister("2024-05-31_register.csv", "");
        dsl.execute("UPDATE prepared_snapshot SET build = 'v1 0.0.9 2020-01-01T00:00:00.000Z'");
        // Entries another build could have prepared otherwise: were they read, the match would differ.
        dsl.execute("UPDATE prepared_snapshot SET entries = ?",
                (Object) PreparedNamesCodec.encode(List.of(SponsorEntry.of("x", "Not On This Register", "", ""))));

        assertThat(inputs.preparedRegister(id)).isEqualTo(preparedFromRows(id));
        assertThat(dsl.fetchValue("SELECT build FROM prepared_snapshot WHERE snapshot_id = ?", id))
                .isEqualTo(PreparedNamesCodec.BUILD_STAMP);
        assertThat(inputs.preparedRegister(id)).isEqualTo(preparedFromRows(id));
    }

    @Test
    void damagedBytesAreNotReadButPreparedAgain() throws IOException {
        long id = importRegister("2024-05-31_register.csv", "");
        dsl.execute("UPDATE prepared_snapshot SET entries = X'4952505201'");

        assertThat(inputs.preparedRegister(id)).isEqualTo(preparedFromRows(id));
        assertThat(inputs.preparedRegister(id)).isEqualTo(preparedFromRows(id));
    }

    @Test
    void onlyTheTwoNewestRegistersKeepThemAndDeletingASnapshotDeletesIts() throws IOException {
        // Imported newest first, so that "newest" by data date and by import order differ; CQC data newer still.
        long newest = importRegister("2024-05-31_register.csv", " Two");
        long middle = importRegister("2024-04-30_register.csv", " Three");
        writeCqcSnapshot(LocalDate.of(2024, 6, 30));
        long older = importRegister("2024-03-31_register.csv", "");
        writeCqcSnapshot(LocalDate.of(2024, 7, 31));

        assertThat(keptFor()).as("the two newest registers and the newest CQC data")
                .containsExactlyInAnyOrder(middle, newest);

        new JooqSnapshotRepository(dsl).delete(newest);
        assertThat(keptFor()).containsExactly(middle);
        // The older one prepares from its rows when matched, as before the store, and is then kept.
        assertThat(inputs.preparedRegister(older)).isEqualTo(preparedFromRows(older));
        assertThat(keptFor()).containsExactlyInAnyOrder(older, middle);
    }

    @Test
    void aCancelledImportLeavesNoPreparedRegisterBehind() throws IOException {
        Path file = write("2024-05-31_register.csv", "");
        ProgressListener cancelsOncePrepared = new ProgressListener() {
            private boolean prepared;

            @Override
            public void progress(String message, long done, long total) {
                prepared |= message.startsWith("Preparing the names");
            }

            @Override
            public boolean isCancelled() {
                return prepared;
            }
        };

        assertThatThrownBy(() -> importer().importFile(file, LocalDate.of(2024, 5, 31), cancelsOncePrepared))
                .isInstanceOf(CancelledException.class);
        assertThat(dsl.fetchCount(dsl.selectFrom("prepared_snapshot"))).isZero();
        assertThat(dsl.fetchCount(dsl.selectFrom("snapshot"))).isZero();
        assertThat(dsl.fetchCount(dsl.selectFrom("sponsor"))).isZero();
    }

    @Test
    void aRealRegisterReadsBackAsMatchingWouldPrepareIt() {
        Path file = SharedData.file("uk-sponsor-register-csv-tbij/2021-11-02_-_Worker_and_Temporary_Worker.csv");
        long id = importer().importFile(file, LocalDate.of(2021, 11, 2), ProgressListener.NONE).snapshotId();

        List<SponsorEntry> stored = PreparedSnapshotStore.readRegister(dsl, id).orElseThrow();

        assertThat(stored).hasSizeGreaterThan(30_000);
        assertThat(stored).isEqualTo(preparedFromRows(id));
    }

    @Test
    void anAbandonedPreparingGivesNothingAndTheFirstMatchPreparesFromTheRows() throws IOException {
        List<SponsorOrganisation> many = IntStream.range(0, 500_000)
                .mapToObj(i -> new SponsorOrganisation("Care Home " + i + " Ltd", "Leeds", "", List.of(), "k" + i))
                .toList();
        PreparedSnapshotStore.Preparing preparing = PreparedSnapshotStore.prepareWhileWriting(many);
        preparing.abandon(); // as a failed or cancelled import does: it stops instead of preparing half a million

        assertThat(preparing.encoded()).isEmpty();

        // An import whose preparing gave nothing keeps no row; the first match prepares from the rows, and keeps it.
        long id = importRegister("2024-05-31_register.csv", "");
        dsl.execute("DELETE FROM prepared_snapshot");
        assertThat(inputs.preparedRegister(id)).isEqualTo(preparedFromRows(id));
        assertThat(keptFor()).containsExactly(id);
    }

    @Test
    void aCqcImportKeepsItsProvidersPreparedAsMatchingWouldPrepareThemAndOnlyTheNewestKeepsThem() throws IOException {
        long older = importer().importFile(cqcFile("2024-04-30_cqc-export.csv", 20), LocalDate.of(2024, 4, 30),
                ProgressListener.NONE).snapshotId();
        long id = importer().importFile(cqcFile("2024-05-31_cqc-export.csv", 40), LocalDate.of(2024, 5, 31),
                ProgressListener.NONE).snapshotId();

        assertThat(keptFor()).as("the newest CQC data only").containsExactly(id).doesNotContain(older);
        List<ProviderEntry> kept = PreparedSnapshotStore.readProviders(dsl, id).orElseThrow();
        dsl.execute("DELETE FROM prepared_snapshot");
        List<ProviderEntry> fromRows = inputs.careProviders();

        assertThat(kept).hasSize(13).isEqualTo(fromRows);
        assertThat(keptFor()).as("prepared from the rows, and kept").containsExactly(id);
    }

    /** A CQC search export of {@code rows} locations of 13 providers: no towns, councils unknown, other services. */
    private Path cqcFile(String name, int rows) throws IOException {
        StringBuilder text = new StringBuilder("Name,Address 1,Address 2,Town/City,County,Postcode,Phone number,"
                + "CQC Provider ID (for office use only),CQC Location ID (for office use only),Website,"
                + "Local authority,Region,Report publication date,URL,Also known as,Specialisms/services,"
                + "Service types,Provider name\n");
        String[] councils = {"Leeds", "Nottingham", "Not A Council", ""};
        for (int i = 0; i < rows; i++) {
            text.append(i % 7 == 0 ? "The Grange" : "Oakleaf House " + i).append(",1 High St,,")
                    .append(i % 5 == 0 ? "" : "Town " + (i % 3)).append(",,LS1 1AA,,").append("1-10").append(i % 13)
                    .append(",1-20").append(i).append(",,").append(councils[i % 4]).append(",,,,,,")
                    .append(i % 9 == 0 ? "Dental service" : "Residential homes").append(",")
                    .append(i % 13 == 3 ? "\"Smith, Jones & Partners LLP\"" : "Provider " + (i % 13) + " Ltd")
                    .append('\n');
        }
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aRealCqcExportReadsBackAsMatchingWouldPrepareIt() {
        Path file = SharedData.file("cqc-search-export-care-homes-archived-tbij/downloaded-2024-05-31/"
                + "care-homes-archived.csv");
        long id = importer().importFile(file, LocalDate.of(2024, 5, 31), ProgressListener.NONE).snapshotId();

        List<ProviderEntry> kept = PreparedSnapshotStore.readProviders(dsl, id).orElseThrow();
        dsl.execute("DELETE FROM prepared_snapshot");

        assertThat(kept).hasSizeGreaterThan(5_000).isEqualTo(inputs.careProviders());
    }

    private void writeCqcSnapshot(LocalDate dataDate) {
        SnapshotWriter.Header header = new SnapshotWriter.Header(SnapshotKind.CQC_DIRECTORY, "cqc " + dataDate,
                "sha-cqc-" + dataDate, dataDate, Instant.parse("2024-08-01T09:00:00Z"), false);
        dsl.transaction(configuration -> new SnapshotWriter(configuration.dsl())
                .writeCqc(header, 0, List.of(), List.of(), Set.of(), ProgressListener.NONE));
    }

    private List<SponsorEntry> preparedFromRows(long id) {
        return inputs.registerRows(id).stream().map(StoredSponsor::toEntry).toList();
    }

    private List<Long> keptFor() {
        return dsl.fetch("SELECT snapshot_id FROM prepared_snapshot ORDER BY snapshot_id").getValues(0, Long.class);
    }

    private long importRegister(String fileName, String suffix) throws IOException {
        LocalDate date = LocalDate.parse(fileName.substring(0, 10));
        return importer().importFile(write(fileName, suffix), date, ProgressListener.NONE).snapshotId();
    }

    private Path write(String fileName, String suffix) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (String town : List.of("Leeds", "York")) {
            for (String name : NAMES) {
                text.append(name.startsWith("\"") ? name.replace("LLP\"", "LLP" + suffix + "\"") : name + suffix)
                        .append(',').append(town).append(",West Yorkshire,Worker (A rating),Skilled Worker\n");
            }
        }
        return Files.writeString(temp.resolve(fileName), text, StandardCharsets.UTF_8);
    }

    private FileImporter importer() {
        return new FileImporter(dsl, new JooqCouncilRepository(dsl).loadDirectory(), Clock.systemUTC());
    }
}
