package org.irwatch.core.register;

/**
 * One change between two register snapshots, with the organisation's name and town as written on the
 * register (the later one, or the earlier one for a removal).
 *
 * @param before empty for an addition
 * @param after empty for a removal
 */
public record RegisterChange(ChangeType change, String organisationName, String town, String before, String after) {

    /** True when the rating moved to B, or from an A rating to anything worse: the early warning. */
    public boolean isDowngrade() {
        return change == ChangeType.RATING_CHANGED && after.contains(": B") && !before.contains(": B");
    }
}
