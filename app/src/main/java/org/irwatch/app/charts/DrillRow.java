package org.irwatch.app.charts;

/** One event or location behind a clicked bar. */
public record DrillRow(String name, String provider, String councils, String date, String detail) {
}
