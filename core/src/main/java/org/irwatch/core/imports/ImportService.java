package org.irwatch.core.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import org.irwatch.core.common.ProgressListener;

/**
 * Imports one public file as a dated snapshot, all or nothing: on any failure it throws a
 * {@link org.irwatch.core.common.UserFacingException} that says what is wrong and leaves the data as it was.
 */
public interface ImportService {

    /** @param asOf the data date to use when the file does not say; null to read it from the file */
    ImportReport importFile(Path file, LocalDate asOf, ProgressListener progress);
}
