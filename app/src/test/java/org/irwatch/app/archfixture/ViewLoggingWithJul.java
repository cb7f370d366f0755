package org.irwatch.app.archfixture;

import java.util.logging.Logger;

/** Deliberately logs through java.util.logging: only {@code LayeringRulesCanFailTest} imports it. */
public final class ViewLoggingWithJul {

    private static final Logger LOG = Logger.getLogger(ViewLoggingWithJul.class.getName());

    public void opened() {
        LOG.info("opened");
    }
}
