package org.irwatch.core.matching;

/** A register organisation as stored: its stable key, and its name, town and county as written. */
public record StoredSponsor(String key, String name, String town, String county) {

    /** Prepared for matching (the costly part: normalising the name). */
    public SponsorEntry toEntry() {
        return SponsorEntry.of(key, name, town, county);
    }
}
