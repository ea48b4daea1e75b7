-- Klachtdesk server schema 4: a complaint is seen by its team.
-- Supervisors and administrators see every complaint. An agent who belongs to a team (kd.member)
-- sees that team's complaints and the complaints of no team; an agent of no team sees them all,
-- so a small team that does not split work needs nothing set up. The rows that belong to a
-- complaint (messages, notes, promises, pauses, audit entries, notifications, links to
-- improvement actions: every row with a complaint_id) go with it. Customers, catalogues and
-- settings are shared by everyone.
--
-- The scope is a column of its own on kd.row_state and kd.change, set by a trigger, so
-- row-level security filters the rows and the feed with one comparison per row. When a
-- complaint moves to another team, the feed gets a 'leave' entry that only the desktops which
-- lose it can read: they remove the complaint and its rows (docs/sync.md, "Team scope"); the
-- desktops of the new team fetch it whole on the update they now see.

CREATE TABLE kd.member (
    login text PRIMARY KEY,
    team text NOT NULL DEFAULT ''
);
ALTER TABLE kd.member ENABLE ROW LEVEL SECURITY;
ALTER TABLE kd.member FORCE ROW LEVEL SECURITY;
CREATE POLICY member_read ON kd.member FOR SELECT TO klachtdesk_agent USING (true);
CREATE POLICY member_owner ON kd.member FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT ON kd.member TO klachtdesk_agent;

ALTER TABLE kd.row_state ADD COLUMN scope text NOT NULL DEFAULT '';
ALTER TABLE kd.change ADD COLUMN scope text NOT NULL DEFAULT '';
CREATE INDEX row_state_complaint ON kd.row_state ((data ->> 'complaint_id'));

-- The owner (who runs `server init`) stamps and moves rows from the SECURITY DEFINER trigger.
CREATE POLICY row_owner ON kd.row_state FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);

-- The login's team, or NULL when it sees every complaint (supervisors, administrators, agents
-- of no team). Policies call it through a scalar subquery, so it runs once per statement.
CREATE FUNCTION kd.my_team() RETURNS text LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN pg_has_role(session_user, 'klachtdesk_supervisor', 'MEMBER') THEN NULL
                ELSE nullif((SELECT team FROM kd.member WHERE login = session_user), '') END
$$;
REVOKE ALL ON FUNCTION kd.my_team() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kd.my_team() TO klachtdesk_agent;

DROP POLICY row_read ON kd.row_state;
CREATE POLICY row_read ON kd.row_state FOR SELECT TO klachtdesk_agent
    USING (scope = '' OR (SELECT kd.my_team()) IS NULL OR scope = (SELECT kd.my_team()));

-- What a user writes must stay within what they may see: an agent cannot hand a complaint to
-- another team (that is for supervisors, like handing it to someone else), nor add a note or an
-- audit entry to a complaint that left their team; those come back refused.
ALTER POLICY row_insert ON kd.row_state
    WITH CHECK (kd.may_write(table_name, data, false)
                AND (scope = '' OR (SELECT kd.my_team()) IS NULL OR scope = (SELECT kd.my_team())));
ALTER POLICY row_update ON kd.row_state
    USING (kd.may_write(table_name, data, true))
    WITH CHECK (kd.may_write(table_name, data, true)
                AND (scope = '' OR (SELECT kd.my_team()) IS NULL OR scope = (SELECT kd.my_team())));

-- A 'leave' entry is read by the desktops that lose the complaint only: those of its old team
-- (scope), or, when it had no team, those of every team but the new one (scope '*').
DROP POLICY change_read ON kd.change;
CREATE POLICY change_read ON kd.change FOR SELECT TO klachtdesk_agent
    USING (CASE WHEN op = 'leave'
                THEN (SELECT kd.my_team()) IS NOT NULL
                     AND (scope = (SELECT kd.my_team())
                          OR (scope = '*' AND fields ->> 'keep' <> (SELECT kd.my_team())))
                ELSE scope = '' OR (SELECT kd.my_team()) IS NULL
                     OR scope = (SELECT kd.my_team()) END);

