package org.irwatch.core.demo;

import java.time.LocalDate;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.settings.SettingsRepository;
import org.irwatch.core.workers.DemoWorkers;

/** Loads and removes the demo, remembering a removal so an empty folder is not filled with it again. */
public final class DemoService {

    /** Set when the user removed the demo, so an empty folder is not filled with it again at the next start. */
    static final String DEMO_DECLINED = "demo.declined";

    private final DemoDataRepository demo;
    private final SettingsRepository settings;
    private final CouncilDirectory councils;

    public DemoService(DemoDataRepository demo, SettingsRepository settings, CouncilDirectory councils) {
        this.demo = demo;
        this.settings = settings;
        this.councils = councils;
    }

    /** Loads the demo into an empty data folder, unless the user removed it before. True when it loaded. */
    public boolean loadIfEmpty(ProgressListener progress) {
        if (demo.isEmpty() && !settings.get(DEMO_DECLINED).map(Boolean::parseBoolean).orElse(false)) {
            load(progress);
            return true;
        }
        return false;
    }

    public void load(ProgressListener progress) {
        demo.load(new DemoDataGenerator(councils).generate(), progress);
        settings.put(DEMO_DECLINED, "false");
    }

    public void remove() {
        demo.remove();
        settings.put(DEMO_DECLINED, "true");
    }

    public boolean hasDemoData() {
        return demo.hasDemoData();
    }

    /**
     * The demo's invented displaced workers, counted back from today, when the folder holds the demo; none otherwise.
     * They are stored under the register's passphrase (ADR 0029).
     */
    public DemoWorkers workers(LocalDate today) {
        return hasDemoData() ? new DemoWorkersGenerator(new DemoDataGenerator(councils).generate()).generate(today)
                : DemoWorkers.NONE;
    }

    /** True when the folder holds no data at all, demo or imported. */
    public boolean isEmpty() {
        return demo.isEmpty();
    }
}
