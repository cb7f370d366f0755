package org.irwatch.core.placements;

/**
 * The register organisation a certificates row was linked to, and how surely.
 *
 * @param organisationKey null when no organisation was found
 * @param registerName the organisation's name on the register; "" when none was found
 */
public record CosLink(String organisationKey, String registerName, Band band, double score, String evidence) {

    /**
     * EXACT (the name as on the register), HIGH and CONFIRMED count as the sponsor's certificates; MEDIUM, LOW and
     * NONE wait for a person's review; REJECTED was reviewed and is not the organisation.
     */
    public enum Band {
        EXACT, HIGH, CONFIRMED, MEDIUM, LOW, NONE, REJECTED;

        public boolean isSure() {
            return this == EXACT || this == HIGH || this == CONFIRMED;
        }

        public boolean toReview() {
            return this == MEDIUM || this == LOW || this == NONE;
        }
    }

    public static CosLink none(String evidence) {
        return new CosLink(null, "", Band.NONE, 0, evidence);
    }
}
