package org.irwatch.data.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.cqc.CqcLocationRow;
import org.irwatch.core.cqc.ServiceTypes;
import org.irwatch.core.snapshot.SnapshotKind;

/**
 * Reads the two CQC CSV layouts: the monthly directory ("Name, Also known as, Address, Postcode, ...", after a
 * preamble that says "This data was produced on 16 September 2026") and the website search export
 * ("Name, Address 1, Address 2, Town/City, ..."). Neither has ratings or beds.
 */
public final class CqcCsvParser {

    static final String LOCATION_ID = "CQC Location ID (for office use only)";
    static final String PROVIDER_ID = "CQC Provider ID (for office use only)";
    private static final Pattern PRODUCED_ON = Pattern.compile("produced on (\\d{1,2} [A-Za-z]+ \\d{4})");
    /** Reads the rows into {@code result}, which may assemble them as they come. */
    public CqcRows parse(CsvSource csv, SnapshotKind kind, ProgressListener progress, CqcRows result) {
        String label = kind.label();
        int name = csv.requiredColumn("Name", label);
        int locationId = csv.requiredColumn(LOCATION_ID, label);
        int providerId = csv.requiredColumn(PROVIDER_ID, label);
        int providerName = csv.requiredColumn("Provider name", label);
        int localAuthority = csv.requiredColumn("Local authority", label);
        int serviceTypes = csv.requiredColumn("Service types", label);
        int region = csv.column("Region");
        int alsoKnownAs = csv.column("Also known as");
        int postcode = csv.column("Postcode");
        boolean searchExport = kind == SnapshotKind.CQC_SEARCH_EXPORT;
        int address = csv.column(searchExport ? "Address 1" : "Address");
        int address2 = searchExport ? csv.column("Address 2") : -1;
        int town = csv.column("Town/City");
        int columns = csv.header().size();

        dataDateFromPreamble(csv.preamble()).ifPresent(result::dataDateInFile);
        csv.forEachRow(progress, row -> {
            result.countRow();
            String problem = RowChecks.columnCount(row.values(), columns);
            if (problem == null) {
                problem = RowChecks.fieldLengths(row.values(), csv.header());
            }
            if (problem == null && row.get(locationId).isBlank()) {
                problem = "no CQC location ID";
            }
            if (problem == null && row.get(providerId).isBlank()) {
                problem = "no CQC provider ID";
            }
            if (problem != null) {
                result.reject(row.line(), problem, row.text());
                return;
            }
            String fullAddress = address2 >= 0 && !row.get(address2).isBlank()
                    ? row.get(address) + ", " + row.get(address2) : row.get(address);
            result.add(new CqcLocationRow(row.line(), row.get(locationId).strip(), row.get(name), row.get(alsoKnownAs),
                    fullAddress, row.get(town), row.get(postcode).strip(), row.get(localAuthority), row.get(region),
                    row.get(providerId).strip(), row.get(providerName), ServiceTypes.split(row.get(serviceTypes)),
                    null, null, null, null, null, null, null, null));
        });
        return result;
    }

    static java.util.Optional<LocalDate> dataDateFromPreamble(List<String> preamble) {
        for (String line : preamble) {
            Matcher matcher = PRODUCED_ON.matcher(line);
            if (matcher.find()) {
                return UkDates.tryParse(matcher.group(1));
            }
        }
        return java.util.Optional.empty();
    }
}
