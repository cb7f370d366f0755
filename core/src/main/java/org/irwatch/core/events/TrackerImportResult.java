package org.irwatch.core.events;

/** What a tracker import did. */
public record TrackerImportResult(String fileName, int rowsRead, int added, int alreadyRecorded) {

    public String summary() {
        return String.format("%s: %,d %s read, %,d %s added, %,d already recorded.", fileName, rowsRead,
                rowsRead == 1 ? "row" : "rows", added, added == 1 ? "event" : "events", alreadyRecorded);
    }
}
