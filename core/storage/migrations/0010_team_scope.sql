-- A complaint that leaves what this desktop's user may see (moved to another team, server schema
-- 4) is removed here with every row of it, audit entries included. Audit entries stay
-- append-only for everything else: only the sync's removal, which marks itself in local_state
-- for the length of its transaction, may delete them.
DROP TRIGGER audit_entry_no_delete;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
WHEN NOT EXISTS (SELECT 1 FROM local_state WHERE key = 'sync_removing_out_of_scope')
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;
