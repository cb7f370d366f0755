package org.irwatch.core.matching;

/** A register organisation as matching sees it: the stable key, name and town as written, the prepared name. */
public record SponsorEntry(String key, String name, String town, String county, ComparableName prepared,
                           String foldedTown) {

    public static SponsorEntry of(String key, String name, String town, String county) {
        return new SponsorEntry(key, name, town, county, NameNormaliser.prepare(name), MatchScorer.fold(town));
    }
}
