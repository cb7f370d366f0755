package org.irwatch.data.geo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.geo.DistrictCentres;
import org.irwatch.core.geo.GeoPoint;
import org.irwatch.core.geo.PostcodeDistrict;
import org.irwatch.core.geo.PostcodeImportResult;
import org.irwatch.core.geo.PostcodeImporter;
import org.jooq.DSLContext;

/**
 * Streams a postcode file into {@code postcode_centre} in one transaction (the ONS Postcode Directory is over a
 * gigabyte, so it is never held whole): a bad row anywhere leaves the centres held before untouched. A ZIP (Code-Point
 * Open comes as one CSV per postcode area) is read entry by entry; its entries that are no postcode file are passed
 * over.
 */
public final class PostcodeFileImporter implements PostcodeImporter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final int BATCH = 5_000;
    private static final int PROBLEMS_SHOWN = 5;

    private final DSLContext dsl;

    public PostcodeFileImporter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public PostcodeImportResult importFile(Path file, ProgressListener progress) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException(name + " is not a file. Choose the postcode file itself.");
        }
        PostcodeImportResult[] result = new PostcodeImportResult[1];
        dsl.transaction(tx -> tx.dsl().connection(connection -> {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                Run run = new Run(connection, name, progress);
                if (isZip(in)) {
                    readZip(in, run);
                } else {
                    run.readCsv(name, in);
                }
                result[0] = run.finish();
            } catch (IOException | UncheckedIOException e) {
                throw new UserFacingException("Could not read " + name + " (" + e.getMessage() + "). Check the file "
                        + "and try again.", e);
            }
        }));
        return result[0];
    }

    private static boolean isZip(InputStream in) throws IOException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }

    private static void readZip(InputStream in, Run run) throws IOException, SQLException {
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                run.readCsvIfPostcodes(entry.getName(), zip);
            }
        }
    }

    /** One import: the layout it settled on, the rows written and the problems found. */
    private static final class Run {
        private final String fileName;
        private final ProgressListener progress;
        private final PreparedStatement merge;
        private final DistrictCentres fromPostcodes = new DistrictCentres();
        private final List<String> problems = new ArrayList<>();
        private int problemCount;
        private PostcodeLayout layout;
        private int districts;
        private int postcodes;
        private int skipped;
        private int pending;

        Run(Connection connection, String fileName, ProgressListener progress) throws SQLException {
            this.fileName = fileName;
            this.progress = progress;
            this.merge = connection.prepareStatement("MERGE INTO postcode_centre (code, district, latitude, longitude, "
                    + "source) KEY (code) VALUES (?, ?, ?, ?, ?)");
        }

        void readCsv(String entryName, InputStream in) throws IOException, SQLException {
            if (!readCsvIfPostcodes(entryName, in)) {
                throw new UserFacingException(fileName + " is not a postcode file IR Watch knows: its first row should "
                        + "be the ONS Postcode Directory's header (pcds, ..., lat, long), a header with postcode, "
                        + "latitude and longitude, or a Code-Point Open row (postcode, quality, easting, northing).");
            }
        }

        /** Reads the CSV when it is a postcode file of this import's layout; false when it is no postcode file. */
        boolean readCsvIfPostcodes(String entryName, InputStream in) throws IOException, SQLException {
            Reader reader = new InputStreamReader(nonClosing(in), StandardCharsets.UTF_8);
            CSVParser parser = FORMAT.parse(reader);
            var records = parser.iterator();
            if (!records.hasNext()) {
                return false;
            }
            CSVRecord first = records.next();
            PostcodeLayout found = PostcodeLayout.detect(first.toList()).orElse(null);
            if (found == null) {
                return false;
            }
            if (layout != null && layout != found) {
                throw new UserFacingException(fileName + " mixes postcode layouts (" + layout.label() + " and "
                        + found.label() + " in " + entryName + "). Import each on its own.");
            }
            layout = found;
            List<String> header = found.hasHeader() ? PostcodeLayout.names(first.toList()) : List.of();
            if (!found.hasHeader()) {
                read(entryName, 1, header, first.toList());
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                read(entryName, parser.getCurrentLineNumber(), header, record.toList());
            }
            return true;
        }

        private void read(String entryName, long line, List<String> header, List<String> row) throws SQLException {
            try {
                var place = layout.read(header, row);
                if (place.isEmpty()) {
                    skipped++;
                    return;
                }
                String code = place.get().code();
                boolean isDistrict = !code.contains(" ");
                if (isDistrict) {
                    districts++;
                } else {
                    postcodes++;
                    fromPostcodes.add(PostcodeDistrict.of(code).orElseThrow(), place.get().point());
                }
                if (problemCount == 0) {
                    write(code, isDistrict, place.get().point());
                }
            } catch (PostcodeLayout.BadRow e) {
                problemCount++;
                if (problems.size() < PROBLEMS_SHOWN) {
                    problems.add((entryName.equals(fileName) ? "" : entryName + " ") + "line " + line + ": "
                            + e.getMessage());
                }
            }
        }

        private void write(String code, boolean isDistrict, GeoPoint point) throws SQLException {
            merge.setString(1, code);
            merge.setBoolean(2, isDistrict);
            merge.setDouble(3, point.latitude());
            merge.setDouble(4, point.longitude());
            merge.setString(5, layout.name());
            merge.addBatch();
            if (++pending % BATCH == 0) {
                merge.executeBatch();
                progress.progress("Saving postcode centres", pending, -1);
                progress.checkCancelled();
            }
        }

        PostcodeImportResult finish() throws SQLException {
            if (layout == null) {
                throw new UserFacingException(fileName + " holds no postcode file IR Watch knows (ONS Postcode "
                        + "Directory, Code-Point Open or a postcode centre table).");
            }
            if (problemCount > 0) {
                throw new UserFacingException(String.format("%s was not imported: %,d rows cannot be read (%s%s). "
                        + "Correct them and import it again; the postcode centres held are unchanged.", fileName,
                        problemCount, String.join("; ", problems), problemCount > problems.size() ? "; ..." : ""));
            }
            if (districts + postcodes == 0) {
                throw new UserFacingException(fileName + " has no postcode with a place. Nothing was imported.");
            }
            // Full postcodes give their districts' centres too, more precise than any district table.
            Map<PostcodeDistrict, GeoPoint> centres = fromPostcodes.centres();
            for (var centre : centres.entrySet()) {
                write(centre.getKey().code(), true, centre.getValue());
            }
            merge.executeBatch();
            return new PostcodeImportResult(layout.label(), districts + centres.size(), postcodes, skipped);
        }
    }

    /** The ZIP's stream stays open when one entry's reader is done with it. */
    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
    }
}
