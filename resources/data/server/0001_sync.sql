-- Klachtdesk server schema, version 1: one generic store of synced rows, the change feed that
-- desktops pull, idempotent pushes, conflicts, reference blocks, roles and row-level security.
-- Applied by `klachtdesk-cli server init` in one transaction (docs/sync.md explains the design).

CREATE SCHEMA kd;

-- Facts about this server: schema_version, epoch (a new one after a restore from backup).
CREATE TABLE kd.meta (key text PRIMARY KEY, value text NOT NULL);

-- Every synced row of every desktop table, generic: data holds the columns (without id) as JSON,
-- so a table added on the desktops needs no server migration. fver/fhlc hold, per column, the
-- server version (kd.change.seq) and the effective HLC stamp of the change that last set it;
-- they are stamped by the trigger below, never by clients.
CREATE TABLE kd.row_state (
    table_name text NOT NULL,
    row_id text NOT NULL,
    data jsonb NOT NULL,
    fver jsonb NOT NULL DEFAULT '{}',
    fhlc jsonb NOT NULL DEFAULT '{}',
    row_ver bigint NOT NULL DEFAULT 0,
    deleted_at bigint,
    created_by text NOT NULL DEFAULT session_user,
    PRIMARY KEY (table_name, row_id)
);
CREATE UNIQUE INDEX row_state_reference ON kd.row_state ((data ->> 'reference'))
    WHERE table_name = 'complaint';

-- The change feed. tx is the writing transaction's id: a pull returns rows below the snapshot's
-- xmin only, so a transaction that commits late can never land behind a desktop's cursor.
CREATE SEQUENCE kd.change_seq;
CREATE TABLE kd.change (
    seq bigint PRIMARY KEY,
    tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
    table_name text NOT NULL,
    row_id text NOT NULL,
    op text NOT NULL,
    fields jsonb NOT NULL,
    hlc text NOT NULL,
    author text NOT NULL,
    site text,
    change_id uuid,
    at bigint NOT NULL
);
CREATE INDEX change_tx ON kd.change (tx, seq);
CREATE INDEX change_row ON kd.change (table_name, row_id);

-- One row per pushed change id, written in the same transaction as its effect: a batch sent
-- twice is applied once, and the second answer is the first one's outcome.
CREATE TABLE kd.applied_change (
    change_id uuid PRIMARY KEY,
    site text NOT NULL,
    author text NOT NULL DEFAULT session_user,
    result text NOT NULL,
    message text NOT NULL DEFAULT '',
    at timestamptz NOT NULL DEFAULT now()
);

-- Readable complaint references: blocks of numbers per year handed to desktops.
CREATE TABLE kd.ref_counter (year int PRIMARY KEY, last_number bigint NOT NULL);
CREATE TABLE kd.ref_block (
    site text NOT NULL, year int NOT NULL, first_number bigint NOT NULL, last_number bigint NOT NULL,
    given_to text NOT NULL DEFAULT session_user, at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (year, first_number)
);

-- Roles: supervisor includes agent, administrator includes supervisor. Roles are cluster-wide,
-- so a second database on the same cluster finds them already there.
DO $$
BEGIN
    BEGIN CREATE ROLE klachtdesk_agent NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
    BEGIN CREATE ROLE klachtdesk_supervisor NOLOGIN IN ROLE klachtdesk_agent;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
    BEGIN CREATE ROLE klachtdesk_administrator NOLOGIN IN ROLE klachtdesk_supervisor;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
END $$;

-- Milliseconds since 1970 on the server's clock, the one clock every stamp is bounded by.
CREATE FUNCTION kd.now_ms() RETURNS bigint LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint $$;

-- Stamps versions and writes the change feed for every insert or update of a row, whoever made
-- it (kd.push or plain SQL). SECURITY DEFINER because desktops may not write kd.change directly:
-- the feed only ever shows what row-level security let through.
CREATE FUNCTION kd.stamp_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v bigint;
    nowms bigint := kd.now_ms();
    h text := current_setting('kd.hlc', true);
    diff jsonb := '{}';
    k text;
    op text;
    vers jsonb;
    stamps jsonb;
