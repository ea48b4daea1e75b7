-- Klachtdesk server schema 3: the response-time set-up (targets, working hours, holidays,
-- pausing, escalation rules and other workflow settings) is changed by administrators only. Supervisors and agents
-- read it like every desktop does; a change of theirs comes back refused, with a message.
CREATE OR REPLACE FUNCTION kd.may_write(p_table text, p_data jsonb, p_update boolean) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE
        WHEN pg_has_role('klachtdesk_administrator', 'MEMBER') THEN true
        WHEN p_table IN ('app_user', 'sla_rule', 'working_hours', 'holiday', 'workflow_setting',
                         'escalation_rule')
            THEN false
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
