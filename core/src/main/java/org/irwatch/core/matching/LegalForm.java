package org.irwatch.core.matching;

/** The legal form a name declares. Two names with different declared forms are rarely the same entity. */
public enum LegalForm {
    LIMITED,
    PLC,
    LLP,
    CIC,
    CHARITY,
    NONE;

    /**
     * Whether a name declaring this form and one declaring the other can be one entity: always when either
     * declares none; between Ltd and PLC too, as a company re-registers from private to public (and back) and
     * keeps its number. An LLP, a CIC or a charity is never the same body as a company of another form.
     */
    public boolean compatibleWith(LegalForm other) {
        return this == NONE || other == NONE || this == other || isCompany() && other.isCompany();
    }

    private boolean isCompany() {
        return this == LIMITED || this == PLC;
    }
}
