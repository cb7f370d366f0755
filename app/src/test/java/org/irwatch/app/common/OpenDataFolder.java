package org.irwatch.app.common;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.irwatch.app.screen.Navigator;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.market.MarketProvider;

/**
 * A data folder opened for a view model test, with what the running window would give a screen: work runs on the
 * test's thread, dialogs are scripted, and the data changes the screen announces are counted.
 */
public final class OpenDataFolder implements AutoCloseable {

    private final AppServices services;
    private final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicInteger dataChanges = new AtomicInteger();

    private OpenDataFolder(AppServices services) {
        this.services = services;
    }

    /** The folder holding nothing but the councils every folder starts with. */
    public static OpenDataFolder empty(Path folder) {
        return new OpenDataFolder(AppServices.open(folder));
    }

    /** A folder whose database is closed already: every read fails, as when the disk goes away. */
    public static OpenDataFolder closed(Path folder) {
        OpenDataFolder closed = empty(folder);
        closed.close();
        return closed;
    }

    /** The folder with the demo loaded and matched, as the window opens it at the first start. */
    public static OpenDataFolder withDemo(Path folder) {
        AppServices services = AppServices.open(folder);
        services.demo().load(ProgressListener.NONE);
        services.matching().matchLatest(ProgressListener.NONE);
        return new OpenDataFolder(services);
    }

    public AppServices services() {
        return services;
    }

    public SameThreadTaskExecutor tasks() {
        return tasks;
    }

    public ScriptedDialogs dialogs() {
        return dialogs;
    }

    /** How many times the screen said it changed data (so the window would reload everything). */
    public int dataChanges() {
        return dataChanges.get();
    }

    /** The screens under test never navigate: a call fails the test. */
    public ScreenContext context() {
        return new ScreenContext(tasks, dialogs, new Navigator() {
            @Override
            public void showProvider(String providerId) {
                throw new AssertionError("unexpected navigation to provider " + providerId);
            }

            @Override
            public void reviewMatch(MarketProvider provider) {
                throw new AssertionError("unexpected navigation to the review of " + provider.providerId());
            }

            @Override
            public void reviewQueue() {
                throw new AssertionError("unexpected navigation to the review queue");
            }
        }, dataChanges::incrementAndGet);
    }

    @Override
    public void close() {
        services.close();
    }
}
