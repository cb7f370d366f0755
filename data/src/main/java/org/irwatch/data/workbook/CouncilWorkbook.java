package org.irwatch.data.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irwatch.core.market.CouncilReport;
import org.irwatch.core.market.CouncilReport.ProviderLine;
import org.irwatch.core.market.CqcColumn;
import org.irwatch.core.market.MarketData;
import org.irwatch.core.market.MarketFigure;
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
    static final String NONE_IN_PERIOD = "None recorded in this period";
    /** Register changes are those between the two newest registers, whatever the period. */
    static final String NO_REGISTER_CHANGES = "None recorded between the two newest registers held";
    static final String NO_PROVIDERS = "No adult social care providers in this area";

    private CouncilWorkbook() {
    }

    /** Writes the workbook to a file: into a temporary file beside it first, so a failure leaves no half file. */
    public static void write(CouncilReport report, Path file) {
        WorkbookFile.write(file, out -> write(report, out));
    }

    public static void write(CouncilReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook whole = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(whole);
            SummarySheet.write(whole.createSheet(SUMMARY), styles, report);
            XSSFSheet charts = whole.createSheet(CHARTS);
            ChartsSheet.write(charts, styles, report);
            // Closing the streaming workbook deletes its temporary files (and closes the one it wraps).
            try (SXSSFWorkbook streamed = new SXSSFWorkbook(whole, 200)) {
                ListSheet.write(streamed.createSheet(PROVIDERS), styles, providerColumns(report), report.providers(),
                        NO_PROVIDERS);
                ListSheet.write(streamed.createSheet(LOCATIONS), styles, locationColumns(report), report.locations(),
                        NO_PROVIDERS);
                ListSheet.write(streamed.createSheet(EVENTS), styles, eventColumns(report), report.events(),
                        NONE_IN_PERIOD);
                ListSheet.write(streamed.createSheet(CHANGES), styles, changeColumns(), report.registerChanges(),
                        NO_REGISTER_CHANGES);
                streamed.setSheetOrder(CHARTS, streamed.getNumberOfSheets() - 1);
                streamed.setActiveSheet(0);
                streamed.write(out);
            }
        }
    }

    private static List<Column<ProviderLine>> providerColumns(CouncilReport report) {
        Set<String> here = report.market().councils();
        boolean beds = !report.market().isMissing(MarketFigure.CARE_HOME_BEDS);
        return List.of(
                Column.text("CQC provider ID", 12, p -> p.provider().providerId()),
                Column.wrapped("Provider", 26, p -> p.provider().name()),
                Column.wrapped("Sponsor (as on the register)", 26, p -> p.provider().sponsorName()),
                Column.wrapped("Match", 14, p -> match(p.provider())),
                Column.wrapped("Licence status", 14, p -> licenceStatus(p.provider())),
                Column.of("Risk score", CellKind.INTEGER, p -> p.risk() == null ? null : p.risk().total()),
                Column.wrapped("Risk factors", 30, p -> p.risk() == null ? null : p.risk().summary()),
                Column.of("Locations here", CellKind.INTEGER, p -> p.provider().locationsIn(here).size()),
                Column.of("Locations everywhere", CellKind.INTEGER, p -> p.provider().locations().size()),
                Column.wrapped("Councils", 26, p -> report.councilNames(p.provider().councils())),
                Column.of("Care home beds here", CellKind.INTEGER, p -> !beds ? CqcColumn.NOT_IN_FILE
                        : p.provider().locationsIn(here).stream().filter(MarketLocation::careHome)
                        .mapToInt(MarketLocation::beds).sum()));
    }

    private static List<Column<PlacedLocation>> locationColumns(CouncilReport report) {
        MarketData data = report.market().data();
        boolean beds = !report.market().isMissing(MarketFigure.CARE_HOME_BEDS);
        return List.of(
                Column.text("CQC location ID", 12, l -> l.location().locationId()),
                Column.wrapped("Location", 28, l -> l.location().name()),
                Column.wrapped("Provider", 28, l -> l.provider().name()),
                Column.wrapped("Town", 18, l -> l.location().town()),
                Column.text("Postcode", 9, l -> l.location().postcode()),
                Column.wrapped("Council", 20, l -> report.councilName().apply(l.location().councilGssCode())),
                Column.wrapped("Service", 14, l -> service(l.location())),
                Column.of("Care home beds", CellKind.INTEGER, l -> !l.location().careHome() ? null
                        : beds ? l.location().beds() : CqcColumn.NOT_IN_FILE),
                Column.wrapped("CQC rating", 16, l -> data.ratingText(l.location())),
                Column.text("Sponsor", 9, l -> sponsor(l.provider())),
                Column.wrapped("Match", 16, l -> match(l.provider())));
    }

    private static List<Column<ScopedEvent>> eventColumns(CouncilReport report) {
        return List.of(
                Column.of("Action date", CellKind.DATE, e -> e.event().actionDate()),
                Column.text("Action", 20, e -> e.event().action().label()),
                Column.wrapped("Sponsor (as on the register)", 30, e -> e.event().sponsorName()),
                Column.wrapped("Sponsor town", 16, e -> e.event().sponsorTown()),
                Column.wrapped("Provider", 30, e -> e.provider() == null ? "not linked to a CQC provider"
                        : e.provider().name()),
                Column.wrapped("Councils affected", 36, e -> report.councilNames(e.councilGssCodes())),
                Column.of("Workers affected", CellKind.INTEGER, e -> e.event().workersAffected()),
                Column.of("Notice received", CellKind.DATE, e -> e.event().noticeReceived()),
                Column.wrapped("Source", 30, e -> e.event().source()));
    }

    private static List<Column<ProviderChange>> changeColumns() {
        return List.of(
                Column.text("Change", 22, c -> c.change().change().label()),
                Column.wrapped("Organisation (as on the register)", 36, c -> c.change().organisationName()),
                Column.wrapped("Town", 18, c -> c.change().town()),
                Column.wrapped("Before", 30, c -> c.change().before()),
                Column.wrapped("After", 30, c -> c.change().after()),
                Column.wrapped("Provider", 36, c -> c.provider().name()),
                Column.text("CQC provider ID", 14, c -> c.provider().providerId()));
    }

    /** The match's band; a Medium or Low one said to be possible only, as the figures treat it. */
    private static String match(MarketProvider provider) {
        if (provider.isUncertainSponsor()) {
            return provider.band().label() + ": possible sponsor, to review";
        }
        if (provider.isSponsor()) {
            return provider.band().label();
        }
        return provider.formerSponsor() != null ? "Former sponsor" : "";
    }

    private static String sponsor(MarketProvider provider) {
        return provider.isSponsor() ? "Yes" : provider.isUncertainSponsor() ? "Possible" : "No";
    }

    /** A provider that never sponsored has no licence to be in a state. */
    private static String licenceStatus(MarketProvider provider) {
        boolean licensed = provider.hasSponsorMatch() || provider.formerSponsor() != null
                || !provider.events().isEmpty();
        return licensed ? provider.status().label() : "Not a sponsor";
    }

    private static String service(MarketLocation location) {
        if (location.careHome() && location.homeCare()) {
            return "Care home and home care";
        }
        return location.careHome() ? "Care home" : location.homeCare() ? "Home care" : "Other";
    }
}
