package org.irwatch.core.workers;

import java.time.LocalDate;

/**
 * What the person agreed to, when, how and recorded by whom. Holding the record needs {@code holdRecord}.
 */
public record Consent(boolean holdRecord, boolean shareWithEmployers, boolean contactAboutJobs, LocalDate given,
                      ConsentMethod method, String recordedBy) {

    public Consent {
        recordedBy = Text.clean(recordedBy);
    }
}
