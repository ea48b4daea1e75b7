-- Klachtdesk schema 3 (workflow): assessment, lifecycle times, response-time targets with pauses,
-- escalation, promises, notifications and the append-only audit trail. See docs/workflow.md.
-- Times are INTEGER ms since epoch UTC; working minutes are counted by core/workflow's
-- BusinessCalendar (working hours and holidays below).

-- Assessment (known_complaint comes from migration 0002, search).
ALTER TABLE complaint ADD COLUMN claim_risk INTEGER NOT NULL DEFAULT 0;
ALTER TABLE complaint ADD COLUMN cause_text TEXT NOT NULL DEFAULT '';
ALTER TABLE complaint ADD COLUMN team TEXT NOT NULL DEFAULT '';
-- Resolution.
ALTER TABLE complaint ADD COLUMN solution TEXT NOT NULL DEFAULT '';
ALTER TABLE complaint ADD COLUMN no_reply_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE complaint ADD COLUMN satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5);
-- NULL: not recorded
ALTER TABLE complaint ADD COLUMN closed_publicly INTEGER;
-- Lifecycle moments.
-- first outbound contact
ALTER TABLE complaint ADD COLUMN first_response_at INTEGER;
ALTER TABLE complaint ADD COLUMN resolved_at INTEGER;
ALTER TABLE complaint ADD COLUMN closed_at INTEGER;
ALTER TABLE complaint ADD COLUMN reopened_count INTEGER NOT NULL DEFAULT 0;
-- Escalation (the latest one; every escalation is also in audit_entry).
ALTER TABLE complaint ADD COLUMN escalated_at INTEGER;
ALTER TABLE complaint ADD COLUMN escalated_to TEXT NOT NULL DEFAULT '';
ALTER TABLE complaint ADD COLUMN escalation_reason TEXT NOT NULL DEFAULT '';
-- Response-time targets. The due times are columns so the queue sorts and filters in SQL.
-- A due time = clock start + target + paused working time, added in working time.
-- received, or last reopen
ALTER TABLE complaint ADD COLUMN sla_start_at INTEGER;
-- working minutes
ALTER TABLE complaint ADD COLUMN first_response_target_min INTEGER;
-- working minutes
ALTER TABLE complaint ADD COLUMN resolution_target_min INTEGER;
ALTER TABLE complaint ADD COLUMN first_response_due_at INTEGER;
ALTER TABLE complaint ADD COLUMN resolution_due_at INTEGER;
-- The due time that counts now: first response until there is one, then resolution; NULL while
-- paused, resolved or closed. The queue's time left is next_due_at - now.
ALTER TABLE complaint ADD COLUMN next_due_at INTEGER;
ALTER TABLE complaint ADD COLUMN first_response_missed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE complaint ADD COLUMN resolution_missed INTEGER NOT NULL DEFAULT 0;
-- Pauses (issue 12): the open pause, the working time (ms) of closed pauses since sla_start_at.
ALTER TABLE complaint ADD COLUMN paused_at INTEGER;
ALTER TABLE complaint ADD COLUMN pause_reason TEXT NOT NULL DEFAULT '';
-- working ms left then (negative: overdue)
ALTER TABLE complaint ADD COLUMN paused_left_ms INTEGER;
ALTER TABLE complaint ADD COLUMN paused_working_ms INTEGER NOT NULL DEFAULT 0;
-- pause limit reached
ALTER TABLE complaint ADD COLUMN close_suggested_at INTEGER;

CREATE INDEX complaint_next_due ON complaint(next_due_at) WHERE next_due_at IS NOT NULL;
CREATE INDEX complaint_escalated ON complaint(escalated_at) WHERE escalated_at IS NOT NULL;
CREATE INDEX complaint_team ON complaint(team, status);
CREATE INDEX complaint_paused ON complaint(paused_at) WHERE paused_at IS NOT NULL;

ALTER TABLE app_user ADD COLUMN team TEXT NOT NULL DEFAULT '';

