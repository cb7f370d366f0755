package org.irwatch.core.register;

/**
 * One change between two register snapshots, with the organisation's name and town as written on the
 * register (the later one, or the earlier one for a removal).
 *
 * @param before empty for an addition
 * @param after empty for a removal
 */
public record RegisterChange(ChangeType change, String organisationName, String town, String before, String after) {

    /** True when a B rating appeared: the Home Office found failings. The early warning. */
    public boolean isDowngradeToB() {
        return change == ChangeType.RATING_CHANGED && hasB(after) && !hasB(before);
    }

    private static boolean hasB(String ratings) {
        return java.util.Arrays.stream(ratings.split("; ")).anyMatch("B"::equals);
    }
}
