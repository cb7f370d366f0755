package org.irwatch.app.workers;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.workers.InvalidWorkerException;
import org.irwatch.core.workers.JobFair;
import org.irwatch.core.workers.Placement;
import org.irwatch.core.workers.Stage;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerProblem;
import org.irwatch.core.workers.WorkerService;

/**
 * What the user does to records: save (merging a duplicate when asked), move through the pipeline, withdraw consent,
 * merge two records, delete those due, record a fair. Each change runs in the background, asks first where it cannot
 * be undone, says what it did in the status bar and reads the lists again.
 */
public final class WorkerActions {

    private final WorkersViewModel lists;
    private final WorkerService service;
    private final RegisterLookup lookup;
    private final ScreenContext context;

    public WorkerActions(WorkersViewModel lists, WorkerService service, RegisterLookup lookup, ScreenContext context) {
        this.lists = lists;
        this.service = service;
        this.lookup = lookup;
        this.context = context;
    }

    /** The records already held for the same person (same phone, or same name and date of birth). */
    public void duplicatesOf(Worker worker, Consumer<List<Worker>> found) {
        context.tasks().run(new BackgroundTask<>("Looking for the same person in the register",
                progress -> service.duplicatesOf(worker)), found);
    }

    /**
     * Saves a new record or the changes to one; with {@code mergeWith}, the record held for the same person is then
     * merged into it (its stage moves kept in the history). {@code refused} gets the problems to show by the fields.
     */
    public void save(Worker worker, Long mergeWith, Consumer<Worker> saved, Consumer<List<WorkerProblem>> refused) {
        context.tasks().run(new BackgroundTask<>(worker.id() == null ? "Registering the worker" : "Saving the record",
                progress -> {
                    Worker stored = service.save(worker);
                    return mergeWith == null ? stored : service.merge(stored.id(), mergeWith);
                }), stored -> {
                    context.tasks().announce((worker.id() == null ? "Registered: " : "Saved: ")
                            + describe(stored) + (mergeWith == null ? "" : ", merged with record #" + mergeWith));
                    saved.accept(stored);
                    lists.load();
                }, failure -> {
                    if (failure instanceof InvalidWorkerException invalid) {
                        refused.accept(invalid.problems());
                    } else {
                        context.dialogs().showError("The record was not saved", failure);
                    }
                });
    }

    /**
     * Moves a record to a stage on a date; a placement (new employer, start date) is saved with a move to placed.
     * A move the pipeline does not allow is refused with a sentence saying which are.
     */
    public void move(Worker worker, Stage to, LocalDate on, Placement placement, Runnable moved) {
        context.tasks().run(new BackgroundTask<>("Moving the record to " + to.label(),
                progress -> service.moveStage(worker.id(), to, on, placement)), after -> {
            context.tasks().announce(describe(after) + " moved to " + to.label() + " on " + UkDates.day(on) + ".");
            moved.run();
            lists.load();
        }, failure -> context.dialogs().showError("The stage was not changed", failure));
    }

    /** Asks first, saying what goes and what stays; then removes the person's details at once. */
    public void withdrawConsent(Worker worker) {
        if (!context.dialogs().confirm("Withdraw consent?", describe(worker) + " withdrew their consent.\n\n"
                + "Their name, contact details, date of birth, address, situation, welfare notes and referrals are "
                + "removed now and cannot be brought back. Kept, without anything that identifies them: their "
                + "council, stage, reason, roles, nationality, sex and the dates of their stages, for the anonymous "
                + "counts; and the audit trail saying consent was withdrawn.", "Withdraw consent and remove")) {
            return;
        }
        context.tasks().run(new BackgroundTask<Void>("Removing the personal data", progress -> {
            service.withdrawConsent(worker.id());
            return null;
        }), done -> {
            context.tasks().announce("Consent withdrawn: record #" + worker.id() + "'s personal data removed.");
            lists.load();
        });
    }

    /** Merges two records of the same person after asking: the first is kept, the second's history moves onto it. */
    public void merge(Worker keep, Worker other) {
        if (!context.dialogs().confirm("Merge two records?", "Keep " + describe(keep) + " and merge "
                + describe(other) + " into it?\n\nThe kept record keeps its details and stage and takes the other's "
                + "stage changes and audit trail; the other record goes.", "Merge")) {
            return;
        }
        context.tasks().run(new BackgroundTask<>("Merging the records",
                progress -> service.merge(keep.id(), other.id())), merged -> {
                    context.tasks().announce("Merged record #" + other.id() + " into " + describe(merged) + ".");
                    lists.load();
                });
    }

    /** Deletes the personal data of every record due, as one confirmed action. */
    public void deleteDue(int due) {
        if (due == 0) {
            return;
        }
        if (!context.dialogs().confirm("Delete the records due?", due + (due == 1 ? " record was" : " records were")
                + " closed (placed, withdrawn, left the UK or lost contact) more than " + service.retention().months()
                + " months ago.\n\nTheir personal details are deleted now and cannot be brought back. Kept, without "
                + "anything that identifies anyone: each record's council, stage, reason, roles, nationality, sex "
                + "and dates, for the anonymous counts; and one entry in the audit trail.", "Delete " + due)) {
            return;
        }
        context.tasks().run(new BackgroundTask<>("Deleting the records due", progress -> service.purgeDue()),
                deleted -> {
                    context.tasks().announce("Deleted the personal data of " + deleted
                            + (deleted == 1 ? " record" : " records") + " past the retention period.");
                    lists.load();
                });
    }

    /** Records a new fair or the changes to one. */
    public void saveFair(JobFair fair, Consumer<JobFair> saved) {
        context.tasks().run(new BackgroundTask<>("Saving the job fair", progress -> service.saveFair(fair)),
                stored -> {
                    context.tasks().announce("Job fair saved: " + stored.venue() + ", " + UkDates.day(stored.heldOn()));
                    saved.accept(stored);
                    lists.load();
                }, failure -> context.dialogs().showError("The job fair was not saved", failure));
    }

    public RegisterLookup lookup() {
        return lookup;
    }

    public WorkersViewModel lists() {
        return lists;
    }

    /** "Amara Okafor (#12)", or "Record #12" once the name has gone. */
    static String describe(Worker worker) {
        String name = worker.person().name();
        return name.isEmpty() ? "Record #" + worker.id() : name + " (#" + worker.id() + ")";
    }
}
