package org.irwatch.core.common;

/**
 * A failure the user can act on. The message says what is wrong and what to do, in plain words; it is shown
 * as it is in a dialog or on the command line, so it never carries a stack trace or class names.
 */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
