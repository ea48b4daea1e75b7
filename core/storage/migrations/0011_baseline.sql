-- A re-baseline (core/sync/baseline.h): the rows this desktop had from the server before it began,
-- so that those the server no longer has can be told apart afterwards. A row leaves the table
-- as the server's copy of it arrives; what is left at the end is gone from the server.
CREATE TABLE sync_baseline_known (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;
