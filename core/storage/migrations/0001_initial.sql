-- Klachtdesk local schema, version 1: the entities, tombstones and the change log.
-- Conventions (docs/data-model.md):
--  * id: UUIDv7 text, made on the desktop that created the row; the only key sync uses.
--  * local_id: an integer rowid in arrival order on this desktop, for full-text indexes and paging.
--  * times: INTEGER milliseconds since 1970-01-01 UTC.
--  * deleted_at: set instead of removing the row (tombstone), so a deletion can travel by sync.
--  * foreign keys are DEFERRABLE so one transaction may apply rows in any order (a pulled batch).

CREATE TABLE app_user (
    id TEXT PRIMARY KEY NOT NULL,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'agent' CHECK (role IN ('agent', 'supervisor', 'administrator')),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);

CREATE TABLE category (
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT,
    parent_id TEXT REFERENCES category(id) DEFERRABLE INITIALLY DEFERRED,
    name_en TEXT NOT NULL,
    name_nl TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('organisational', 'product_technical')),
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE UNIQUE INDEX category_code ON category(code) WHERE code IS NOT NULL;

CREATE TABLE channel (
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_nl TEXT NOT NULL DEFAULT '',
    is_public INTEGER NOT NULL DEFAULT 0,
    reply_limit INTEGER,
    first_response_minutes INTEGER NOT NULL DEFAULT 480,
    active INTEGER NOT NULL DEFAULT 1,
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);

CREATE TABLE customer (
    local_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    customer_number TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    phone_norm TEXT NOT NULL DEFAULT '',
    preferred_channel_id TEXT REFERENCES channel(id) DEFERRABLE INITIALLY DEFERRED,
    language TEXT NOT NULL DEFAULT '',
    form_of_address TEXT NOT NULL DEFAULT 'unknown'
        CHECK (form_of_address IN ('unknown', 'informal', 'formal')),
    external_id TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX customer_name ON customer(name COLLATE NOCASE);
CREATE INDEX customer_number ON customer(customer_number) WHERE customer_number <> '';
CREATE INDEX customer_email ON customer(email COLLATE NOCASE) WHERE email <> '';
CREATE INDEX customer_phone ON customer(phone_norm) WHERE phone_norm <> '';

CREATE TABLE customer_handle (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customer(id) DEFERRABLE INITIALLY DEFERRED,
    platform TEXT NOT NULL,
    handle TEXT NOT NULL,
    handle_norm TEXT NOT NULL,   -- lower case, without the leading @
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX customer_handle_norm ON customer_handle(handle_norm);
CREATE INDEX customer_handle_customer ON customer_handle(customer_id);

CREATE TABLE complaint (
    local_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    reference TEXT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL REFERENCES customer(id) DEFERRABLE INITIALLY DEFERRED,
    channel_id TEXT NOT NULL REFERENCES channel(id) DEFERRABLE INITIALLY DEFERRED,
    received_at INTEGER NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    category_id TEXT REFERENCES category(id) DEFERRABLE INITIALLY DEFERRED,
    severity TEXT NOT NULL DEFAULT 'normal' CHECK (severity IN ('low', 'normal', 'high', 'critical')),
    justified TEXT NOT NULL DEFAULT 'unknown' CHECK (justified IN ('unknown', 'yes', 'partly', 'no')),
    status TEXT NOT NULL DEFAULT 'new',
    assignee TEXT NOT NULL DEFAULT '',
    product_ref TEXT NOT NULL DEFAULT '',
    public_url TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX complaint_customer ON complaint(customer_id, received_at);
CREATE INDEX complaint_received ON complaint(received_at);
CREATE INDEX complaint_status ON complaint(status, received_at);
CREATE INDEX complaint_assignee ON complaint(assignee, status);

CREATE TABLE interaction (
    local_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    complaint_id TEXT REFERENCES complaint(id) DEFERRABLE INITIALLY DEFERRED,
    customer_id TEXT REFERENCES customer(id) DEFERRABLE INITIALLY DEFERRED,
    channel_id TEXT REFERENCES channel(id) DEFERRABLE INITIALLY DEFERRED,
    direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound', 'internal')),
    kind TEXT NOT NULL CHECK (kind IN ('message', 'call_note', 'reply', 'note')),
    occurred_at INTEGER NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX interaction_complaint ON interaction(complaint_id, occurred_at);
CREATE INDEX interaction_customer ON interaction(customer_id, occurred_at);

-- Readable references (KL-2026-000123): a counter per year that only goes up, so a number is
-- never handed out twice, not even after the complaint that had it was deleted.
CREATE TABLE reference_counter (
    year INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL
);

-- Every local change, written in the same transaction as the change itself, waiting to go up.
-- fields: JSON object of the changed columns and their new values (a field-level patch).
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    fields TEXT NOT NULL,
    hlc TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX change_log_row ON change_log(table_name, row_id);

-- Small facts about this database: its own site id, the hybrid logical clock's last value.
CREATE TABLE local_state (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
