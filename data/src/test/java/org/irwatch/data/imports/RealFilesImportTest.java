package org.irwatch.data.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irwatch.data.imports.ImportFixtures.count;
import static org.irwatch.data.imports.ImportFixtures.fold;
import static org.irwatch.data.imports.ImportFixtures.importer;
import static org.irwatch.data.imports.ImportFixtures.rowsOf;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.imports.DataDateUnknownException;
import org.irwatch.core.imports.ImportReport;
import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.Licence;
import org.irwatch.core.register.LicenceType;
import org.irwatch.core.register.Rating;
import org.irwatch.core.register.RegisterChange;
import org.irwatch.core.register.RegisterChangesService;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.data.SharedData;
import org.irwatch.data.db.Database;
import org.irwatch.data.register.JooqRegisterSnapshotReader;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.snapshot.LicenceCodec;
import org.irwatch.data.snapshot.SnapshotRows;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every real register and CQC search export in {@code ../shared/data} imported through the public entry point, with
 * counts a person can check by hand: the row counts in SOURCES.md, and figures the test works out itself by reading
 * the same CSV with commons-csv (distinct names, organisations, locations, providers, register changes).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealFilesImportTest {

    private static final String REGISTERS = "uk-sponsor-register-csv-tbij/";
    private static final String SEARCH_EXPORTS = "cqc-search-export-care-homes-archived-tbij/";
    private static final String NAME = "Organisation Name";
    private static final String TOWN = "Town/City";

    private final Database db = Database.inMemory();
    private final DSLContext dsl = db.dsl();
    private final Map<String, ImportReport> imported = new HashMap<>();

    @AfterAll
    void close() {
        db.close();
    }

    /** Each real file is imported once, into the class's one database; the tests read its snapshot there. */
    private ImportReport imported(String relativePath, LocalDate asOf) {
        Path file = SharedData.file(relativePath);
        return imported.computeIfAbsent(relativePath,
                path -> importer(db).importFile(file, asOf, ProgressListener.NONE));
    }

    /** A count over one snapshot's rows of a table; {@code condition} may add bindings after the id range. */
    private long countIn(long snapshotId, String table, String select, String condition, Object... bindings) {
        Object[] all = new Object[bindings.length + 2];
        all[0] = SnapshotRows.first(snapshotId);
        all[1] = SnapshotRows.last(snapshotId);
        System.arraycopy(bindings, 0, all, 2, bindings.length);
        return count(dsl, "SELECT " + select + " FROM " + table + " WHERE id BETWEEN ? AND ?" + condition, all);
    }

    /** Rows are the counts in SOURCES.md (header excluded); the data date is the one in the file name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            uk-sponsor-register-csv-tbij/2020-07-27_Tier_2_5_Register_of_Sponsors-converted-from-pdf.csv, 31320, 2020-07-27
            uk-sponsor-register-csv-tbij/2020-10-29_Tier_2_5_Register_of_Sponsors-converted-from-pdf.csv, 31857, 2020-10-29
            uk-sponsor-register-csv-tbij/2020-11-27_Tier_2_5_Register_of_Sponsors-converted-from-pdf.csv, 32172, 2020-11-27
            uk-sponsor-register-csv-tbij/2021-04-09_Tier_2_5_Register_of_Sponsors-converted-from-pdf.csv, 34048, 2021-04-09
            uk-sponsor-register-csv-tbij/2021-07-26_-_Worker_and_Temporary_Worker.csv, 46516, 2021-07-26
            uk-sponsor-register-csv-tbij/2021-09-30_-_Worker_and_Temporary_Worker.csv, 48106, 2021-09-30
            uk-sponsor-register-csv-tbij/2021-11-02_-_Worker_and_Temporary_Worker.csv, 48684, 2021-11-02
            uk-sponsor-register-2026-head/2026-06-26-head.csv, 177, 2026-06-26
            """)
    void everyRealRegisterImportsWithTheRowCountOfSourcesAndTheOrganisationsOfItsRows(String relativePath,
                                                                                        long rows, LocalDate dataDate) {
        Path file = SharedData.file(relativePath);
        List<CSVRecord> records = SharedData.csv(file);
        Expected expected = Expected.of(records);

        ImportReport report = imported(relativePath, null);

        assertThat(records).as("rows of the file itself, as SOURCES.md counts them").hasSize((int) rows);
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.kind()).isEqualTo(SnapshotKind.REGISTER);
        assertThat(report.dataDate()).as("the date in the file name").isEqualTo(dataDate);
        assertThat(report.rowsRead()).isEqualTo(rows);
        assertThat(report.rejected()).as("every row of a real register is readable").isEmpty();
        assertThat(report.rowsAccepted()).isEqualTo(rows);
        if (relativePath.contains("2026-head")) {
            // The head of a national register, imported after full ones: rightly flagged as possibly cut off.
            assertThat(report.warnings()).singleElement().asString().contains("far fewer than the")
                    .contains("it may be cut off");
        } else {
            assertThat(report.warnings()).isEmpty();
        }

        long id = report.snapshotId();
        var snapshot = new JooqSnapshotRepository(dsl).find(id).orElseThrow();
        assertThat(snapshot.dataDate()).isEqualTo(dataDate);
        // One organisation per name and town folded alike (ADR 0011): counted here from the CSV.
        assertThat(report.organisations()).isEqualTo(expected.organisations());
        assertThat(snapshot.organisations()).isEqualTo(expected.organisations());
        assertThat(rowsOf(dsl, "sponsor", id)).isEqualTo(expected.organisations());
        assertThat(dsl.fetchValues("SELECT org_key FROM sponsor WHERE id BETWEEN ? AND ?", SnapshotRows.first(id),
                SnapshotRows.last(id)).stream().map(String::valueOf).collect(Collectors.toSet()))
                .as("the organisations are those of the file's rows, none lost, none invented")
                .isEqualTo(expected.keys());
        // Each organisation keeps the name as written on its first row: distinct stored names are the distinct
        // first-row names; the other spellings of the same organisation (case, doubled spaces) are folded into it.
        assertThat(countIn(id, "sponsor", "COUNT(DISTINCT name)", "")).isEqualTo(expected.firstNames());
        // One licence per row, and per " / "-joined part of a 2020 PDF-converted row.
        assertThat(snapshot.rows()).isEqualTo(expected.licences());
    }

    @Test
    void register20211102Has48684RowsAnd38367DistinctNamesAsWrittenIn38400Organisations() {
        String path = REGISTERS + "2021-11-02_-_Worker_and_Temporary_Worker.csv";
        Expected expected = Expected.of(SharedData.csv(SharedData.file(path)));

        ImportReport report = imported(path, null);

        // The figures, from the file: 48,684 rows, 38,367 distinct Organisation Name values as written.
        assertThat(expected.rows()).isEqualTo(48_684);
        assertThat(expected.namesAsWritten()).isEqualTo(38_367);
        assertThat(report.rowsRead()).isEqualTo(48_684);
        assertThat(report.rejected()).isEmpty();
        // Name and town identify an organisation: 38,367 names, some in several towns, make 38,400 organisations;
        // 25 names are a second spelling of an organisation already seen in the same town (e.g. lines 2782 and
        // 2783, "Apption Labs Limited, Leicester" and "APPTION LABS LIMITED, LEICESTER"), leaving 38,342 names kept.
        assertThat(report.organisations()).isEqualTo(38_400);
        long id = report.snapshotId();
        assertThat(countIn(id, "sponsor", "COUNT(DISTINCT name)", "")).isEqualTo(38_342);
        assertThat(countIn(id, "sponsor", "COUNT(*)", " AND name = ? AND town = ?", "Apption Labs Limited",
                "Leicester")).isEqualTo(1);
        assertThat(countIn(id, "sponsor", "COUNT(*)", " AND LOWER(name) = ?", "apption labs limited")).isEqualTo(1);
    }

    @Test
    void pdfConvertedRegisterSplitsCellsJoinedWithSlashIntoOneLicenceEach() {
        ImportReport report = imported(REGISTERS + "2020-07-27_Tier_2_5_Register_of_Sponsors-converted-from-pdf.csv",
                null);

        assertThat(report.rejected()).isEmpty();
        // Line 2: @ Home Accommodation Services Ltd,London,,Tier 2 (A rating) / Tier 5 (A rating),
        // Tier 2 General / Creative & Sporting
        long id = report.snapshotId();
        String licences = dsl.fetchValue("SELECT licences FROM sponsor WHERE id BETWEEN ? AND ? AND name = ? "
                + "AND town = ?", SnapshotRows.first(id), SnapshotRows.last(id), "@ Home Accommodation Services Ltd",
                "London").toString();
        assertThat(LicenceCodec.decode(licences)).containsExactly(
                new Licence(LicenceType.WORKER, Rating.A, "Tier 2 (A rating)", "Tier 2 General"),
                new Licence(LicenceType.TEMPORARY_WORKER, Rating.A, "Tier 5 (A rating)", "Creative & Sporting"));
        // A name that is a PDF fragment rather than a company name is still imported as written.
        assertThat(countIn(report.snapshotId(), "sponsor", "COUNT(*)", " AND name = ?", "]performance s p a c e ["))
                .isEqualTo(1);
    }

    /** Locations and providers: 10,695 of 5,303 for the 2024-05-31 export (the issue); the others counted here. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            downloaded-2023-07-24, 2023-07-24, 10081, -1,    -1
            downloaded-2024-04,    2024-04-30, 10643, -1,    -1
            downloaded-2024-05-31, 2024-05-31, 10695, 10695, 5303
            """)
    void everyRealCqcSearchExportImportsItsLocationsAndProvidersAsOfTheDateGiven(String folder, LocalDate asOf,
                                                                                   long rows, int locations,
                                                                                   int providers) {
        String path = SEARCH_EXPORTS + folder + "/care-homes-archived.csv";
        List<CSVRecord> records = SharedData.csv(SharedData.file(path));
        Set<String> locationIds = records.stream().map(r -> r.get(CqcCsvParser.LOCATION_ID))
                .collect(Collectors.toSet());
        Set<String> providerIds = records.stream().map(r -> r.get(CqcCsvParser.PROVIDER_ID))
                .collect(Collectors.toSet());
        if (locations >= 0) {
            assertThat(locationIds).hasSize(locations);
            assertThat(providerIds).hasSize(providers);
        }

        ImportReport report = imported(path, asOf);

        assertThat(report.kind()).isEqualTo(SnapshotKind.CQC_SEARCH_EXPORT);
        assertThat(report.dataDate()).isEqualTo(asOf);
        assertThat(report.rowsRead()).as("rows in SOURCES.md").isEqualTo(rows);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.locations()).isEqualTo(locationIds.size());
        assertThat(report.providers()).isEqualTo(providerIds.size());
        assertThat(rowsOf(dsl, "cqc_location", report.snapshotId())).isEqualTo(locationIds.size());
        assertThat(rowsOf(dsl, "cqc_provider", report.snapshotId())).isEqualTo(providerIds.size());
    }

    @Test
    void everyLocationOfThe20240531ExportHasItsCouncilAndTheReportWarnsOfNothing() {
        ImportReport report = imported(SEARCH_EXPORTS + "downloaded-2024-05-31/care-homes-archived.csv",
                LocalDate.of(2024, 5, 31));

        assertThat(report.warnings()).isEmpty();
        assertThat(countIn(report.snapshotId(), "cqc_location", "COUNT(*)", " AND council_gss IS NULL")).isZero();
        assertThat(countIn(report.snapshotId(), "cqc_location", "COUNT(DISTINCT council_gss)", ""))
                .as("151 local authority names in the file (SOURCES.md), each a council").isEqualTo(151);
    }

    @Test
    void locationsOf2023WithABlankOrCumbriaCouncilAreKeptWithoutOneAndTheReportNamesThem() {
        String path = SEARCH_EXPORTS + "downloaded-2023-07-24/care-homes-archived.csv";
        Map<String, Long> unknown = SharedData.csv(SharedData.file(path)).stream().map(r -> r.get("Local authority"))
                .filter(name -> name.isBlank() || name.equals("Cumbria"))
                .collect(Collectors.groupingBy(name -> name.isBlank() ? "(blank)" : name, Collectors.counting()));
        assertThat(unknown).as("Cumbria was abolished in April 2023; a few rows have no local authority")
                .containsOnlyKeys("Cumbria", "(blank)");

        ImportReport report = imported(path, LocalDate.of(2023, 7, 24));

        long total = unknown.values().stream().mapToLong(Long::longValue).sum();
        assertThat(report.locations()).isEqualTo(10_081);
        assertThat(countIn(report.snapshotId(), "cqc_location", "COUNT(*)", " AND council_gss IS NULL"))
                .isEqualTo(total);
        assertThat(report.warnings()).singleElement().asString()
                .contains(String.format("%,d locations name a council that is not one of the 153", total))
                .contains("'Cumbria' (" + unknown.get("Cumbria") + ")")
                .contains("'(blank)' (" + unknown.get("(blank)") + ")")
                .contains("They are kept, without a council");
    }

    @Test
    void searchExportWithoutADateGivenIsRefusedAskingForItAndNothingIsStored() {
        Path file = SharedData.file(SEARCH_EXPORTS + "downloaded-2024-05-31/care-homes-archived.csv");

        try (Database fresh = Database.inMemory()) {
            assertThatThrownBy(() -> importer(fresh).importFile(file, null, ProgressListener.NONE))
                    .isInstanceOf(DataDateUnknownException.class)
                    .hasMessageContaining("cannot tell the date of the data in care-homes-archived.csv")
                    .hasMessageContaining("--as-of")
                    .hasMessageContaining("Nothing was imported");
            assertThat(new JooqSnapshotRepository(fresh.dsl()).list()).isEmpty();
            assertThat(count(fresh.dsl(), "SELECT COUNT(*) FROM cqc_location")).isZero();
            assertThat(count(fresh.dsl(), "SELECT COUNT(*) FROM cqc_provider")).isZero();
        }
    }

    @Test
    void changesBetweenThe2021_09_30And2021_11_02RegistersAreTheOrganisationsOnlyInOneOfThem() {
        String earlierFile = REGISTERS + "2021-09-30_-_Worker_and_Temporary_Worker.csv";
        String laterFile = REGISTERS + "2021-11-02_-_Worker_and_Temporary_Worker.csv";
        Set<String> earlierKeys = Expected.of(SharedData.csv(SharedData.file(earlierFile))).keys();
        Set<String> laterKeys = Expected.of(SharedData.csv(SharedData.file(laterFile))).keys();
        Set<String> added = new HashSet<>(laterKeys);
        added.removeAll(earlierKeys);
        Set<String> removed = new HashSet<>(earlierKeys);
        removed.removeAll(laterKeys);
        imported(earlierFile, null);
        imported(laterFile, null);

        var comparison = new RegisterChangesService(new JooqSnapshotRepository(dsl),
                new JooqRegisterSnapshotReader(dsl)).between(LocalDate.of(2021, 9, 30), LocalDate.of(2021, 11, 2));

        assertThat(comparison.from().dataDate()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(comparison.to().dataDate()).isEqualTo(LocalDate.of(2021, 11, 2));
        Map<ChangeType, List<RegisterChange>> byType = comparison.changes().stream()
                .collect(Collectors.groupingBy(RegisterChange::change));
        assertThat(byType.get(ChangeType.ADDED)).hasSize(added.size());
        assertThat(byType.get(ChangeType.REMOVED)).hasSize(removed.size());
        assertThat(added).as("counted by a script over both files too").hasSize(1_269);
        assertThat(removed).as("counted by a script over both files too").hasSize(464);
        assertThat(byType.get(ChangeType.ADDED).stream().map(c -> fold(c.organisationName()) + "|" + fold(c.town())))
                .containsExactlyInAnyOrderElementsOf(added);
        assertThat(byType.get(ChangeType.REMOVED).stream().map(c -> fold(c.organisationName()) + "|" + fold(c.town())))
                .containsExactlyInAnyOrderElementsOf(removed);
        // Found with a script over both files: 8 organisations' ratings changed, among them Transport for London,
        // London, whose "Worker (A rating)" rows became "Worker (A (Premium))" rows.
        assertThat(byType.get(ChangeType.RATING_CHANGED)).hasSize(8)
                .contains(new RegisterChange(ChangeType.RATING_CHANGED, "Transport for London", "London", "A",
                        "A (Premium)"));
        // A rating change compares ratings only: its before and after are ratings, never routes.
        Set<String> ratingWords = Arrays.stream(Rating.values()).map(Rating::label)
                .collect(Collectors.toSet());
        assertThat(byType.get(ChangeType.RATING_CHANGED)).allSatisfy(change -> {
            assertThat(ratingWords).containsAll(List.of(change.before().split("; ")));
            assertThat(ratingWords).containsAll(List.of(change.after().split("; ")));
        });
        // "Creative & Sporting" became "Creative Worker" for @ Home Accommodation Services Ltd: a route change,
        // its A rating unchanged, so no rating change.
        assertThat(comparison.changes())
                .filteredOn(change -> change.organisationName().equals("@ Home Accommodation Services Ltd"))
                .extracting(RegisterChange::change).containsExactly(ChangeType.ROUTES_CHANGED);
    }

    /** Figures counted from a register's CSV rows, independently of the importer. */
    private record Expected(int rows, int namesAsWritten, int organisations, int firstNames, int licences,
                            Set<String> keys) {

        static Expected of(List<CSVRecord> records) {
            Map<String, String> firstName = new LinkedHashMap<>();
            Set<String> names = new HashSet<>();
            int licences = 0;
            for (CSVRecord record : records) {
                firstName.putIfAbsent(fold(record.get(NAME)) + "|" + fold(record.get(TOWN)), record.get(NAME));
                names.add(record.get(NAME));
                licences += Math.max(record.get("Type & Rating").split(" / ", -1).length,
                        record.get("Route").split(" / ", -1).length);
            }
            return new Expected(records.size(), names.size(), firstName.size(),
                    new HashSet<>(firstName.values()).size(), licences, firstName.keySet());
        }
    }
}
