package org.irwatch.core.matching;

/** What importing shared decisions did: pairs added, pairs whose verdict a later decision replaced, pairs left. */
public record DecisionsImported(int added, int updated, int unchanged) {

    public String summary() {
        return String.format("%,d %s added, %,d updated by later decisions, %,d already held or older.",
                added, added == 1 ? "decision" : "decisions", updated, unchanged);
    }
}
