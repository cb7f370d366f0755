package org.irwatch.core.workers;

import java.time.LocalDate;

/** A referral made for the worker, with its date. */
public record Referral(ReferralBody body, LocalDate on, String note) {

    public Referral {
        note = Text.clean(note);
    }
}
