-- Enforcement events linked to register organisations and councils.

-- The register organisation (OrganisationKey) an event is about; null when it was on no register snapshot held.
ALTER TABLE enforcement_event ADD COLUMN sponsor_key VARCHAR(2100);

-- The councils an event affects: by default those of the matched provider's locations, editable by the user.
CREATE TABLE enforcement_event_council (
    event_id    BIGINT     NOT NULL,
    council_gss VARCHAR(9) NOT NULL,
    PRIMARY KEY (event_id, council_gss),
    CONSTRAINT event_council_event FOREIGN KEY (event_id) REFERENCES enforcement_event (id) ON DELETE CASCADE
);
