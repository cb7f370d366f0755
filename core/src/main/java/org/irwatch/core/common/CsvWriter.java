package org.irwatch.core.common;

import java.io.IOException;
import java.util.List;

/** Writes rows as CSV: the port through which screens and commands export, the format itself being data's. */
@FunctionalInterface
public interface CsvWriter<T> {

    void write(List<T> rows, Appendable out) throws IOException;
}
