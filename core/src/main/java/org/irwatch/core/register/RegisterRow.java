package org.irwatch.core.register;

/**
 * One data row of a register file, as written, with the line it started on (for reports).
 * A 2020 PDF-converted row may carry several licences in one cell, joined with " / ".
 */
public record RegisterRow(long line, String name, String town, String county, String typeAndRating, String route) {
}
