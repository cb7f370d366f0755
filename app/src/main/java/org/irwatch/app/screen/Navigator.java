package org.irwatch.app.screen;

import org.irwatch.core.market.MarketProvider;

/** What a screen or dialog can ask the main window to show elsewhere. */
public interface Navigator {

    /** Opens the detail of the provider with this CQC provider ID over the window. */
    void showProvider(String providerId);

    /** Goes to the Providers screen's Review matches tab with this provider's match chosen. */
    void reviewMatch(MarketProvider provider);

    /** Goes to the Providers screen's Review matches tab: the possible sponsors of the chosen area, to review. */
    void reviewQueue();
}
