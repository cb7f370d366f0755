package org.irwatch.data.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.geo.StraightLineMiles;
import org.irwatch.core.placements.PlacementLine;
import org.irwatch.core.placements.Shortlist;
import org.irwatch.data.workbook.ListSheet.Column;

/**
 * A job fair's shortlist (.xlsx) for employers and workers to read: sheet "Shortlist" (provider, location, distance,
 * contact, vacancies, rating) and "About" (what it is, when made, how distances are measured, and the worker's
 * details only when the user chose to include them). Never restricted data.
 */
public final class ShortlistWorkbook {

    public static final String SHORTLIST = "Shortlist";
    public static final String ABOUT = "About";

    private ShortlistWorkbook() {
    }

    public static void write(Shortlist shortlist, Path file) {
        WorkbookFile.write(file, out -> write(shortlist, out));
    }

    public static void write(Shortlist shortlist, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            ListSheet.write(workbook.createSheet(SHORTLIST), styles, columns(), shortlist.lines(),
                    "No location within reach meets the rules");
            Sheet about = workbook.createSheet(ABOUT);
            List<String> lines = new ArrayList<>(List.of(shortlist.title(),
                    "Made " + UkDates.day(shortlist.generatedAt().toLocalDate()) + " by IR Watch.",
                    "Distances are " + StraightLineMiles.LABEL + " (as the crow flies), not travel by road.",
                    "Every provider holds an A-rated Skilled Worker sponsor licence on the newest Home Office "
                            + "register held, or says it has applied for one.",
                    "Vacancies are those the provider gave when it signed up as an ethical employer; an empty cell means "
                            + "it has not signed up, so its vacancies are not known."));
            if (!shortlist.worker().isEmpty()) {
                lines.add("");
                lines.add("Worker (included at the user's choice):");
                lines.addAll(shortlist.worker());
            }
            for (int r = 0; r < lines.size(); r++) {
                Cells.put(about.createRow(r).createCell(0), lines.get(r), CellKind.TEXT, styles);
            }
            about.getRow(0).getCell(0).setCellStyle(styles.title);
            about.setColumnWidth(0, 100 * 256);
            workbook.write(out);
        }
    }

    private static List<Column<PlacementLine>> columns() {
        return List.of(
                Column.of("Rank", CellKind.INTEGER, PlacementLine::rank),
                Column.text("Provider", 40, PlacementLine::providerName),
                Column.text("Location", 40, PlacementLine::locationName),
                Column.text("Postcode", 9, PlacementLine::postcode),
                new Column<>("Distance (straight-line miles)", CellKind.TEXT, 10, false, PlacementLine::milesText),
                Column.wrapped("Contact", 40, PlacementLine::contact),
                Column.of("Vacancies", CellKind.INTEGER, PlacementLine::vacancies),
                Column.wrapped("Posts", 40, PlacementLine::vacancyDetail),
                Column.text("CQC rating", 20, PlacementLine::cqcRating),
                Column.text("Licence", 30, l -> l.group().label()));
    }
}
