package org.irwatch.core.placements;

import java.time.LocalDate;

/**
 * One sponsor's certificates of sponsorship for one period, as the sheet gave it, with its link to the register
 * (restricted data, ADR 0032).
 *
 * @param id null until stored
 * @param line the sheet's row
 */
public record CosRow(Long id, long line, String sponsorName, String town, String licenceNumber, LocalDate from,
                     LocalDate to, int allocated, int used, CosLink link) {

    public CosRow withLink(CosLink other) {
        return new CosRow(id, line, sponsorName, town, licenceNumber, from, to, allocated, used, other);
    }
}
