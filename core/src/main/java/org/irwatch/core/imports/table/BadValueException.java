package org.irwatch.core.imports.table;

/** Text that is not a value of the kind asked for; the message says what would be, for a form or an import report. */
public final class BadValueException extends IllegalArgumentException {

    public BadValueException(String message) {
        super(message);
    }
}
