-- Klachtdesk server schema 5: the change feed and the tombstones are kept for a retention period
-- (`klachtdesk-cli server compact --keep-days N`), and a restore from a backup is announced with
-- a new epoch (`klachtdesk-cli server restored`). Either way a desktop whose position in the feed
-- is gone downloads a fresh baseline of the rows instead (docs/sync.md, "Baseline").
--
-- kd.meta 'feed_floor': the highest transaction whose feed entries were removed. A desktop whose
-- cursor is at or below it has missed entries and re-baselines.
INSERT INTO kd.meta VALUES ('feed_floor', '0') ON CONFLICT (key) DO NOTHING;

-- Removes feed entries older than p_keep_ms (whole transactions, so the floor is a clean cut),
-- tombstones deleted longer ago than that together with the rows of a complaint among them, and
-- the push receipts of that age. Returns the number of feed entries removed.
CREATE FUNCTION kd.compact_feed(p_keep_ms bigint) RETURNS bigint
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    cutoff bigint := kd.now_ms() - greatest(p_keep_ms, 0);
    top xid8;
    n bigint;
BEGIN
    SELECT max(tx) INTO top FROM kd.change WHERE at < cutoff;
    IF top IS NULL THEN
        RETURN 0;
    END IF;
    DELETE FROM kd.change WHERE tx <= top;
    GET DIAGNOSTICS n = ROW_COUNT;
    DELETE FROM kd.row_state r
     WHERE r.table_name <> 'complaint'
       AND r.data ->> 'complaint_id' IN (SELECT c.row_id FROM kd.row_state c
                                          WHERE c.table_name = 'complaint'
                                            AND c.deleted_at IS NOT NULL AND c.deleted_at < cutoff);
    DELETE FROM kd.row_state WHERE deleted_at IS NOT NULL AND deleted_at < cutoff;
    DELETE FROM kd.applied_change WHERE at < to_timestamp(cutoff / 1000.0);
    UPDATE kd.meta SET value = top::text WHERE key = 'feed_floor';
    RETURN n;
END $$;
REVOKE ALL ON FUNCTION kd.compact_feed(bigint) FROM PUBLIC;

-- After a restore from a backup: every desktop re-baselines on its next sync, keeps its unsent
-- work, pushes back what the backup lacked and deletes nothing.
CREATE FUNCTION kd.new_epoch() RETURNS text
    LANGUAGE sql SET search_path = pg_catalog, pg_temp
AS $$
    UPDATE kd.meta SET value = gen_random_uuid()::text WHERE key = 'epoch' RETURNING value
$$;
REVOKE ALL ON FUNCTION kd.new_epoch() FROM PUBLIC;

-- The owner (who runs `server compact`) removes old receipts under FORCE ROW LEVEL SECURITY.
CREATE POLICY applied_owner ON kd.applied_change FOR ALL TO CURRENT_USER USING (true)
    WITH CHECK (true);
