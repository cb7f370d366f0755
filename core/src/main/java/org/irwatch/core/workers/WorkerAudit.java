package org.irwatch.core.workers;

import java.time.Instant;

/**
 * One action on the register in its audit trail: who, when, what. The detail never holds personal data: it names
 * fields changed, record numbers, counts and file names, never values.
 *
 * @param workerId null for actions on many records (an export, a retention deletion)
 */
public record WorkerAudit(Long workerId, Instant at, String by, Kind kind, String detail) {

    public WorkerAudit {
        detail = Text.clean(detail);
    }

    public WorkerAudit forWorker(long id) {
        return new WorkerAudit(id, at, by, kind, detail);
    }

    public enum Kind implements Labelled {
        REGISTERED("Registered"),
        EDITED("Edited"),
        STAGE_CHANGED("Stage changed"),
        CONSENT_WITHDRAWN("Consent withdrawn: personal data removed"),
        MERGED("Merged"),
        DELETED("Deleted at the end of retention"),
        EXPORTED("Personal data exported"),
        IMPORTED("Imported");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
