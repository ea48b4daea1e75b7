-- Sync bookkeeping (docs/sync.md): conflicts (a synced table), per-row server versions, the base
-- version of every pending change, and reference blocks handed out by the server.

-- A conflict the server found: the winning and the losing value (JSON text), who pushed it, and
-- whether someone has looked at it. Synced like any other row, so both agents see it.
CREATE TABLE sync_conflict (
    local_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'field', -- field | edit_vs_delete | renumbered | rejected
    winner TEXT NOT NULL DEFAULT 'null',
    loser TEXT NOT NULL DEFAULT 'null',
    winner_hlc TEXT NOT NULL DEFAULT '',
    loser_hlc TEXT NOT NULL DEFAULT '',
    pushed_by TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    resolved_at INTEGER,
    resolved_by TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX sync_conflict_row ON sync_conflict(table_name, row_id);
CREATE INDEX sync_conflict_open ON sync_conflict(resolved_at) WHERE resolved_at IS NULL;

-- The server version of each synced row as this desktop last saw it: base for every column,
-- fver (JSON object) for the columns changed since by a later version.
CREATE TABLE sync_row (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    base INTEGER NOT NULL DEFAULT 0,
    fver TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;

-- For every pending change: the server versions of its columns when it was made (the server
-- compares them to decide whether the edit raced another one), the row's version, and the clock
-- offset to the server known then (so a wrong desktop clock is corrected). Written by a trigger in
-- the same transaction as the change, whoever wrote it.
CREATE TABLE sync_change_base (
    change_seq INTEGER PRIMARY KEY,
    base TEXT NOT NULL,
    row_base INTEGER NOT NULL,
    clock_offset INTEGER NOT NULL
);
CREATE TRIGGER sync_change_base_record AFTER INSERT ON change_log
BEGIN
    INSERT INTO sync_change_base(change_seq, base, row_base, clock_offset)
    SELECT NEW.seq,
           (SELECT json_group_object(j.key,
                       coalesce(json_extract(r.fver, '$."' || j.key || '"'), r.base, 0))
              FROM json_each(NEW.fields) j
              LEFT JOIN sync_row r ON r.table_name = NEW.table_name AND r.row_id = NEW.row_id),
           coalesce((SELECT max(r.base, coalesce((SELECT max(value) FROM json_each(r.fver)), 0))
                       FROM sync_row r
                      WHERE r.table_name = NEW.table_name AND r.row_id = NEW.row_id), 0),
           coalesce((SELECT CAST(value AS INTEGER) FROM local_state
                      WHERE key = 'sync_clock_offset_ms'), 0);
END;
CREATE TRIGGER sync_change_base_forget AFTER DELETE ON change_log
BEGIN
    DELETE FROM sync_change_base WHERE change_seq = OLD.seq;
END;

-- Blocks of reference numbers the server gave this desktop (see docs/sync.md, references).
CREATE TABLE sync_reference_block (
    year INTEGER NOT NULL,
    first_number INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (year, first_number)
);
