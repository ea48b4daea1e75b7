-- Improvement actions (phase 3, internal feedback): a fix for a cause, linked to a category and to
-- the complaints that showed it, with an owner, a due date and a state. Both tables are synced
-- rows (meta columns, tombstones) so that supervisors on every desktop see the same list.
CREATE TABLE improvement_action (
    local_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    category_id TEXT REFERENCES category(id) DEFERRABLE INITIALLY DEFERRED,
    cause TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due_date TEXT,            -- ISO date (yyyy-MM-dd): a calendar day, not an instant
    state TEXT NOT NULL DEFAULT 'planned'
        CHECK (state IN ('planned', 'in_progress', 'done', 'dropped')),
    done_at INTEGER,          -- when the fix went live: the "before/after" figures split here
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX improvement_action_category ON improvement_action(category_id);
CREATE INDEX improvement_action_state ON improvement_action(state, due_date);

-- Which complaints showed the cause. A link is a row of its own (not a JSON list) so that two
-- supervisors linking complaints offline do not overwrite each other.
CREATE TABLE improvement_action_complaint (
    id TEXT PRIMARY KEY NOT NULL,
    action_id TEXT NOT NULL REFERENCES improvement_action(id) DEFERRABLE INITIALLY DEFERRED,
    complaint_id TEXT NOT NULL REFERENCES complaint(id) DEFERRABLE INITIALLY DEFERRED,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX improvement_action_complaint_action ON improvement_action_complaint(action_id);
CREATE INDEX improvement_action_complaint_complaint ON improvement_action_complaint(complaint_id);

-- The report counts complaints per category per period; this keeps that an index range scan.
CREATE INDEX complaint_category_received ON complaint(category_id, received_at);
