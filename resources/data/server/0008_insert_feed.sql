-- Klachtdesk server schema 8: the feed entries of new rows are written once per statement.
-- Until now every insert into kd.row_state ran two row triggers (scope, then stamp), and the stamp
-- wrote the row's feed entry with an INSERT of its own and a pg_notify: three to five queries per
-- row inside PL/pgSQL, most of the time of a push of new rows (docs/benchmarks.md, "Sync").
--
-- An insert now runs one BEFORE row trigger, kd.stamp_insert, which sets in the row everything
-- that has to be known per row: its scope, version (kd.change_seq), per-field versions and HLC
-- stamps, deletion, creator, and the pushed change's id (kd.change_id at that moment, kept in the
-- new column created_change). One AFTER INSERT trigger per statement, with the statement's new
-- rows as a transition table, then writes their feed entries with one INSERT ... SELECT and
-- sends one NOTIFY. Both fire for every insert, kd.push's and plain SQL's alike, and nothing a
-- client sends or sets can skip them: every new row still gets a feed entry, in the same
-- statement, with versions the server assigned. Row-level security is unchanged: its WITH CHECK
-- sees the scope the BEFORE trigger set, as before.
--
-- Updates keep the row triggers of schema 1 and 4 (an update's feed entry holds only the fields
-- that changed, worked out from the old row); they no longer fire on inserts.

-- The change that created the row (kd.change_id when it was inserted), read by the feed trigger
-- below; NULL for rows written by plain SQL without one, and for rows from before schema 8.
ALTER TABLE kd.row_state ADD COLUMN created_change uuid;

-- What kd.scope_row and kd.stamp_row did for an insert, in one trigger, without the feed entry.
-- Every statement here is a plain expression except the look-up of a row's complaint and the
-- per-field objects (one query).
CREATE FUNCTION kd.stamp_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    nowms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    h text := current_setting('kd.hlc', true);
BEGIN
    -- A stamp may be at most 60 s ahead of the server: a desktop clock a year ahead wins nothing.
    IF h IS NULL OR h = '' OR length(h) < 23 OR left(h, 15) > lpad((nowms + 60000)::text, 15, '0') THEN
        h := lpad(nowms::text, 15, '0') || '-000000-server';
    END IF;
    -- The scope (schema 4): a complaint's is its team, a row of a complaint has its complaint's.
    IF NEW.table_name = 'complaint' THEN
        NEW.scope := coalesce(NEW.data ->> 'team', '');
    ELSIF coalesce(NEW.data ->> 'complaint_id', '') <> '' THEN
        NEW.scope := coalesce((SELECT s.scope FROM kd.row_state s WHERE s.table_name = 'complaint'
                                  AND s.row_id = NEW.data ->> 'complaint_id'), '');
    ELSE
        NEW.scope := '';
    END IF;
    NEW.created_by := session_user;
    NEW.created_change := nullif(current_setting('kd.change_id', true), '')::uuid;
    NEW.row_ver := nextval('kd.change_seq');
    NEW.deleted_at := CASE WHEN jsonb_typeof(NEW.data -> 'deleted_at') = 'number'
                           THEN (NEW.data ->> 'deleted_at')::bigint END;
    -- Every field of a new row has the row's version and stamp.
    SELECT coalesce(jsonb_object_agg(key, NEW.row_ver), '{}'), coalesce(jsonb_object_agg(key, h), '{}')
      INTO NEW.fver, NEW.fhlc
      FROM jsonb_object_keys(NEW.data) AS key;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION kd.stamp_insert() FROM PUBLIC;

-- The feed entries of a statement's new rows, in version order, and one wake-up. The entry's
-- stamp is the one its fields got (all the same for a new row); a row without fields gets the
-- server's clock. SECURITY DEFINER because desktops may not write kd.change directly.
CREATE FUNCTION kd.feed_inserts() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    nowms bigint := kd.now_ms();
BEGIN
    INSERT INTO kd.change (seq, table_name, row_id, op, fields, hlc, author, site, change_id, at,
                           scope)
    SELECT n.row_ver, n.table_name, n.row_id, 'insert', n.data,
           coalesce((SELECT s.value FROM jsonb_each_text(n.fhlc) AS s LIMIT 1),
                    lpad(nowms::text, 15, '0') || '-000000-server'),
           session_user, nullif(current_setting('kd.site', true), ''), n.created_change, nowms,
           n.scope
      FROM kd_new_rows n
     ORDER BY n.row_ver;
    IF FOUND THEN
        -- A wake-up only: NOTIFY is visible to every role, so it never carries data.
        PERFORM pg_notify('klachtdesk_changes', '');
    END IF;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION kd.feed_inserts() FROM PUBLIC;

DROP TRIGGER row_state_scope ON kd.row_state;
DROP TRIGGER row_state_stamp ON kd.row_state;
CREATE TRIGGER row_state_scope BEFORE UPDATE ON kd.row_state
    FOR EACH ROW EXECUTE FUNCTION kd.scope_row();
CREATE TRIGGER row_state_stamp BEFORE UPDATE ON kd.row_state
    FOR EACH ROW EXECUTE FUNCTION kd.stamp_row();
CREATE TRIGGER row_state_stamp_insert BEFORE INSERT ON kd.row_state
    FOR EACH ROW EXECUTE FUNCTION kd.stamp_insert();
CREATE TRIGGER row_state_feed_inserts AFTER INSERT ON kd.row_state
    REFERENCING NEW TABLE AS kd_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION kd.feed_inserts();
