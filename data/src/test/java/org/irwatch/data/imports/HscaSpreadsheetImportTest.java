package org.irwatch.data.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.irwatch.data.jooq.Tables.CQC_LOCATION;
import static org.irwatch.data.jooq.Tables.CQC_PROVIDER;
import static org.irwatch.data.jooq.Tables.SNAPSHOT;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.imports.ImportReport;
import org.irwatch.core.imports.RejectedLine;
import org.irwatch.core.snapshot.SnapshotKind;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.jooq.tables.records.CqcLocationRecord;
import org.irwatch.data.jooq.tables.records.CqcProviderRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CQC "HSCA Active Locations" workbook, ODS and XLSX, imported through {@link FileImporter} as a user would:
 * what the report says and what is stored for each location and provider.
 */
class HscaSpreadsheetImportTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);
    private static final OdsWriter.Cell EMPTY = OdsWriter.text("");

    private final Database database = Database.inMemory();
    private final DSLContext dsl = database.dsl();
    private final FileImporter importer = new FileImporter(dsl, new JooqCouncilRepository(dsl).loadDirectory(),
            Clock.systemUTC());

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theSnapshotRecordsThatTheSpreadsheetHeldBedsAndRatings() throws IOException {
        ImportReport report = importer.importFile(write("HSCA_Active_Locations.ods", workbook("ods")), AS_OF,
                ProgressListener.NONE);

        assertThat(dsl.select(SNAPSHOT.HOLDS_BEDS, SNAPSHOT.HOLDS_RATINGS).from(SNAPSHOT)
                .where(SNAPSHOT.ID.eq(report.snapshotId())).fetchOne().intoList()).containsExactly(true, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ods", "xlsx"})
    void importReportsRowsProvidersAndLocationsOfTheDataSheet(String format) throws IOException {
        Path file = write("HSCA_Active_Locations." + format, workbook(format));

        ImportReport report = importer.importFile(file, AS_OF, ProgressListener.NONE);

        assertThat(report.kind()).isEqualTo(SnapshotKind.CQC_ACTIVE_LOCATIONS);
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.dataDate()).isEqualTo(AS_OF);
        assertThat(report.rowsRead()).isEqualTo(5);
        assertThat(report.rowsAccepted()).isEqualTo(4);
        assertThat(report.rejected()).extracting(RejectedLine::line, RejectedLine::reason)
                .containsExactly(tuple((long) HscaWorkbooks.ROW_WITHOUT_PROVIDER, "no provider ID"));
        assertThat(report.warnings()).containsExactly("1 dormant locations (registered, not providing care) are kept "
                + "but left out of the market figures.");
        assertThat(report.providers()).isEqualTo(3);
        assertThat(report.locations()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ods", "xlsx"})
    void importStoresEachLocationWithCouncilServiceBedsAndRating(String format) throws IOException {
        Path file = write("HSCA_Active_Locations." + format, workbook(format));

        long snapshot = importer.importFile(file, AS_OF, ProgressListener.NONE).snapshotId();

        Map<String, CqcLocationRecord> locations = dsl.selectFrom(CQC_LOCATION)
                .where(CQC_LOCATION.SNAPSHOT_ID.eq(snapshot)).fetchMap(CQC_LOCATION.LOCATION_ID);
        assertThat(locations).containsOnlyKeys("1-101", "1-102", "1-103", "1-104");

        CqcLocationRecord bristolHome = locations.get("1-101");
        assertThat(bristolHome.getName()).isEqualTo("The Clifton Court");
        assertThat(bristolHome.getAddress()).isEqualTo("1 Clifton Down\nClifton");
        assertThat(bristolHome.getTown()).isEqualTo("Bristol");
        assertThat(bristolHome.getPostcode()).isEqualTo("BS8 3HT");
        assertThat(bristolHome.getCouncilGss()).as("'Bristol, City of' is Bristol").isEqualTo("E06000023");
        assertThat(bristolHome.getAdultSocialCare()).isTrue();
        assertThat(bristolHome.getCareHome()).isTrue();
        assertThat(bristolHome.getHomeCare()).isFalse();
        assertThat(bristolHome.getBeds()).isEqualTo(45);
        assertThat(bristolHome.getOverallRating()).isEqualTo("GOOD");
        assertThat(bristolHome.getServiceTypes()).isEqualTo("Nursing homes");

        CqcLocationRecord homeCareAgency = locations.get("1-102");
        assertThat(homeCareAgency.getCouncilGss()).isEqualTo("E08000025");
        assertThat(homeCareAgency.getAdultSocialCare()).isTrue();
        assertThat(homeCareAgency.getCareHome()).isFalse();
        assertThat(homeCareAgency.getHomeCare()).isTrue();
        assertThat(homeCareAgency.getBeds()).isNull();
        assertThat(homeCareAgency.getOverallRating()).isEqualTo("REQUIRES_IMPROVEMENT");
        assertThat(homeCareAgency.getServiceTypes()).isEqualTo("Homecare agencies|Supported living");

        CqcLocationRecord dormantHome = locations.get("1-103");
        assertThat(dormantHome.getAdultSocialCare()).as("dormant: not in the market figures").isFalse();
        assertThat(dormantHome.getCouncilGss()).isEqualTo("E09000007");
        assertThat(dormantHome.getCareHome()).isTrue();
        assertThat(dormantHome.getBeds()).isEqualTo(12);
        assertThat(dormantHome.getOverallRating()).isEqualTo("NOT_RATED");

        CqcLocationRecord surgery = locations.get("1-104");
        assertThat(surgery.getAdultSocialCare()).isFalse();
        assertThat(surgery.getCareHome()).isFalse();
        assertThat(surgery.getOverallRating()).isEqualTo("OUTSTANDING");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ods", "xlsx"})
    void importStoresProvidersWithCompanyNumberAndBrand(String format) throws IOException {
        Path file = write("HSCA_Active_Locations." + format, workbook(format));

        long snapshot = importer.importFile(file, AS_OF, ProgressListener.NONE).snapshotId();

        Map<String, CqcProviderRecord> providers = dsl.selectFrom(CQC_PROVIDER)
                .where(CQC_PROVIDER.SNAPSHOT_ID.eq(snapshot)).fetchMap(CQC_PROVIDER.PROVIDER_ID);
        assertThat(providers.values()).extracting(CqcProviderRecord::getProviderId, CqcProviderRecord::getName,
                        CqcProviderRecord::getCompaniesHouseNumber, CqcProviderRecord::getBrandName)
                .containsExactlyInAnyOrder(
                        tuple("1-900", "Avon Care Ltd", "01234567", "BRAND Avon Care Group"),
                        tuple("1-901", "Midland Homecare Ltd", "9876543", null),
                        tuple("1-902", "Dr Patel and Partners", null, null));
    }

    @Test
    void dataDateComesFromTheFileNameWhenNoneIsGiven() throws IOException {
        Path file = write("HSCA_Active_Locations_1_October_2026.ods", HscaWorkbooks.ods());

        ImportReport report = importer.importFile(file, null, ProgressListener.NONE);

        assertThat(report.dataDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(dsl.select(SNAPSHOT.DATA_DATE).from(SNAPSHOT).fetchOne(SNAPSHOT.DATA_DATE))
                .isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void damagedOdsIsRefusedAndLeavesTheEarlierSnapshotAsItWas() throws IOException {
        ImportReport earlier = importer.importFile(write("HSCA_Active_Locations_1_September_2026.ods",
                HscaWorkbooks.ods()), null, ProgressListener.NONE);
        byte[] october = OdsWriter.workbook(ods -> ods.sheet(HscaWorkbooks.SHEET)
                .row(HscaWorkbooks.COLUMNS.toArray(String[]::new))
                .values(HscaWorkbooks.locations().get(4)));
        Path truncated = write("HSCA_Active_Locations_1_October_2026.ods",
                Arrays.copyOf(october, october.length / 2));

        assertThatThrownBy(() -> importer.importFile(truncated, null, ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("HSCA_Active_Locations_1_October_2026.ods is damaged")
                .hasMessageContaining("Download it again")
                .hasMessageContaining("Nothing was imported");

        assertThat(dsl.select(SNAPSHOT.ID, SNAPSHOT.DATA_DATE).from(SNAPSHOT).fetch().map(r -> r.into(Object[].class)))
                .containsExactly(new Object[] {earlier.snapshotId(), LocalDate.of(2026, 9, 1)});
        assertThat(dsl.fetchCount(CQC_LOCATION, CQC_LOCATION.SNAPSHOT_ID.eq(earlier.snapshotId()))).isEqualTo(4);
        assertThat(dsl.fetchCount(CQC_PROVIDER)).isEqualTo(3);
    }

    @Test
    void xlsxWithoutLocationIdHeaderSaysWhichSheetWasSearchedAndWhichSheetsThereAre() throws IOException {
        List<String> renamed = HscaWorkbooks.COLUMNS.stream()
                .map(column -> column.equals("Location ID") ? "CQC Location" : column).toList();
        Path file = write("HSCA_Active_Locations.xlsx",
                HscaWorkbooks.xlsx(List.of(HscaWorkbooks.SHEET, "Glossary"), renamed));

        assertThatThrownBy(() -> importer.importFile(file, AS_OF, ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("sheet 'HSCA_Active_Locations'")
                .hasMessageContaining("'Location ID'")
                .hasMessageContaining("header row was not found")
                .hasMessageContaining("Sheets in the file: HSCA_Active_Locations, Glossary");
        assertThat(dsl.fetchCount(SNAPSHOT)).isZero();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void nationalSizeOdsIsStreamed() throws IOException {
        int rows = 60_000;
        String[] councils = {"Bristol, City of", "Birmingham", "Camden", "Leeds", "Cornwall",
                "Herefordshire, County of", "Kent", "Manchester"};
        String[] ratings = {"Good", "Outstanding", "Requires improvement", "Inadequate", ""};
        Path file = folder.resolve("HSCA_Active_Locations_1_October_2026.ods");
        int careHomes = 0;
        long beds = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
             OdsWriter ods = new OdsWriter(out)) {
            ods.sheet(HscaWorkbooks.SHEET)
                    .row("Health and Social Care Act active locations")
                    .emptyRows(1)
                    .row(HscaWorkbooks.COLUMNS.toArray(String[]::new));
            Map<String, OdsWriter.Cell> same = new HashMap<>();
            for (int i = 0; i < rows; i++) {
                boolean careHome = i % 3 == 0;
                Map<String, OdsWriter.Cell> row = new HashMap<>();
                row.put("Location ID", OdsWriter.text("1-" + (1_000_000_000L + i)));
                row.put("Location Name", OdsWriter.text("Care Location " + i));
                row.put("Care home?", same.computeIfAbsent(careHome ? "Y" : "N", OdsWriter::text));
                if (careHome) {
                    careHomes++;
                    beds += i % 80 + 1;
                    String bedCount = Integer.toString(i % 80 + 1);
                    row.put("Care homes beds", OdsWriter.number(bedCount, bedCount));
                    row.put("Service type - Care home service without nursing",
                            same.computeIfAbsent("Y", OdsWriter::text));
                } else {
                    row.put("Service type - Domiciliary care service", same.computeIfAbsent("Y", OdsWriter::text));
                }
                row.put("Location Inspection Directorate", same.computeIfAbsent("Adult social care", OdsWriter::text));
                row.put("Location Latest Overall Rating", same.computeIfAbsent(ratings[i % ratings.length],
                        OdsWriter::text));
                row.put("Location Local Authority", same.computeIfAbsent(councils[i % councils.length],
                        OdsWriter::text));
                row.put("Location Street Address", OdsWriter.text(i + " High Street"));
                row.put("Location Postal Code", OdsWriter.text("AB1 " + i % 10 + "CD"));
                row.put("Location Latitude", OdsWriter.number("51." + (500_000 + i), "51.5"));
                row.put("Dormant (Y/N)", same.computeIfAbsent("N", OdsWriter::text));
                row.put("Provider ID", OdsWriter.text("1-" + (2_000_000_000L + i / 5)));
                row.put("Provider Name", OdsWriter.text("Provider " + i / 5 + " Ltd"));
                row.put("Provider Companies House Number", OdsWriter.text(String.format("%08d", i / 5)));
                ods.cells(HscaWorkbooks.COLUMNS.stream().map(column -> row.getOrDefault(column, EMPTY)).toList());
            }
            ods.emptyRows(1_048_576 - rows - 3);
        }

        ImportReport report = importer.importFile(file, null, ProgressListener.NONE);

        assertThat(report.rowsRead()).isEqualTo(rows);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.locations()).isEqualTo(rows);
        assertThat(report.providers()).isEqualTo(rows / 5);
        assertThat(dsl.fetchCount(CQC_LOCATION, CQC_LOCATION.CARE_HOME.isTrue())).isEqualTo(careHomes);
        assertThat(dsl.select(DSL.sum(CQC_LOCATION.BEDS)).from(CQC_LOCATION).fetchOne(0, Long.class))
                .isEqualTo(beds);
        assertThat(dsl.fetchCount(CQC_LOCATION, CQC_LOCATION.COUNCIL_GSS.isNull())).isZero();
    }

    private static byte[] workbook(String format) {
        return format.equals("ods") ? HscaWorkbooks.ods() : HscaWorkbooks.xlsx();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }
}
