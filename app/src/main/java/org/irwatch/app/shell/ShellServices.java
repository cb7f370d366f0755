package org.irwatch.app.shell;

import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Partnerships;
import org.irwatch.core.demo.DemoService;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.matching.MatchingService;
import org.irwatch.core.settings.SettingsRepository;
import org.irwatch.core.snapshot.SnapshotRepository;

/**
 * What the window around the screens reads and writes: the area picker's councils and partnerships, the saved area,
 * the search, the header's data dates and demo label, and matching again when the data changed.
 */
public record ShellServices(CouncilDirectory councils, Partnerships partnerships, MarketService market,
                            SettingsRepository settings, SnapshotRepository snapshots, DemoService demo,
                            MatchingService matching) {
}