BEGIN
    -- A stamp may be at most 60 s ahead of the server: a desktop clock a year ahead wins nothing.
    IF h IS NULL OR h = '' OR length(h) < 23 OR left(h, 15) > lpad((nowms + 60000)::text, 15, '0') THEN
        h := lpad(nowms::text, 15, '0') || '-000000-server';
    END IF;
    IF TG_OP = 'INSERT' THEN
        diff := NEW.data;
        op := 'insert';
        NEW.created_by := session_user;
        NEW.fver := '{}';
        NEW.fhlc := '{}';
    ELSE
        NEW.table_name := OLD.table_name;
        NEW.row_id := OLD.row_id;
        NEW.created_by := OLD.created_by;
        FOR k IN SELECT jsonb_object_keys(NEW.data) LOOP
            IF (OLD.data -> k) IS DISTINCT FROM (NEW.data -> k) THEN
                diff := diff || jsonb_build_object(k, NEW.data -> k);
            END IF;
        END LOOP;
        -- Columns are never removed, only set: an old desktop cannot blank a newer column.
        NEW.data := OLD.data || NEW.data;
        NEW.fver := OLD.fver;
        NEW.fhlc := OLD.fhlc;
        NEW.row_ver := OLD.row_ver;
        NEW.deleted_at := OLD.deleted_at;
        IF diff = '{}' THEN
            RETURN NEW;
        END IF;
        op := CASE WHEN diff ? 'deleted_at' AND jsonb_typeof(diff -> 'deleted_at') = 'number'
                   THEN 'delete' ELSE 'update' END;
    END IF;
    v := nextval('kd.change_seq');
    SELECT coalesce(jsonb_object_agg(key, v), '{}'), coalesce(jsonb_object_agg(key, h), '{}')
        INTO vers, stamps FROM jsonb_object_keys(diff) AS key;
    NEW.fver := NEW.fver || vers;
    NEW.fhlc := NEW.fhlc || stamps;
    NEW.row_ver := v;
    NEW.deleted_at := CASE WHEN jsonb_typeof(NEW.data -> 'deleted_at') = 'number'
                           THEN (NEW.data ->> 'deleted_at')::bigint END;
    INSERT INTO kd.change (seq, table_name, row_id, op, fields, hlc, author, site, change_id, at)
    VALUES (v, NEW.table_name, NEW.row_id, op, diff, h, session_user,
            nullif(current_setting('kd.site', true), ''),
            nullif(current_setting('kd.change_id', true), '')::uuid, nowms);
    -- A wake-up only: NOTIFY is visible to every role, so it never carries data.
    PERFORM pg_notify('klachtdesk_changes', '');
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION kd.stamp_row() FROM PUBLIC;
CREATE TRIGGER row_state_stamp BEFORE INSERT OR UPDATE ON kd.row_state
    FOR EACH ROW EXECUTE FUNCTION kd.stamp_row();

-- What a role may write, used by the policies (runs as the caller: current_user is the login).
CREATE FUNCTION kd.may_write(p_table text, p_data jsonb, p_update boolean) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE
        WHEN pg_has_role('klachtdesk_administrator', 'MEMBER') THEN true
        WHEN p_table = 'app_user' THEN false
        WHEN pg_has_role('klachtdesk_supervisor', 'MEMBER') THEN true
        WHEN NOT pg_has_role('klachtdesk_agent', 'MEMBER') THEN false
        -- agents: no catalogue edits, no deletions, append-only tables stay as written
        WHEN p_table IN ('category', 'channel') THEN false
        WHEN jsonb_typeof(p_data -> 'deleted_at') = 'number' THEN false
        WHEN p_update AND p_table IN ('interaction', 'audit_entry') THEN false
        -- a complaint is worked on by its assignee; handing it to someone else is for supervisors
        WHEN p_table = 'complaint' THEN coalesce(p_data ->> 'assignee', '') IN ('', current_user)
        ELSE true
    END
$$;

ALTER TABLE kd.row_state ENABLE ROW LEVEL SECURITY;
ALTER TABLE kd.row_state FORCE ROW LEVEL SECURITY;
CREATE POLICY row_read ON kd.row_state FOR SELECT TO klachtdesk_agent USING (true);
CREATE POLICY row_insert ON kd.row_state FOR INSERT TO klachtdesk_agent
    WITH CHECK (kd.may_write(table_name, data, false));
CREATE POLICY row_update ON kd.row_state FOR UPDATE TO klachtdesk_agent
    USING (kd.may_write(table_name, data, true)) WITH CHECK (kd.may_write(table_name, data, true));

