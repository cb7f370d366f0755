package org.irwatch.data.archfixturecycle;

import org.irwatch.data.archfixture.PartOfAPackageCycle;

/** The package that closes the cycle {@link PartOfAPackageCycle} starts: a fixture of the cycle rules. */
public final class OtherPartOfAPackageCycle {

    public PartOfAPackageCycle back() {
        return new PartOfAPackageCycle();
    }
}
