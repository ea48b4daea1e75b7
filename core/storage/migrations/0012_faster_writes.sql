-- Faster bulk writes. A bulk import (core/importing/importrun.cpp) indexes the complaints and customers it adds in one
-- statement at the end instead of one row at a time: FTS5 writes an index segment per statement,
-- so indexing row by row was about 40% of an import (docs/benchmarks.md, "Import"). While
-- local_state 'fts_deferred_<table>' holds the table's highest local_id from before the import,
-- these triggers leave the rows above it alone; the import indexes them and removes the key in
-- the same transaction. Without the key (always, outside an import) they behave as before.

DROP TRIGGER complaint_fts_insert;
CREATE TRIGGER complaint_fts_insert AFTER INSERT ON complaint
WHEN new.local_id <= coalesce((SELECT CAST(value AS INTEGER) FROM local_state WHERE key = 'fts_deferred_complaint'), new.local_id)
BEGIN
    INSERT INTO complaint_fts(rowid, reference, subject, description, product_ref, tags)
    VALUES (new.local_id, new.reference, new.subject, new.description, new.product_ref, new.tags);
END;
DROP TRIGGER complaint_fts_delete;
CREATE TRIGGER complaint_fts_delete AFTER DELETE ON complaint
WHEN old.local_id <= coalesce((SELECT CAST(value AS INTEGER) FROM local_state WHERE key = 'fts_deferred_complaint'), old.local_id)
BEGIN
    INSERT INTO complaint_fts(complaint_fts, rowid, reference, subject, description, product_ref, tags)
    VALUES ('delete', old.local_id, old.reference, old.subject, old.description, old.product_ref, old.tags);
END;
DROP TRIGGER complaint_fts_update;
CREATE TRIGGER complaint_fts_update AFTER UPDATE OF reference, subject, description, product_ref, tags ON complaint
WHEN old.local_id <= coalesce((SELECT CAST(value AS INTEGER) FROM local_state WHERE key = 'fts_deferred_complaint'), old.local_id)
BEGIN
    INSERT INTO complaint_fts(complaint_fts, rowid, reference, subject, description, product_ref, tags)
    VALUES ('delete', old.local_id, old.reference, old.subject, old.description, old.product_ref, old.tags);
    INSERT INTO complaint_fts(rowid, reference, subject, description, product_ref, tags)
    VALUES (new.local_id, new.reference, new.subject, new.description, new.product_ref, new.tags);
END;

DROP TRIGGER customer_fts_insert;
CREATE TRIGGER customer_fts_insert AFTER INSERT ON customer
WHEN new.local_id <= coalesce((SELECT CAST(value AS INTEGER) FROM local_state WHERE key = 'fts_deferred_customer'), new.local_id)
BEGIN
    INSERT INTO customer_fts(rowid, name, customer_number, email)
    VALUES (new.local_id, new.name, new.customer_number, new.email);
END;
DROP TRIGGER customer_fts_delete;
CREATE TRIGGER customer_fts_delete AFTER DELETE ON customer
WHEN old.local_id <= coalesce((SELECT CAST(value AS INTEGER) FROM local_state WHERE key = 'fts_deferred_customer'), old.local_id)
BEGIN
    INSERT INTO customer_fts(customer_fts, rowid, name, customer_number, email)
    VALUES ('delete', old.local_id, old.name, old.customer_number, old.email);
END;
DROP TRIGGER customer_fts_update;
CREATE TRIGGER customer_fts_update AFTER UPDATE OF name, customer_number, email ON customer
WHEN old.local_id <= coalesce((SELECT CAST(value AS INTEGER) FROM local_state WHERE key = 'fts_deferred_customer'), old.local_id)
BEGIN
    INSERT INTO customer_fts(customer_fts, rowid, name, customer_number, email)
    VALUES ('delete', old.local_id, old.name, old.customer_number, old.email);
    INSERT INTO customer_fts(rowid, name, customer_number, email)
    VALUES (new.local_id, new.name, new.customer_number, new.email);
END;

-- The base of a change (migration 0005) for the insert of a row the server has never sent here
-- is empty: the server reads a missing base as 0. Building it field by field from sync_row cost
-- a fifth of an import; the full trigger stays for everything else.
DROP TRIGGER sync_change_base_record;
CREATE TRIGGER sync_change_base_new_row AFTER INSERT ON change_log
WHEN NEW.op = 'insert' AND NOT EXISTS (SELECT 1 FROM sync_row r
                                       WHERE r.table_name = NEW.table_name AND r.row_id = NEW.row_id)
BEGIN
    INSERT INTO sync_change_base(change_seq, base, row_base, clock_offset)
    VALUES (NEW.seq, '{}', 0,
            coalesce((SELECT CAST(value AS INTEGER) FROM local_state
                       WHERE key = 'sync_clock_offset_ms'), 0));
END;
CREATE TRIGGER sync_change_base_record AFTER INSERT ON change_log
WHEN NEW.op <> 'insert' OR EXISTS (SELECT 1 FROM sync_row r
                                   WHERE r.table_name = NEW.table_name AND r.row_id = NEW.row_id)
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
