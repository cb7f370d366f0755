package org.irwatch.app.wiring;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.irwatch.core.common.CsvWriter;
import org.irwatch.core.placements.PlacementLine;
import org.irwatch.core.placements.Shortlist;
import org.irwatch.data.export.PlacementsCsv;
import org.irwatch.data.workbook.ShortlistWorkbook;

/**
 * The placement files, behind the ports their users need (as {@link FileFormats}).
 *
 * @param placements CSV of the finder's locations: see {@link PlacementsCsv}
 * @param shortlist  writes a fair's shortlist (.xlsx); a failure leaves no half-written file
 */
public record PlacementFormats(CsvWriter<PlacementLine> placements, BiConsumer<Shortlist, Path> shortlist) {

    static PlacementFormats of() {
        return new PlacementFormats(PlacementsCsv::write, ShortlistWorkbook::write);
    }
}
