package org.irwatch.core.demo;

import org.irwatch.core.common.ProgressListener;

/** Loads and removes the demo data set; real imports are never touched by either. */
public interface DemoDataRepository {

    /** True when nothing at all has been imported or recorded, demo or real. */
    boolean isEmpty();

    boolean hasDemoData();

    void load(DemoDataSet demo, ProgressListener progress);

    /** Removes every demo snapshot and demo event in one transaction. */
    void remove();
}
