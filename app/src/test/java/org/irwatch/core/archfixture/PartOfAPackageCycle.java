package org.irwatch.core.archfixture;

import org.irwatch.core.archfixturecycle.OtherPartOfAPackageCycle;

/**
 * Deliberately in a package cycle with {@code archfixturecycle}: only {@code PackageCycleRulesCanFailTest} imports it.
 */
public final class PartOfAPackageCycle {

    public OtherPartOfAPackageCycle other() {
        return new OtherPartOfAPackageCycle();
    }
}
