-- Look-ups that scanned the whole complaint table at a million rows (docs/benchmarks.md, issue 3).
-- Opening a complaint finds it by reference case-insensitively (reference = ? COLLATE NOCASE):
-- the UNIQUE index on reference uses BINARY collation, so it needs its own NOCASE index.
CREATE INDEX complaint_reference_nocase ON complaint(reference COLLATE NOCASE);
-- The queue counts and pages live complaints (deleted_at IS NULL) newest first: a partial index
-- answers the count from the index alone and keyset pages without reading tombstones.
CREATE INDEX complaint_live ON complaint(received_at) WHERE deleted_at IS NULL;
