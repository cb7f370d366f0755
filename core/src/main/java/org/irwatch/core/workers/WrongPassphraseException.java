package org.irwatch.core.workers;

import org.irwatch.core.common.UserFacingException;

/** The passphrase or recovery key given does not open the register. */
public final class WrongPassphraseException extends UserFacingException {

    public WrongPassphraseException(String message) {
        super(message);
    }
}