ALTER TABLE kd.change ENABLE ROW LEVEL SECURITY;
ALTER TABLE kd.change FORCE ROW LEVEL SECURITY;
CREATE POLICY change_read ON kd.change FOR SELECT TO klachtdesk_agent USING (true);
-- The trigger's owner writes the feed; nobody else may.
CREATE POLICY change_owner ON kd.change FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);

ALTER TABLE kd.applied_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE kd.applied_change FORCE ROW LEVEL SECURITY;
CREATE POLICY applied_read ON kd.applied_change FOR SELECT TO klachtdesk_agent USING (true);
CREATE POLICY applied_insert ON kd.applied_change FOR INSERT TO klachtdesk_agent
    WITH CHECK (author = session_user);

GRANT USAGE ON SCHEMA kd TO klachtdesk_agent;
GRANT SELECT ON kd.meta TO klachtdesk_agent;
GRANT SELECT, INSERT, UPDATE ON kd.row_state TO klachtdesk_agent;
GRANT SELECT ON kd.change TO klachtdesk_agent;
GRANT SELECT, INSERT ON kd.applied_change TO klachtdesk_agent;
GRANT SELECT, INSERT, UPDATE ON kd.ref_counter, kd.ref_block TO klachtdesk_agent;

-- Applies one pushed change; runs as the caller, so row-level security decides what is allowed.
-- c = {id, table, row, op, fields, base{field: version}, rowbase, hlc, off}.
CREATE FUNCTION kd.apply_change(p_site text, c jsonb) RETURNS jsonb
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_id uuid := (c ->> 'id')::uuid;
    v_table text := c ->> 'table';
    v_row text := c ->> 'row';
    v_op text := c ->> 'op';
    v_fields jsonb := c -> 'fields';
    v_base jsonb := coalesce(c -> 'base', '{}');
    v_rowbase bigint := coalesce((c ->> 'rowbase')::bigint, 0);
    v_prev kd.applied_change;
    cur kd.row_state;
    nowms bigint := kd.now_ms();
    wall bigint;
    eff text;
    patch jsonb := '{}';
    k text;
    fv bigint;
    outcome text := 'applied';
    msg text := '';
    n int;
    v_year int;
    meta_fields text[] := ARRAY['created_at', 'updated_at', 'created_by', 'updated_by'];
    real_change boolean := false;
    conflicts jsonb := '[]';
