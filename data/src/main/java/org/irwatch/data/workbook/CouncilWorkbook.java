package org.irwatch.data.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.market.CouncilReport;
import org.irwatch.core.market.CouncilReport.ProviderLine;
import org.irwatch.core.market.MarketLocation;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.PlacedLocation;
import org.irwatch.core.market.ScopedEvent;
import org.irwatch.core.market.ScopedMarket.ProviderChange;
import org.irwatch.data.workbook.ListSheet.Column;

/**
 * The council workbook (.xlsx): Summary, Providers, Locations, Events in period, Register changes and Charts. The
 * Summary and Charts sheets are built whole (native charts need POI's full model); the lists are streamed, so a
 * region or England writes in seconds without holding every row's XML in memory.
 */
public final class CouncilWorkbook {

    public static final String SUMMARY = "Summary";
    public static final String PROVIDERS = "Providers";
    public static final String LOCATIONS = "Locations";
    public static final String EVENTS = "Events in period";
    public static final String CHANGES = "Register changes";
    public static final String CHARTS = "Charts";

    private CouncilWorkbook() {
    }

    /** Writes the workbook to a file: into a temporary file beside it first, so a failure leaves no half file. */
    public static void write(CouncilReport report, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserFacingException("IR Watch could not write " + file + ": the folder " + folder
                    + " does not exist. Choose a folder that does.");
        }
        if (Files.isDirectory(file)) {
            throw new UserFacingException("IR Watch could not write " + file + ": that is a folder. Give a file name "
                    + "ending in .xlsx.");
        }
        Path temporary = null;
        try {
            // Created like any new file (not as a private temporary file), so the workbook gets the folder's usual
            // permissions when it takes the final name.
            temporary = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8)
                    + ".part");
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                write(report, out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserFacingException("IR Watch could not write " + file + " (" + e.getMessage()
                    + "). Check the folder exists and can be written, and that the file is not open in Excel.", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // A leftover hidden .part file is harmless.
                }
            }
        }
    }

    public static void write(CouncilReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook whole = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(whole);
            SummarySheet.write(whole.createSheet(SUMMARY), styles, report);
            XSSFSheet charts = whole.createSheet(CHARTS);
            ChartsSheet.write(charts, styles, report);
            // Closing the streaming workbook deletes its temporary files (and closes the one it wraps).
            try (SXSSFWorkbook streamed = new SXSSFWorkbook(whole, 200)) {
                ListSheet.write(streamed.createSheet(PROVIDERS), styles, providerColumns(report), report.providers());
                ListSheet.write(streamed.createSheet(LOCATIONS), styles, locationColumns(report), report.locations());
                ListSheet.write(streamed.createSheet(EVENTS), styles, eventColumns(report), report.events());
                ListSheet.write(streamed.createSheet(CHANGES), styles, changeColumns(), report.registerChanges());
                streamed.setSheetOrder(CHARTS, streamed.getNumberOfSheets() - 1);
                streamed.setActiveSheet(0);
                streamed.write(out);
            }
        }
    }

    private static List<Column<ProviderLine>> providerColumns(CouncilReport report) {
        Set<String> here = report.market().councils();
        return List.of(
                Column.text("CQC provider ID", 14, p -> p.provider().providerId()),
                Column.text("Provider", 45, p -> p.provider().name()),
                Column.text("Sponsor (as on the register)", 45, p -> p.provider().sponsorName()),
                Column.text("Match", 16, p -> match(p.provider())),
                Column.text("Licence status", 22, p -> licenceStatus(p.provider())),
                Column.of("Locations here", CellKind.INTEGER, p -> p.provider().locationsIn(here).size()),
                Column.of("Locations everywhere", CellKind.INTEGER, p -> p.provider().locations().size()),
                Column.text("Councils", 45, p -> report.councilNames(p.provider().councils())),
                Column.of("Care home beds here", CellKind.INTEGER, p -> p.provider().locationsIn(here).stream()
                        .filter(MarketLocation::careHome).mapToInt(MarketLocation::beds).sum()),
                Column.of("Risk score", CellKind.INTEGER, p -> p.risk() == null ? null : p.risk().total()),
                Column.text("Risk factors", 70, p -> p.risk() == null ? null : p.risk().summary()));
    }

    private static List<Column<PlacedLocation>> locationColumns(CouncilReport report) {
        return List.of(
                Column.text("CQC location ID", 14, l -> l.location().locationId()),
                Column.text("Location", 45, l -> l.location().name()),
                Column.text("Provider", 45, l -> l.provider().name()),
                Column.text("Town", 22, l -> l.location().town()),
                Column.text("Postcode", 9, l -> l.location().postcode()),
                Column.text("Council", 28, l -> report.councilName().apply(l.location().councilGssCode())),
                Column.text("Service", 26, l -> service(l.location())),
                Column.of("Care home beds", CellKind.INTEGER, l -> l.location().careHome() ? l.location().beds() : null),
                Column.text("CQC rating", 20, l -> l.location().rating().label()),
                Column.text("Sponsor", 8, l -> l.provider().isSponsor() ? "Yes" : "No"),
                Column.text("Match", 16, l -> match(l.provider())));
    }

    private static List<Column<ScopedEvent>> eventColumns(CouncilReport report) {
        return List.of(
                Column.of("Action date", CellKind.DATE, e -> e.event().actionDate()),
                Column.text("Action", 20, e -> e.event().action().label()),
                Column.text("Sponsor (as on the register)", 45, e -> e.event().sponsorName()),
                Column.text("Sponsor town", 20, e -> e.event().sponsorTown()),
                Column.text("Provider", 45, e -> e.provider() == null ? "not linked to a CQC provider"
                        : e.provider().name()),
                Column.text("Councils affected", 45, e -> report.councilNames(e.councilGssCodes())),
                Column.of("Workers affected", CellKind.INTEGER, e -> e.event().workersAffected()),
                Column.of("Notice received", CellKind.DATE, e -> e.event().noticeReceived()),
                Column.text("Source", 40, e -> e.event().source()));
    }

    private static List<Column<ProviderChange>> changeColumns() {
        return List.of(
                Column.text("Change", 22, c -> c.change().change().label()),
                Column.text("Organisation (as on the register)", 45, c -> c.change().organisationName()),
                Column.text("Town", 22, c -> c.change().town()),
                Column.text("Before", 30, c -> c.change().before()),
                Column.text("After", 30, c -> c.change().after()),
                Column.text("Provider", 45, c -> c.provider().name()),
                Column.text("CQC provider ID", 14, c -> c.provider().providerId()));
    }

    private static String match(MarketProvider provider) {
        if (provider.isSponsor()) {
            return provider.band().label();
        }
        return provider.formerSponsor() != null ? "Former sponsor" : "";
    }

    /** A provider that never sponsored has no licence to be in a state. */
    private static String licenceStatus(MarketProvider provider) {
        boolean licensed = provider.isSponsor() || provider.formerSponsor() != null || !provider.events().isEmpty();
        return licensed ? provider.status().label() : "Not a sponsor";
    }

    private static String service(MarketLocation location) {
        if (location.careHome() && location.homeCare()) {
            return "Care home and home care";
        }
        return location.careHome() ? "Care home" : location.homeCare() ? "Home care" : "Other";
    }
}