-- The scope of a row, set before the stamp of schema 1 writes the feed (triggers fire in name
-- order: row_state_scope before row_state_stamp): a complaint's is its team, a row of a complaint
-- has its complaint's, anything else none. The feed entry takes it from kd.scope (the column's
-- default), so kd.stamp_row stays as it is.
ALTER TABLE kd.change ALTER COLUMN scope SET DEFAULT coalesce(current_setting('kd.scope', true), '');
CREATE FUNCTION kd.scope_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    merged jsonb := CASE WHEN TG_OP = 'UPDATE' THEN OLD.data || NEW.data ELSE NEW.data END;
BEGIN
    IF NEW.table_name = 'complaint' THEN
        NEW.scope := coalesce(merged ->> 'team', '');
    ELSIF coalesce(merged ->> 'complaint_id', '') <> '' THEN
        NEW.scope := coalesce((SELECT s.scope FROM kd.row_state s WHERE s.table_name = 'complaint'
                                  AND s.row_id = merged ->> 'complaint_id'), '');
    ELSE
        NEW.scope := '';
    END IF;
    PERFORM set_config('kd.scope', NEW.scope, true);
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION kd.scope_row() FROM PUBLIC;
CREATE TRIGGER row_state_scope BEFORE INSERT OR UPDATE ON kd.row_state
    FOR EACH ROW EXECUTE FUNCTION kd.scope_row();

-- A complaint that changes team takes its rows and its feed history along (the feed shows a user
-- what they may see now), and leaves a 'leave' entry for the desktops that lose it.
CREATE FUNCTION kd.scope_moved() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    nowms bigint := kd.now_ms();
BEGIN
    UPDATE kd.row_state SET scope = NEW.scope
     WHERE data ->> 'complaint_id' = NEW.row_id AND table_name <> 'complaint';
    UPDATE kd.change f SET scope = NEW.scope
     WHERE f.op <> 'leave'
       AND ((f.table_name = 'complaint' AND f.row_id = NEW.row_id)
            OR (f.table_name, f.row_id) IN (SELECT s.table_name, s.row_id FROM kd.row_state s
                                             WHERE s.data ->> 'complaint_id' = NEW.row_id
                                               AND s.table_name <> 'complaint'));
    -- Moved to no team: everyone sees it, nobody loses it.
    IF NEW.scope <> '' THEN
        INSERT INTO kd.change (seq, table_name, row_id, op, fields, hlc, author, site, at, scope)
        VALUES (nextval('kd.change_seq'), 'complaint', NEW.row_id, 'leave',
                jsonb_build_object('keep', NEW.scope),
                lpad(nowms::text, 15, '0') || '-000000-server', session_user,
                nullif(current_setting('kd.site', true), ''), nowms,
                CASE WHEN OLD.scope = '' THEN '*' ELSE OLD.scope END);
    END IF;
    PERFORM set_config('kd.scope', '', true);
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION kd.scope_moved() FROM PUBLIC;
CREATE TRIGGER row_state_scope_moved AFTER UPDATE ON kd.row_state
    FOR EACH ROW WHEN (NEW.table_name = 'complaint' AND NEW.scope IS DISTINCT FROM OLD.scope)
    EXECUTE FUNCTION kd.scope_moved();

-- The scope of what is already there.
ALTER TABLE kd.row_state DISABLE TRIGGER USER;
UPDATE kd.row_state SET scope = coalesce(data ->> 'team', '')
 WHERE table_name = 'complaint' AND coalesce(data ->> 'team', '') <> '';
UPDATE kd.row_state r SET scope = c.scope
  FROM kd.row_state c
 WHERE c.table_name = 'complaint' AND c.row_id = r.data ->> 'complaint_id'
   AND r.table_name <> 'complaint' AND c.scope <> '';
ALTER TABLE kd.row_state ENABLE TRIGGER USER;
UPDATE kd.change f SET scope = r.scope
  FROM kd.row_state r
 WHERE r.table_name = f.table_name AND r.row_id = f.row_id AND r.scope <> '';
