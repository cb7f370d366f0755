package org.irwatch.data.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.irwatch.core.imports.RejectedLine;

/**
 * What every parser reports besides its rows: rows read, lines rejected with reasons, warnings, and the data
 * date when the file itself says it.
 */
public class ParsedFile {

    private long rowsRead;
    private final List<RejectedLine> rejected = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private LocalDate dataDateInFile;

    public void countRow() {
        rowsRead++;
    }

    public void reject(long line, String reason, String text) {
        rejected.add(new RejectedLine(line, reason, text));
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public void dataDateInFile(LocalDate date) {
        this.dataDateInFile = date;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long rowsAccepted() {
        return rowsRead - rejected.size();
    }

    public List<RejectedLine> rejected() {
        return rejected;
    }

    public List<String> warnings() {
        return warnings;
    }

    public Optional<LocalDate> dataDateInFile() {
        return Optional.ofNullable(dataDateInFile);
    }
}
