package org.irwatch.core.workers;

/**
 * One count in an anonymised summary.
 *
 * @param key what is counted, as stored (a GSS code, a stage's name); empty for "not said"
 * @param suppressed true when the count is not shown: under 5, or the one that would reveal another under 5
 */
public record SummaryCell(String key, String label, int count, boolean suppressed) {

    public static final String FEWER_THAN_5 = "fewer than 5";
    public static final String SUPPRESSED = "not shown";

    /** The count as shared: the number, "fewer than 5", or "not shown" for a count held back to protect another. */
    public String shown() {
        if (!suppressed) {
            return Integer.toString(count);
        }
        return count < WorkerSummary.SMALL ? FEWER_THAN_5 : SUPPRESSED;
    }

    SummaryCell suppress() {
        return new SummaryCell(key, label, count, true);
    }
}
