package org.irwatch.app.workers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.FileDialogConfig;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.workers.IdleLock;
import org.irwatch.core.workers.WorkerService;

/**
 * Whether the register is open: set up at first use (a passphrase typed twice, then the recovery key shown once),
 * unlocked with the passphrase, locked by the user or after a spell without use. The rest of the screen listens to
 * {@link #accessProperty()} and drops every personal value it holds when the register locks.
 */
public final class WorkersAccessModel {

    /** Where the register stands, as the screen shows it. */
    public enum Access {
        /** Not known yet: the data folder is being asked. */
        CHECKING,
        /** No passphrase yet: the set-up form. */
        SET_UP,
        LOCKED,
        /** Opened with the recovery key: a new passphrase is chosen before the register shows. */
        NEW_PASSPHRASE,
        OPEN
    }

    private final ReadOnlyObjectWrapper<Access> access = new ReadOnlyObjectWrapper<>(Access.CHECKING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lockedReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recoveryKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final WorkerService service;
    private final ScreenContext context;
    private final IdleLock idle;

    /** @param idle the idle lock, with its clock and idle time ({@link WorkerService#idleLock()}) */
    public WorkersAccessModel(WorkerService service, ScreenContext context, IdleLock idle) {
        this.service = service;
        this.context = context;
        this.idle = idle;
    }

    /** Asks whether a passphrase is set and whether the register is open already (the screen shown again). */
    public void check() {
        if (access.get() != Access.CHECKING) {
            return;
        }
        context.tasks().run(new BackgroundTask<>("Opening the register of displaced workers",
                progress -> !service.isSetUp() ? Access.SET_UP : service.isUnlocked() ? Access.OPEN : Access.LOCKED),
                found -> {
                    lockedReason.set("Type the passphrase to open it.");
                    show(found);
                });
    }

    /**
     * Sets the passphrase, typed twice: at first use (then the recovery key is shown until the user says it is kept),
     * or after opening with the recovery key (then the register opens).
     */
    public void setUp(String passphrase, String again) {
        PassphraseHint hint = PassphraseHint.of(passphrase);
        if (!hint.isAcceptable()) {
            message.set(hint.text());
            return;
        }
        if (!passphrase.equals(again)) {
            message.set("The two passphrases differ: type the same passphrase in both fields.");
            return;
        }
        message.set("");
        busy.set(true);
        if (access.get() == Access.NEW_PASSPHRASE) {
            String title = "Setting the new passphrase";
            context.tasks().run(new BackgroundTask<Void>(title, progress -> {
                service.changePassphrase(passphrase.toCharArray());
                return null;
            }), done -> {
                busy.set(false);
                announce("The new passphrase is set: the old one no longer opens the register.");
                show(Access.OPEN);
            }, failure -> failed(title, failure));
            return;
        }
        String title = "Setting up the register's encryption";
        context.tasks().run(new BackgroundTask<>(title, progress -> service.setUp(passphrase.toCharArray())), key -> {
            busy.set(false);
            recoveryKey.set(key.text());
        }, failure -> failed(title, failure));
    }

    /** The user ticked that the recovery key is kept: it is forgotten here and the register opens. */
    public void recoveryKeyKept() {
        recoveryKey.set("");
        show(Access.OPEN);
    }

    /** Asks where to save the recovery key, and writes it there. */
    public void saveRecoveryKey() {
        String key = recoveryKey.get();
        context.dialogs().showSave(FileDialogConfig.of("Save the recovery key",
                        FileDialogConfig.FileKind.of("Text files", "txt")).named("IR Watch recovery key.txt"))
                .ifPresent(file -> context.tasks().run(new BackgroundTask<Path>("Saving the recovery key",
                        progress -> Files.writeString(file, recoveryKeyText(key), StandardCharsets.UTF_8)),
                        saved -> context.tasks().announce("Recovery key saved to " + saved
                                + ". Give it to your data controller and remove it from this computer.")));
    }

    static String recoveryKeyText(String key) {
        return "IR Watch — recovery key for the register of displaced workers\n\n" + key + "\n\n"
                + "It opens the register if the passphrase is forgotten. Keep it away from the computer.\n";
    }

    /** Opens the register; a wrong passphrase says so plainly and leaves it locked. */
    public void unlock(String passphrase) {
        if (passphrase.isEmpty()) {
            message.set("Type the passphrase first.");
            return;
        }
        open("Unlocking the register of displaced workers", () -> service.unlock(passphrase.toCharArray()),
                Access.OPEN);
    }

    /** Opens the register with the recovery key when the passphrase is forgotten; a new passphrase is asked next. */
    public void unlockWithRecoveryKey(String key) {
        if (key.isBlank()) {
            message.set("Type the recovery key first, as it was given at set-up (groups of letters and digits).");
            return;
        }
        open("Opening the register with the recovery key", () -> service.unlockWithRecoveryKey(key.strip()),
                Access.NEW_PASSPHRASE);
    }

    private void open(String title, Runnable unlock, Access then) {
        message.set("");
        busy.set(true);
        context.tasks().run(new BackgroundTask<Void>(title, progress -> {
            unlock.run();
            return null;
        }), done -> {
            busy.set(false);
            show(then);
        }, failure -> failed(title, failure));
    }

    /** A refusal the user can act on (a wrong passphrase) is said on the form; anything else as an error. */
    private void failed(String title, Throwable failure) {
        busy.set(false);
        if (failure instanceof UserFacingException refused) {
            message.set(refused.getMessage());
        } else {
            context.tasks().reportFailure(title, failure);
        }
    }

    /** Locks the register at once (the Lock button). */
    public void lock() {
        lock("Locked. Type the passphrase to open it again.");
    }

    private void lock(String why) {
        if (access.get() != Access.OPEN) {
            return;
        }
        service.lock();
        lockedReason.set(why);
        message.set("");
        show(Access.LOCKED);
    }

    /** The user did something on the screen: the idle time starts again. */
    public void activity() {
        idle.touch();
    }

    /** Called on a timer: locks the register once it has been idle for the whole idle time. */
    public void checkIdle() {
        if (access.get() == Access.OPEN && idle.isExpired()) {
            lock("Locked after " + idle.idle().toMinutes() + " minutes without use. Type the passphrase to open "
                    + "it again.");
        }
    }

    private void show(Access now) {
        if (now == Access.OPEN) {
            idle.touch();
        }
        access.set(now);
    }

    void announce(String text) {
        context.tasks().announce(text);
    }

    public ReadOnlyObjectProperty<Access> accessProperty() {
        return access.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return access.get() == Access.OPEN;
    }

    /** A problem with what was typed (passphrases differ, wrong passphrase); empty when none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the register is locked: by hand, or after a spell without use. */
    public ReadOnlyStringProperty lockedReasonProperty() {
        return lockedReason.getReadOnlyProperty();
    }

    /** The recovery key, from set-up until the user says it is kept; empty otherwise. */
    public ReadOnlyStringProperty recoveryKeyProperty() {
        return recoveryKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