BEGIN
    SELECT * INTO v_prev FROM kd.applied_change WHERE change_id = v_id;
    IF FOUND THEN
        RETURN jsonb_build_object('id', v_id, 'result', v_prev.result, 'message', v_prev.message,
                                  'duplicate', true, 'state', kd.row_view(v_table, v_row, v_fields));
    END IF;
    -- The effective stamp: the desktop's HLC corrected by the clock offset it measured, and never
    -- later than the server's clock plus 60 s.
    wall := left(c ->> 'hlc', 15)::bigint + coalesce((c ->> 'off')::bigint, 0);
    IF wall > nowms + 60000 THEN wall := nowms + 60000; END IF;
    IF wall < 0 THEN wall := 0; END IF;
    eff := lpad(wall::text, 15, '0') || substr(c ->> 'hlc', 16);
    PERFORM set_config('kd.change_id', v_id::text, true);
    PERFORM set_config('kd.hlc', eff, true);
    BEGIN
        SELECT * INTO cur FROM kd.row_state WHERE table_name = v_table AND row_id = v_row FOR UPDATE;
        IF NOT FOUND THEN
            IF v_op = 'insert' THEN
                IF v_table = 'complaint' AND EXISTS (SELECT 1 FROM kd.row_state
                        WHERE table_name = 'complaint' AND data ->> 'reference' = v_fields ->> 'reference') THEN
                    -- Two desktops gave the same reference: this one gets the next free number.
                    v_year := coalesce(substring(v_fields ->> 'reference' FROM 'KL-([0-9]{4})-')::int,
                                     extract(year FROM now())::int);
                    INSERT INTO kd.ref_counter AS r (year, last_number)
                        VALUES (v_year, greatest(kd.max_reference(v_year), 0) + 1)
                        ON CONFLICT (year) DO UPDATE
                        SET last_number = greatest(r.last_number, kd.max_reference(v_year)) + 1
                        RETURNING 'KL-' || r.year || '-' || lpad(r.last_number::text, 6, '0') INTO k;
                    conflicts := conflicts || jsonb_build_object('field', 'reference', 'kind', 'renumbered',
                        'winner', to_jsonb(k), 'loser', v_fields -> 'reference');
                    v_fields := v_fields || jsonb_build_object('reference', k);
                END IF;
                INSERT INTO kd.row_state (table_name, row_id, data) VALUES (v_table, v_row, v_fields);
            ELSE
                outcome := 'rejected';
                msg := format('The %s row %s is not on the server or not visible to you.', v_table, v_row);
            END IF;
        ELSIF cur.deleted_at IS NOT NULL AND v_op <> 'delete' AND NOT (v_fields ? 'deleted_at') THEN
            -- An edit of a deleted row: the deletion stays, the edit is kept as a conflict.
            conflicts := conflicts || jsonb_build_object('field', '', 'kind', 'edit_vs_delete',
                'winner', jsonb_build_object('deleted_at', cur.deleted_at), 'loser', v_fields,
                'winner_hlc', cur.fhlc ->> 'deleted_at');
            outcome := 'conflict';
        ELSIF v_op = 'delete' THEN
            IF cur.deleted_at IS NULL THEN
                IF cur.row_ver > v_rowbase THEN
                    -- Deleted while someone else edited it: the row stays as a tombstone with the
                    -- edit in it; both can see it and restore it.
                    conflicts := conflicts || jsonb_build_object('field', '', 'kind', 'edit_vs_delete',
                        'winner', v_fields, 'loser', cur.data);
                END IF;
                UPDATE kd.row_state SET data = data || v_fields
                    WHERE table_name = v_table AND row_id = v_row;
                GET DIAGNOSTICS n = ROW_COUNT;
                IF n = 0 THEN
                    outcome := 'rejected';
                    msg := format('You may not delete the %s row %s.', v_table, v_row);
                    conflicts := '[]';
                END IF;
            END IF;
        ELSE
            FOR k IN SELECT jsonb_object_keys(v_fields) LOOP
                IF k = ANY (meta_fields) THEN
                    CONTINUE;
                END IF;
                fv := coalesce((cur.fver ->> k)::bigint, 0);
                IF (cur.data -> k) IS NOT DISTINCT FROM (v_fields -> k) THEN
                    CONTINUE;
                ELSIF fv <= coalesce((v_base ->> k)::bigint, 0)
                      OR substr(cur.fhlc ->> k, 24) = p_site THEN
                    -- Edited from the value the desktop saw (or its own earlier edit): no conflict.
                    patch := patch || jsonb_build_object(k, v_fields -> k);
                ELSIF eff > coalesce(cur.fhlc ->> k, '') THEN
                    patch := patch || jsonb_build_object(k, v_fields -> k);
                    conflicts := conflicts || jsonb_build_object('field', k, 'kind', 'field',
                        'winner', v_fields -> k, 'loser', cur.data -> k,
                        'winner_hlc', eff, 'loser_hlc', cur.fhlc ->> k);
                ELSE
                    conflicts := conflicts || jsonb_build_object('field', k, 'kind', 'field',
                        'winner', cur.data -> k, 'loser', v_fields -> k,
                        'winner_hlc', cur.fhlc ->> k, 'loser_hlc', eff);
                END IF;
            END LOOP;
            IF patch <> '{}' THEN
                real_change := true;
                FOREACH k IN ARRAY meta_fields LOOP
                    IF v_fields ? k AND k LIKE 'updated_%' THEN
                        patch := patch || jsonb_build_object(k, v_fields -> k);
                    END IF;
                END LOOP;
                UPDATE kd.row_state SET data = data || patch
                    WHERE table_name = v_table AND row_id = v_row;
                GET DIAGNOSTICS n = ROW_COUNT;
                IF n = 0 THEN
                    outcome := 'rejected';
                    msg := format('You may not change the %s row %s.', v_table, v_row);
                    conflicts := '[]';
                END IF;
            END IF;
            IF outcome = 'applied' AND jsonb_array_length(conflicts) > 0 THEN
                outcome := 'conflict';
            END IF;
        END IF;
        IF outcome <> 'rejected' AND jsonb_array_length(conflicts) > 0 THEN
            outcome := 'conflict';
            PERFORM kd.record_conflicts(v_table, v_row, conflicts, c ->> 'author', eff);
        END IF;
    EXCEPTION WHEN insufficient_privilege OR check_violation OR unique_violation
                   OR not_null_violation THEN
        outcome := 'rejected';
        msg := SQLERRM;
    END;
    INSERT INTO kd.applied_change (change_id, site, result, message)
        VALUES (v_id, p_site, outcome, msg);
    RETURN jsonb_build_object('id', v_id, 'result', outcome, 'message', msg,
                              'state', kd.row_view(v_table, v_row, v_fields));
