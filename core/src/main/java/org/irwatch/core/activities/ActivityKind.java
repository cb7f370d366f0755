package org.irwatch.core.activities;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a partnership did for providers and workers, as the DHSC return counts it. */
public enum ActivityKind {
    WEBINAR("webinar", "Webinar"),
    ADVICE("advice", "Helpline or advice session"),
    LEGAL_ADVICE("legal_advice", "Legal advice"),
    PROVIDER_VISIT("provider_visit", "Provider visit"),
    JOB_FAIR("job_fair", "Job fair"),
    TRAINING("training", "Training"),
    GRANT_PAYMENT("grant_payment", "Grant payment"),
    DBS_CHECKS("dbs_checks", "DBS checks"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    ActivityKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** A kind as a sheet writes it: its code or its label, in any case ("Job fair", "job_fair", "JOB FAIR"). */
    public static Optional<ActivityKind> of(String text) {
        String plain = text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        return Arrays.stream(values()).filter(k -> k.code.replace('_', ' ').equals(plain)
                || k.label.toLowerCase(Locale.ROOT).equals(plain)).findFirst();
    }
}
