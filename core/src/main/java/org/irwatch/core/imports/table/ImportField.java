package org.irwatch.core.imports.table;

/** A part of a record that a column of an imported sheet can hold: named in messages, mappings and settings. */
public interface ImportField {

    /** The word used on the command line ({@code --mapping "Org=sponsor"}) and in remembered mappings. */
    String code();

    /** The name shown to the user. */
    String label();
}
