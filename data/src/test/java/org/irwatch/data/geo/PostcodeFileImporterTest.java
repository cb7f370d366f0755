package org.irwatch.data.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.geo.GeoPoint;
import org.irwatch.core.geo.PostcodeDistrict;
import org.irwatch.core.geo.PostcodeImportResult;
import org.irwatch.data.SharedData;
import org.irwatch.data.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostcodeFileImporterTest {

    private static final String DISTRICT_TABLE = """
            postcode,easting,northing,latitude,longitude,city,county
            CV1,433600,279200,52.40939,-1.506,,Coventry
            CV2,436400,280700,52.4227,-1.46467,,Coventry
            """;

    private final Database database = Database.inMemory();
    private final PostcodeFileImporter importer = new PostcodeFileImporter(database.dsl());
    private final JooqPostcodeCentres centres = new JooqPostcodeCentres(database.dsl());

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void districtTableGivesEachDistrictItsCentre() throws IOException {
        PostcodeImportResult result = importer.importFile(write("outcodes.csv", DISTRICT_TABLE), ProgressListener.NONE);

        assertThat(result.districts()).isEqualTo(2);
        assertThat(result.summary()).startsWith("Postcode centre table: 2 postcode district centres");
        assertThat(centres.districtCentres()).containsEntry(new PostcodeDistrict("CV1"), new GeoPoint(52.40939, -1.506));
    }

    @Test
    void onsPostcodeDirectoryKeepsLivePostcodesWithAPlaceAndAveragesTheirDistricts() throws IOException {
        Path onspd = write("ONSPD_NOV_2026_UK.csv", """
                pcd,pcd2,pcds,dointr,doterm,oscty,lat,long
                CV1 1AA,CV1  1AA,CV1 1AA,198001,,E99999999,52.40,-1.50
                CV1 1AB,CV1  1AB,CV1 1AB,198001,,E99999999,52.42,-1.52
                CV1 9ZZ,CV1  9ZZ,CV1 9ZZ,198001,200512,E99999999,53.00,-1.00
                CV1 9ZY,CV1  9ZY,CV1 9ZY,198001,,E99999999,99.999999,0.000000
                """);

        PostcodeImportResult result = importer.importFile(onspd, ProgressListener.NONE);

        assertThat(result.postcodes()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(2);
        GeoPoint cv1 = centres.districtCentres().get(new PostcodeDistrict("CV1"));
        assertThat(cv1.latitude()).isCloseTo(52.41, within(1e-9));
        assertThat(cv1.longitude()).isCloseTo(-1.51, within(1e-9));
        assertThat(centres.counts().postcodes()).isEqualTo(2);
    }

    @Test
    void codePointOpenZipIsReadFromItsGridReferences() throws IOException {
        Path zip = folder.resolve("codepo_gb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "Doc/Codelist.csv", "AREA,NAME\nCV,Coventry\n");
            entry(out, "Data/CSV/cv.csv", """
                    "CV1 1AA",10,433600,279200,"E92000001","","E19000001","","E08000026","E05001218"
                    "CV1 1AB",90,0,0,"E92000001","","E19000001","","E08000026","E05001218"
                    """);
        }

        PostcodeImportResult result = importer.importFile(zip, ProgressListener.NONE);

        assertThat(result.layout()).isEqualTo("OS Code-Point Open");
        assertThat(result.postcodes()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1);
        GeoPoint cv1 = centres.districtCentres().get(new PostcodeDistrict("CV1"));
        // The district table puts CV1's centre, 433600 E 279200 N, at 52.40939 N 1.506 W (OSGB36 as given).
        assertThat(cv1.latitude()).isCloseTo(52.40939, within(0.002));
        assertThat(cv1.longitude()).isCloseTo(-1.506, within(0.002));
    }

    @Test
    void aBadRowImportsNothingAndNamesItsLineAndColumn() throws IOException {
        importer.importFile(write("outcodes.csv", DISTRICT_TABLE), ProgressListener.NONE);
        Path bad = write("new.csv", """
                postcode,latitude,longitude
                CV3,52.39,-1.48
                CV4,fifty-two,-1.55
                Coventry,52.4,-1.5
                """);

        assertThatThrownBy(() -> importer.importFile(bad, ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("2 rows cannot be read")
                .hasMessageContaining("line 3: latitude 'fifty-two' is not a number")
                .hasMessageContaining("line 4: postcode 'Coventry' is not a postcode or a district")
                .hasMessageContaining("unchanged");
        assertThat(centres.districtCentres()).containsOnlyKeys(new PostcodeDistrict("CV1"), new PostcodeDistrict("CV2"));
    }

    @Test
    void aFileThatIsNoPostcodeFileSaysWhatItShouldHold() throws IOException {
        Path other = write("register.csv", "Organisation Name,Town/City\nAcme Care,Coventry\n");

        assertThatThrownBy(() -> importer.importFile(other, ProgressListener.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("not a postcode file IR Watch knows");
    }

    @Test
    void realDistrictTableImportsEveryOutwardCode() {
        Path real = SharedData.file("uk-outcode-centroids/outcodes.csv");

        PostcodeImportResult result = importer.importFile(real, ProgressListener.NONE);

        assertThat(result.districts()).isEqualTo(2_848);
        assertThat(centres.districtCentres().get(new PostcodeDistrict("CV1"))).isEqualTo(new GeoPoint(52.40939, -1.506));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
