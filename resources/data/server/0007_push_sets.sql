-- Klachtdesk server schema 7: the new rows of a push batch are written together.
-- Until now every change of a batch ran kd.apply_change in an exception block of its own (a
-- subtransaction per change), with a look-up of its id, a locked read of the row and an answer
-- read back from the table. An insert of a row the server does not have yet cannot meet a
-- conflict, so a run of such inserts (consecutive in the batch) is now applied with one INSERT,
-- its receipts (kd.applied_change) with another, inside one exception block; everything else
-- (updates, deletions, a row that is there already, a complaint whose reference is taken, an
-- erasure's privacy_action, a change id already applied) still goes through kd.apply_change, one
-- by one, in batch order. Runs and single changes are applied in the order of the batch, so the
-- feed and the answers come out in the same order as before.
--
-- Nothing about who may write what changes: the INSERT runs as the caller, under the same
-- row-level security and the same triggers (scope, stamp and feed entry, NOTIFY without payload).
-- When any row of a run is refused (a policy, a constraint), the run's subtransaction is rolled
-- back and that run goes through kd.apply_change change by change, which answers each one as
-- before (the refused ones 'rejected' with the reason). The stamping trigger reads the change's id
-- and effective HLC stamp from kd.change_id and kd.hlc; in a run they are set for each row as the
-- row is read, just before it is inserted (the INSERT reads its rows one at a time, in order).
CREATE OR REPLACE FUNCTION kd.push(p_site text, p_changes jsonb) RETURNS jsonb
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    total int := jsonb_array_length(p_changes);
    -- The changes taken apart once: a batch read from a table may be stored compressed and
    -- would be decompressed again at every `->`.
    elems jsonb[];
    is_new boolean[];
    answers jsonb[] := array_fill(NULL::jsonb, ARRAY[total]);
    run_from int := 0;
    run jsonb;
    r record;
    written int;
BEGIN
    PERFORM set_config('kd.site', p_site, true);
    -- Which changes are inserts of rows new to the server: first change of their row in the
    -- batch, row not there (as far as the caller can see: a hidden one makes the run fail and
    -- fall back), id not applied before, no reference clash.
    SELECT coalesce(array_agg(f.c ORDER BY f.n), '{}'),
           coalesce(array_agg(f.is_new ORDER BY f.n), '{}')
      INTO elems, is_new
      FROM (SELECT e.n, e.c,
                   coalesce(e.c ->> 'op' = 'insert'
                            AND e.c ->> 'table' <> 'privacy_action'
                            AND row_number() OVER (PARTITION BY e.c ->> 'table', e.c ->> 'row'
                                                   ORDER BY e.n) = 1
                            AND NOT EXISTS (SELECT 1 FROM kd.applied_change a
                                             WHERE a.change_id = (e.c ->> 'id')::uuid)
                            AND NOT EXISTS (SELECT 1 FROM kd.row_state s
                                             WHERE s.table_name = e.c ->> 'table'
                                               AND s.row_id = e.c ->> 'row')
                            AND (e.c ->> 'table' <> 'complaint'
                                 OR (count(*) OVER (PARTITION BY e.c ->> 'table',
                                                    e.c -> 'fields' ->> 'reference') = 1
                                     AND NOT EXISTS (SELECT 1 FROM kd.row_state s
                                              WHERE s.table_name = 'complaint'
                                                AND s.data ->> 'reference'
                                                    = e.c -> 'fields' ->> 'reference'))),
                            false) AS is_new
              FROM jsonb_array_elements(p_changes) WITH ORDINALITY AS e(c, n)) f;

    -- One more step than there are changes: the last run ends there.
    FOR n IN 1 .. total + 1 LOOP
        IF n <= total AND is_new[n] THEN
            IF run_from = 0 THEN
                run_from := n;
            END IF;
            CONTINUE;
        END IF;
        IF run_from > 0 THEN
            -- The run's changes, in order.
            run := to_jsonb(elems[run_from:n - 1]);
            written := 0;
            BEGIN
                -- Both set_config calls run for a row as it is read, just before it is inserted,
                -- so the stamping trigger gives each row its own change id and effective stamp:
                -- the desktop's HLC corrected by the clock offset it measured, never later than
                -- the server's clock plus 60 s (computed as kd.apply_change does).
                FOR r IN
                    WITH ins AS (
                        INSERT INTO kd.row_state (table_name, row_id, data)
                        SELECT e.c ->> 'table', e.c ->> 'row', e.c -> 'fields'
                          FROM jsonb_array_elements(run) AS e(c)
                         WHERE set_config('kd.change_id', e.c ->> 'id', true) IS NOT NULL
                           AND set_config('kd.hlc',
                                   lpad(greatest(least(left(e.c ->> 'hlc', 15)::bigint
                                                       + coalesce((e.c ->> 'off')::bigint, 0),
                                                       (extract(epoch FROM clock_timestamp())
                                                        * 1000)::bigint + 60000),
                                                 0)::text, 15, '0')
                                   || substr(e.c ->> 'hlc', 16), true) IS NOT NULL
                        RETURNING table_name, row_id, data, fver),
                    receipts AS (
                        INSERT INTO kd.applied_change (change_id, site, result, message)
                        SELECT (e.c ->> 'id')::uuid, p_site, 'applied', ''
                          FROM jsonb_array_elements(run) AS e(c))
                    -- The answer kd.apply_change gives: for a new row, kd.row_view is the row.
                    SELECT run_from + e.k - 1 AS k,
                           jsonb_build_object('id', (e.c ->> 'id')::uuid, 'result', 'applied',
                               'message', '',
                               'state', jsonb_build_object('data', ins.data, 'fver', ins.fver)) AS a
                      FROM jsonb_array_elements(run) WITH ORDINALITY AS e(c, k)
                      JOIN ins ON ins.table_name = e.c ->> 'table' AND ins.row_id = e.c ->> 'row'
                LOOP
                    answers[r.k] := r.a;
                    written := written + 1;
                END LOOP;
                IF written <> n - run_from THEN
                    RAISE EXCEPTION 'kd.push: % of % new rows written', written, n - run_from
                        USING ERRCODE = 'check_violation';
                END IF;
            EXCEPTION WHEN insufficient_privilege OR check_violation OR unique_violation
                           OR not_null_violation THEN
                -- A row of the run was refused: nothing of the run stays; one by one instead.
                FOR i IN run_from .. n - 1 LOOP
                    answers[i] := kd.apply_change(p_site, elems[i]);
                END LOOP;
            END;
            run_from := 0;
        END IF;
        IF n <= total THEN
            answers[n] := kd.apply_change(p_site, elems[n]);
        END IF;
    END LOOP;
    RETURN coalesce(to_jsonb(answers), '[]');
END $$;
