package org.irwatch.core.geo;

/**
 * What a postcode import held.
 *
 * @param layout e.g. "ONS Postcode Directory"
 * @param skipped rows without a place: terminated postcodes, postcodes with no grid reference
 */
public record PostcodeImportResult(String layout, int districts, int postcodes, int skipped) {

    public String summary() {
        return String.format("%s: %,d postcode district centres and %,d full postcodes imported", layout, districts,
                postcodes) + (skipped == 0 ? "." : String.format("; %,d rows without a place skipped "
                + "(terminated or no grid reference).", skipped));
    }
}
