package org.irwatch.core.workers;

/** What an import of a hub's list did. */
public record WorkerImportResult(String fileName, int rows, int added, int alreadyHeld) {

    /** "hub-list.xlsx: 12 rows; 10 people added, 2 already held (same phone, or same name and date of birth)." */
    public String summary() {
        return fileName + ": " + rows + (rows == 1 ? " row; " : " rows; ") + added + (added == 1 ? " person" : " people")
                + " added, " + alreadyHeld + " already held (same phone, or same name and date of birth).";
    }
}
