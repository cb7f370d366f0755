package org.irwatch.core.quarterly;

import java.util.Optional;

/** The tables of anonymised counts the return's Displaced workers sheet can hold, by the code a template uses. */
public enum WorkerTable implements ReturnTemplate.Coded {
    BY_STAGE("by_stage", "Where they are: contacted, registered, supported, interviewed, offered, placed, left"),
    BY_REASON("by_reason", "By reason displaced"),
    BY_COUNCIL("by_council", "By council"),
    BY_ROLE("by_role", "By role (a worker counts once for each role they can do)"),
    BY_NATIONALITY("by_nationality", "By nationality"),
    BY_SEX("by_sex", "By sex");

    private final String code;
    private final String label;

    WorkerTable(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String defaultLabel() {
        return label;
    }

    public static Optional<WorkerTable> byCode(String code) {
        return ReturnTemplate.Coded.byCode(values(), code);
    }
}
