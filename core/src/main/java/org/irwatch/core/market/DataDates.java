package org.irwatch.core.market;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The dates of the data behind the market views, shown beside every figure and in every workbook.
 *
 * @param cqc null when no CQC file is held
 * @param register null when no register is held
 * @param previousRegister the register snapshot the changes are counted from; null when only one is held
 * @param matchedAt null when matching has not run
 */
public record DataDates(LocalDate cqc, LocalDate register, LocalDate previousRegister, Instant matchedAt) {

    public static final DataDates NONE = new DataDates(null, null, null, null);
}
