package org.irwatch.app.common;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs, once each, when a step of start-up is first reached, in milliseconds from the process start
 * ("Live market shown after 4210 ms"): the start-up benchmark ({@code bench/startup.sh}) reads these lines.
 */
public final class StartupTimes {

    private static final Logger LOG = LoggerFactory.getLogger(StartupTimes.class);
    private static final Instant PROCESS_START = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    private StartupTimes() {
    }

    /** Logs "{@code step} after N ms" the first time this step is reached in this process. */
    public static void reached(String step) {
        if (LOGGED.add(step)) {
            LOG.info("{} after {} ms", step, Duration.between(PROCESS_START, Instant.now()).toMillis());
        }
    }
}
