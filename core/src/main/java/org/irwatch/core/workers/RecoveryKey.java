package org.irwatch.core.workers;

/**
 * The key shown once at set-up for the data controller to keep safe: with it the register opens when the passphrase
 * is forgotten. Groups of letters and digits, e.g. "K7QX-2M9P-...".
 */
public record RecoveryKey(String text) {

    @Override
    public String toString() {
        return "RecoveryKey[hidden]";
    }
}
