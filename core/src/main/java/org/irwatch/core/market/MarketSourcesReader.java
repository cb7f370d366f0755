package org.irwatch.core.market;

/** Reads the market's sources from storage. */
public interface MarketSourcesReader {

    MarketSources read();

    /**
     * A cheap fingerprint of the stored data the sources come from: it changes whenever a snapshot, a match run, a
     * decision or an event is added, changed or removed.
     */
    String version();
}
