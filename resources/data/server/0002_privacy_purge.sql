-- Klachtdesk server schema 2: an erasure reaches the server's history too.
-- A desktop that erases a customer (or applies the retention rule) pushes the anonymised rows and
-- then a privacy_action row whose detail lists every row it touched. Until now the change feed
-- kept the earlier values of those rows; from here on, the insert of that privacy_action row
-- rewrites each listed row's earlier feed entries with the row's current (erased) values, in the
-- same transaction. Only for supervisors and administrators: they alone may rewrite the
-- append-only rows an erasure touches (kd.may_write), so an agent's desktop cannot push one.

CREATE FUNCTION kd.purge_erased_history() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r jsonb;
    detail jsonb;
BEGIN
    IF NOT pg_has_role(session_user, 'klachtdesk_supervisor', 'MEMBER') THEN
        RETURN NULL;
    END IF;
    BEGIN
        detail := (NEW.data ->> 'detail')::jsonb;
    EXCEPTION WHEN others THEN
        RETURN NULL;
    END;
    IF jsonb_typeof(detail -> 'rows') IS DISTINCT FROM 'array' THEN
        RETURN NULL;
    END IF;
    FOR r IN SELECT * FROM jsonb_array_elements(detail -> 'rows') LOOP
        UPDATE kd.change c
           SET fields = (SELECT coalesce(jsonb_object_agg(k, s.data -> k), '{}'::jsonb)
                           FROM jsonb_object_keys(c.fields) AS k)
          FROM kd.row_state s
         WHERE c.table_name = r ->> 0 AND c.row_id = r ->> 1
           AND s.table_name = c.table_name AND s.row_id = c.row_id
           AND c.fields IS DISTINCT FROM (SELECT coalesce(jsonb_object_agg(k, s.data -> k), '{}'::jsonb)
                                            FROM jsonb_object_keys(c.fields) AS k);
    END LOOP;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION kd.purge_erased_history() FROM PUBLIC;

CREATE TRIGGER row_state_purge_erased AFTER INSERT ON kd.row_state
    FOR EACH ROW
    WHEN (NEW.table_name = 'privacy_action' AND NEW.data ->> 'action' IN ('erase', 'retention_apply'))
    EXECUTE FUNCTION kd.purge_erased_history();
