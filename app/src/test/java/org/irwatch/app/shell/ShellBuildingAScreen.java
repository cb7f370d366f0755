package org.irwatch.app.shell;

import org.irwatch.app.market.MarketView;

/** Deliberately knows a concrete screen in the shell: only {@code LayeringRulesCanFailTest} imports it. */
public final class ShellBuildingAScreen {

    public String title(MarketView market) {
        return market.title();
    }
}
