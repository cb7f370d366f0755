package org.irwatch.core.workers;

/** A choice shown to people by its label ("Licence revoked"), stored by its enum name. */
public interface Labelled {

    String label();
}
