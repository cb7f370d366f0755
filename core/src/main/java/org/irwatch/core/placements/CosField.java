package org.irwatch.core.placements;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.irwatch.core.imports.table.FieldCatalogue;
import org.irwatch.core.imports.table.ImportField;

/** The columns of a certificates of sponsorship sheet (docs/certificates-of-sponsorship.md). */
public enum CosField implements ImportField {
    SPONSOR("sponsor", "Sponsor"),
    TOWN("town", "Town"),
    LICENCE_NUMBER("licence_number", "Licence number"),
    PERIOD_FROM("from", "Period from"),
    PERIOD_TO("to", "Period to"),
    ALLOCATED("allocated", "CoS allocated"),
    USED("used", "CoS used");

    public static final FieldCatalogue<CosField> CATALOGUE = new FieldCatalogue<>(CosField.class,
            "a sponsor's certificates", Arrays.asList(values()), List.of(SPONSOR, PERIOD_FROM, PERIOD_TO, ALLOCATED, USED),
            List.of(Map.entry(LICENCE_NUMBER, List.of("licence number", "license number", "licence no", "licence ref",
                            "sponsor number", "urn")),
                    Map.entry(TOWN, List.of("town", "city")),
                    Map.entry(PERIOD_FROM, List.of("from", "start")),
                    Map.entry(PERIOD_TO, List.of("period to", "end", "until", "date to")),
                    Map.entry(ALLOCATED, List.of("allocat", "granted", "allowance")),
                    Map.entry(USED, List.of("used", "assigned")),
                    Map.entry(SPONSOR, List.of("organisation", "organization", "sponsor", "employer", "company",
                            "name"))));

    private final String code;
    private final String label;

    CosField(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
