package org.irwatch.core.market;

import java.time.Instant;
import java.time.LocalDate;
import org.irwatch.core.common.UserFacingException;

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

    /**
     * Refuses a report while a register and CQC data are held but not matched (the window's first match after an
     * import from the command line still running): its sponsor figures would all be 0, which is not the same as none.
     */
    public void requireMatchedWhenBothHeld() {
        if (register != null && cqc != null && matchedAt == null) {
            throw new UserFacingException("The register has not been matched to the CQC data yet, so no sponsor "
                    + "figure can be given. Wait for the match in the status bar to finish (or run irwatch match), "
                    + "then export again.");
        }
    }
}
