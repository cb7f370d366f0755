package org.irwatch.core.common;

/** Thrown inside long work when the user cancelled it; callers roll back and say nothing more. */
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("Cancelled.");
    }
}
