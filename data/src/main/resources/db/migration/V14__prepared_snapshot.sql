-- A snapshot's names as matching prepares them (normalised, split into words), written with the snapshot so that a
-- match reads one value instead of every row, and normalises no name again (ADR 0047): a register snapshot's
-- organisations, or a CQC snapshot's providers with their locations' names. The bytes are PreparedNamesCodec's, read
-- only by the build named in `build` (another build may prepare names otherwise). Derived data: deleted with its
-- snapshot, and kept only for the snapshots a match reads (the two newest registers, the newest CQC data). No
-- foreign key, as for the snapshot's rows (V2).
CREATE TABLE prepared_snapshot (
    snapshot_id BIGINT       NOT NULL PRIMARY KEY,
    build       VARCHAR(200) NOT NULL,
    entries     BLOB         NOT NULL
);
