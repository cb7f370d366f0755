package org.irwatch.core.quarterly;

import java.util.Optional;

/** The four parts of an area's narrative for a quarter, by the code a template and a narrative file name them with. */
public enum NarrativeSection implements ReturnTemplate.Coded {
    PROGRESS("progress", "Progress"),
    LEARNING("learning", "Learning"),
    RISKS_AND_ISSUES("risks_issues", "Risks and issues"),
    NEXT_QUARTER("next_quarter", "Next quarter");

    private final String code;
    private final String label;

    NarrativeSection(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    /** The heading the default template and a narrative file give it. */
    public String defaultLabel() {
        return label;
    }

    public static Optional<NarrativeSection> byCode(String code) {
        return ReturnTemplate.Coded.byCode(values(), code);
    }
}
