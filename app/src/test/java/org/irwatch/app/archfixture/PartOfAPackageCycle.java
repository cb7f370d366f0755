package org.irwatch.app.archfixture;

import org.irwatch.app.archfixturecycle.OtherPartOfAPackageCycle;

/**
 * Deliberately in a package cycle with {@code archfixturecycle}: only {@code PackageCycleRulesCanFailTest} imports it.
 */
public final class PartOfAPackageCycle {

    public OtherPartOfAPackageCycle other() {
        return new OtherPartOfAPackageCycle();
    }
}
