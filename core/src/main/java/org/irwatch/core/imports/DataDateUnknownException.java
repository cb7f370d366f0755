package org.irwatch.core.imports;

import org.irwatch.core.common.UserFacingException;

/** Neither the file nor its name says the date of its data: the window asks for it, the command line says --as-of. */
public final class DataDateUnknownException extends UserFacingException {

    public DataDateUnknownException(String message) {
        super(message);
    }
}