END $$;

-- The highest reference number in use for a year (for renumbering after a clash).
CREATE FUNCTION kd.max_reference(p_year int) RETURNS bigint LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(max(substring(data ->> 'reference' FROM '^KL-[0-9]{4}-([0-9]+)$')::bigint), 0)
    FROM kd.row_state WHERE table_name = 'complaint'
      AND data ->> 'reference' LIKE 'KL-' || p_year || '-%'
$$;

-- The server's current values and versions of the given fields of a row, for the push answer.
CREATE FUNCTION kd.row_view(p_table text, p_row text, p_fields jsonb) RETURNS jsonb
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_build_object('data', coalesce(jsonb_object_agg(k, r.data -> k), '{}'),
                              'fver', coalesce(jsonb_object_agg(k, r.fver -> k), '{}'))
    FROM kd.row_state r,
         jsonb_object_keys(p_fields || '{"reference": 0, "updated_at": 0, "updated_by": 0}') k
    WHERE r.table_name = p_table AND r.row_id = p_row AND r.data ? k
$$;

-- Conflicts are synced rows of the table sync_conflict, so every desktop shows them.
CREATE FUNCTION kd.record_conflicts(p_table text, p_row text, p_conflicts jsonb, p_author text,
                                    p_hlc text) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    x jsonb;
    nowms bigint := kd.now_ms();
BEGIN
    FOR x IN SELECT * FROM jsonb_array_elements(p_conflicts) LOOP
        INSERT INTO kd.row_state (table_name, row_id, data) VALUES ('sync_conflict',
            gen_random_uuid()::text,
            jsonb_build_object('table_name', p_table, 'row_id', p_row,
                'field', x ->> 'field', 'kind', x ->> 'kind',
                'winner', (x -> 'winner')::text, 'loser', (x -> 'loser')::text,
                'winner_hlc', coalesce(x ->> 'winner_hlc', ''),
                'loser_hlc', coalesce(x ->> 'loser_hlc', ''),
                'pushed_by', session_user, 'message', '', 'resolved_at', null, 'resolved_by', '',
                'created_at', nowms, 'updated_at', nowms, 'created_by', session_user,
                'updated_by', session_user, 'deleted_at', null));
    END LOOP;
END $$;

-- A batch: every change in one transaction (the caller's statement), in order.
CREATE FUNCTION kd.push(p_site text, p_changes jsonb) RETURNS jsonb
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c jsonb;
    out jsonb := '[]';
BEGIN
    PERFORM set_config('kd.site', p_site, true);
    FOR c IN SELECT * FROM jsonb_array_elements(p_changes) LOOP
        out := out || jsonb_build_array(kd.apply_change(p_site, c));
    END LOOP;
    RETURN out;
END $$;

-- A block of reference numbers for one desktop; the counter only goes up.
CREATE FUNCTION kd.allocate_references(p_site text, p_year int, p_count int) RETURNS bigint
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    last bigint;
BEGIN
    INSERT INTO kd.ref_counter AS r (year, last_number)
        VALUES (p_year, greatest(kd.max_reference(p_year), 0) + p_count)
        ON CONFLICT (year) DO UPDATE SET last_number = r.last_number + p_count
        RETURNING last_number INTO last;
    INSERT INTO kd.ref_block (site, year, first_number, last_number)
        VALUES (p_site, p_year, last - p_count + 1, last);
    RETURN last - p_count + 1;
END $$;

REVOKE ALL ON FUNCTION kd.apply_change(text, jsonb), kd.push(text, jsonb),
    kd.record_conflicts(text, text, jsonb, text, text), kd.allocate_references(text, int, int),
    kd.row_view(text, text, jsonb), kd.max_reference(int), kd.may_write(text, jsonb, boolean),
    kd.now_ms() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kd.apply_change(text, jsonb), kd.push(text, jsonb),
    kd.record_conflicts(text, text, jsonb, text, text), kd.allocate_references(text, int, int),
    kd.row_view(text, text, jsonb), kd.max_reference(int), kd.may_write(text, jsonb, boolean),
    kd.now_ms() TO klachtdesk_agent;

INSERT INTO kd.meta VALUES ('schema_version', '1'), ('min_client_schema', '1'),
    ('epoch', gen_random_uuid()::text);
