package org.irwatch.core.council;

/** Reads the council reference data. */
public interface CouncilRepository {

    CouncilDirectory loadDirectory();
}
