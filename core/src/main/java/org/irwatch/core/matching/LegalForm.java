package org.irwatch.core.matching;

/** The legal form a name declares. Two names with different declared forms are rarely the same entity. */
public enum LegalForm {
    LIMITED,
    PLC,
    LLP,
    CIC,
    CHARITY,
    NONE
}
