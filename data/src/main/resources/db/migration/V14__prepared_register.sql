-- A register snapshot's organisations as matching prepares them (names normalised, words split), written with the
-- snapshot so that a match reads one value instead of every row, and normalises no name again (ADR 0047). The bytes
-- are PreparedRegisterCodec's, read only by the build named in `build` (another build may prepare names otherwise).
-- Derived data: deleted with its snapshot, and kept only for the two newest register snapshots (those a match reads).
-- No foreign key, as for the snapshot's rows (V2).
CREATE TABLE prepared_register (
    snapshot_id BIGINT       NOT NULL PRIMARY KEY,
    build       VARCHAR(200) NOT NULL,
    entries     BLOB         NOT NULL
);
