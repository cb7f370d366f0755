package org.irwatch.data.imports;

import java.util.List;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.register.OrganisationAssembler;
import org.irwatch.core.register.RegisterRow;
import org.irwatch.core.register.SponsorOrganisation;

/**
 * Reads the Home Office Register of Licensed Sponsors: Workers in every shape met so far: 2020-21 files
 * converted from the PDF (several licences in one cell), 2021 files with every field quoted and CRLF line ends,
 * 2026 files quoted only where needed with {@code ""} escapes, with or without a byte-order mark.
 */
public final class RegisterCsvParser {

    public static final String[] COLUMNS = {"Organisation Name", "Town/City", "County", "Type & Rating", "Route"};
    static final String KIND = "Home Office sponsor register";

    /** The organisations of one register file, with the parse's report. */
    public static final class Result extends ParsedFile {
        private List<SponsorOrganisation> organisations = List.of();

        public List<SponsorOrganisation> organisations() {
            return organisations;
        }
    }

    public Result parse(RowSource csv, ProgressListener progress) {
        int name = csv.requiredColumn(COLUMNS[0], KIND);
        int town = csv.requiredColumn(COLUMNS[1], KIND);
        int county = csv.requiredColumn(COLUMNS[2], KIND);
        int typeAndRating = csv.requiredColumn(COLUMNS[3], KIND);
        int route = csv.requiredColumn(COLUMNS[4], KIND);
        int columns = csv.header().size();
        Result result = new Result();
        OrganisationAssembler assembler = new OrganisationAssembler();
        csv.forEachRow(progress, row -> {
            result.countRow();
            List<String> values = row.values();
            String problem = RowChecks.columnCount(values, columns);
            if (problem == null) {
                problem = RowChecks.fieldLengths(values, csv.header());
            }
            if (problem == null && values.get(name).isBlank()) {
                problem = "no organisation name";
            }
            if (problem != null) {
                result.reject(row.line(), problem, row.text());
                return;
            }
            assembler.add(new RegisterRow(row.line(), values.get(name), values.get(town), values.get(county),
                    values.get(typeAndRating), values.get(route)));
        });
        result.organisations = assembler.organisations();
        return result;
    }
}
