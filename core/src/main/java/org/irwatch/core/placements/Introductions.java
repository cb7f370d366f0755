package org.irwatch.core.placements;

import java.time.Clock;
import java.time.LocalDate;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerService;

/**
 * Records that a displaced worker was introduced to a provider the finder offered: the worker's pipeline moves to
 * "interview arranged" (as the register's own rules allow) and the introduction is kept with the provider and
 * location. The worker's personal data stays in the encrypted register.
 */
public final class Introductions {

    private final WorkerService workers;
    private final PlacementStore store;
    private final Clock clock;
    private final String user;

    public Introductions(WorkerService workers, PlacementStore store, Clock clock, String user) {
        this.workers = workers;
        this.store = store;
        this.clock = clock;
        this.user = user;
    }

    /** @return the worker as moved (or as it was, when an interview was arranged already) */
    public Worker introduce(long workerId, PlacementMatch match, LocalDate on) {
        Worker worker = workers.find(workerId);
        boolean arranged = worker.stage() == Stage.INTERVIEW_ARRANGED;
        if (!arranged && !worker.stage().allowedMoves().contains(Stage.INTERVIEW_ARRANGED)) {
            throw new UserFacingException("The worker is at \"" + worker.stage().label() + "\": an interview cannot be "
                    + "arranged from there. Change their stage on the Displaced workers screen first.");
        }
        store.recordIntroduction(new Introduction(workerId, match.provider().providerId(), match.provider().name(),
                match.location().locationId(), match.location().name(), on, user, clock.instant()));
        return arranged ? worker : workers.moveStage(workerId, Stage.INTERVIEW_ARRANGED, on);
    }
}
