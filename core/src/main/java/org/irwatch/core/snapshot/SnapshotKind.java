package org.irwatch.core.snapshot;

/** The kinds of public file IR Watch keeps as dated snapshots. */
public enum SnapshotKind {
    REGISTER("Home Office sponsor register"),
    CQC_DIRECTORY("CQC directory"),
    CQC_SEARCH_EXPORT("CQC search export"),
    CQC_ACTIVE_LOCATIONS("CQC HSCA active locations");

    private final String label;

    SnapshotKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isCqc() {
        return this != REGISTER;
    }
}
