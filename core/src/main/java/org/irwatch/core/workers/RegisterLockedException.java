package org.irwatch.core.workers;

import org.irwatch.core.common.UserFacingException;

/** The register was asked for personal data while locked. */
public final class RegisterLockedException extends UserFacingException {

    public RegisterLockedException() {
        super("The displaced workers register is locked. Unlock it with the passphrase (or the recovery key).");
    }
}
