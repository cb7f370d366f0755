package org.irwatch.app.market;

import org.irwatch.app.wiring.AppServices;

/** Deliberately reaches the composition root from a screen: only {@code LayeringRulesCanFailTest} imports it. */
public final class ViewHoldingAppServices {

    private final AppServices services;

    public ViewHoldingAppServices(AppServices services) {
        this.services = services;
    }

    public AppServices services() {
        return services;
    }
}
