package org.irwatch.app.wiring;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.irwatch.core.common.CsvWriter;
import org.irwatch.core.placements.EthicalEmployer;
import org.irwatch.core.placements.PlacementLine;
import org.irwatch.core.placements.Shortlist;
import org.irwatch.data.export.MailingListCsv;
import org.irwatch.data.export.PlacementsCsv;
import org.irwatch.data.workbook.ShortlistWorkbook;

/**
 * The placement files, behind the ports their users need (as {@link FileFormats}).
 *
 * @param placements CSV of the finder's locations: see {@link PlacementsCsv}
 * @param shortlist  writes a fair's shortlist (.xlsx); a failure leaves no half-written file
 * @param mailingList CSV of the employers a notice goes to: provider_name,contact_name,email,phone
 */
public record PlacementFormats(CsvWriter<PlacementLine> placements, BiConsumer<Shortlist, Path> shortlist,
                               CsvWriter<EthicalEmployer> mailingList) {

    static PlacementFormats of() {
        return new PlacementFormats(PlacementsCsv::write, ShortlistWorkbook::write, MailingListCsv::write);
    }
}