-- Every pause of a complaint's clocks, for reports "net of pauses" and the complaint's history.
CREATE TABLE complaint_pause (
    id TEXT PRIMARY KEY NOT NULL,
    complaint_id TEXT NOT NULL REFERENCES complaint(id) DEFERRABLE INITIALLY DEFERRED,
    started_at INTEGER NOT NULL,
    ended_at INTEGER,                     -- NULL while the pause lasts
    reason TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'waiting',  -- the status that paused it
    working_ms INTEGER,                   -- working time (ms) the pause covered, set when it ends
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX complaint_pause_complaint ON complaint_pause(complaint_id, started_at);

-- The audit trail: one row per changed field (or per event), append-only.
CREATE TABLE audit_entry (
    id TEXT PRIMARY KEY NOT NULL,
    complaint_id TEXT NOT NULL REFERENCES complaint(id) DEFERRABLE INITIALLY DEFERRED,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,   -- registered, changed, paused, resumed, escalated, promise, reply, ...
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX audit_entry_complaint ON audit_entry(complaint_id, at);
-- Append-only: what happened, who and when can never be rewritten or removed. Only the values
-- may be blanked (privacy erasure) and a row tombstoned together with its complaint.
CREATE TRIGGER audit_entry_no_rewrite BEFORE UPDATE OF complaint_id, at, actor, action, field
ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;

-- Promises made to the customer in a reply, with a due date and an owner.
CREATE TABLE promise (
    id TEXT PRIMARY KEY NOT NULL,
    complaint_id TEXT NOT NULL REFERENCES complaint(id) DEFERRABLE INITIALLY DEFERRED,
    customer_id TEXT NOT NULL REFERENCES customer(id) DEFERRABLE INITIALLY DEFERRED,
    text TEXT NOT NULL,
    due_at INTEGER NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'kept', 'broken', 'cancelled')),
    kept_at INTEGER,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX promise_complaint ON promise(complaint_id, state, due_at);
CREATE INDEX promise_customer ON promise(customer_id, due_at);
CREATE INDEX promise_open_due ON promise(due_at) WHERE state = 'open';

-- Response-time targets per channel and severity (NULL: any). The most specific rule wins:
-- channel+severity, then channel, then severity, then the rule with neither.
-- first_response_minutes NULL: use channel.first_response_minutes.
CREATE TABLE sla_rule (
    id TEXT PRIMARY KEY NOT NULL,
    channel_id TEXT REFERENCES channel(id) DEFERRABLE INITIALLY DEFERRED,
    severity TEXT CHECK (severity IN ('low', 'normal', 'high', 'critical')),
    first_response_minutes INTEGER,
    resolution_minutes INTEGER NOT NULL,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);

-- Working hours per ISO weekday (1 = Monday); a weekday without a row is not a working day.
CREATE TABLE working_hours (
    id TEXT PRIMARY KEY NOT NULL,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);

-- Exceptions to the computed Dutch holidays: an extra day off (day_off = 1) or a computed
-- holiday that is a working day here (day_off = 0).
CREATE TABLE holiday (
    id TEXT PRIMARY KEY NOT NULL,
    day TEXT NOT NULL,            -- YYYY-MM-DD
    name TEXT NOT NULL DEFAULT '',
    day_off INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);

-- Escalation rules; kind: critical, claim_risk, public, repeat_complainant, missed_target.
-- escalate_to: a login; empty: the supervisor of the complaint's team, else any supervisor.
CREATE TABLE escalation_rule (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL UNIQUE,
    enabled INTEGER NOT NULL DEFAULT 1,
    parameter INTEGER,            -- repeat_complainant: complaints within 90 days that count
    escalate_to TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);

-- Small workflow settings (pausing statuses, pause limit, warning time, time zone).
CREATE TABLE workflow_setting (
    id TEXT PRIMARY KEY NOT NULL,
    key TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);

-- What should be shown to whom: escalations, targets about to be missed, overdue promises.
-- recipient: a login, or '@supervisors' when no supervisor is known. The UI shows these as
-- desktop notifications and marks them seen.
CREATE TABLE notification (
    id TEXT PRIMARY KEY NOT NULL,
    recipient TEXT NOT NULL,
    complaint_id TEXT REFERENCES complaint(id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL,           -- escalated, target_warning, target_missed, promise_overdue, pause_limit
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    dedup_key TEXT NOT NULL DEFAULT '',
    seen_at INTEGER,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX notification_recipient ON notification(recipient, seen_at);
CREATE INDEX notification_dedup ON notification(dedup_key) WHERE dedup_key <> '';
