-- Sponsors that left the register while matched to a care provider. The register does not say why an organisation
-- is gone, and the next match no longer sees it, so the departure is recorded when the run that loses it replaces
-- the one that had it. Kept per register snapshot: the market views read those of the newest.
CREATE TABLE former_sponsorship (
    register_snapshot_id BIGINT        NOT NULL,
    cqc_provider_id      VARCHAR(40)   NOT NULL,
    sponsor_key          VARCHAR(2100) NOT NULL,
    sponsor_name         VARCHAR(1000) NOT NULL,
    sponsor_town         VARCHAR(1000) NOT NULL,
    PRIMARY KEY (register_snapshot_id, cqc_provider_id)
);
