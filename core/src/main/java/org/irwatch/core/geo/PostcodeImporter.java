package org.irwatch.core.geo;

import java.nio.file.Path;
import org.irwatch.core.common.ProgressListener;

/**
 * Imports postcode centres from the district table, the ONS Postcode Directory or OS Code-Point Open (its CSV files,
 * or its ZIP): all or nothing.
 */
public interface PostcodeImporter {

    PostcodeImportResult importFile(Path file, ProgressListener progress);
}
