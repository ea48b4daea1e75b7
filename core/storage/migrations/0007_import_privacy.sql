-- Klachtdesk schema 7 (import, export, customer link, privacy): see docs/import-privacy.md.

-- The id a complaint had in the file or system it was imported from. Re-importing the same file
-- finds its rows by this id and changes nothing. Not unique: two desktops may import the same
-- file before they sync, and a constraint would then stop sync; the importer looks it up instead.
ALTER TABLE complaint ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
CREATE INDEX complaint_external_id ON complaint(external_id) WHERE external_id <> '';
CREATE INDEX customer_external_id ON customer(external_id) WHERE external_id <> '';

-- Set when the customer was erased (AVG/GDPR art. 17). An erased customer keeps its row, so the
-- counts in reports stay right, but nothing that identifies the person. The importer will not
-- bring such a customer back from an old file.
ALTER TABLE customer ADD COLUMN erased_at INTEGER;

-- Every privacy-relevant action: access-request exports, erasures, retention runs, imports and
-- exports of personal data. Synced, append-only by convention; detail is JSON without personal
-- data (counts, file names, the rule that applied).
CREATE TABLE privacy_action (
    id TEXT PRIMARY KEY NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('dsar_export', 'erase', 'retention_set',
                                           'retention_apply', 'import', 'export')),
    customer_id TEXT REFERENCES customer(id) DEFERRABLE INITIALLY DEFERRED,
    detail TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX privacy_action_customer ON privacy_action(customer_id, created_at);
CREATE INDEX privacy_action_time ON privacy_action(created_at);

-- Team-wide settings of import and privacy, synced so that an administrator sets them once:
-- the retention rule (retention.closed_complaint_years) and the customer link's URL template
-- (customer_link.url_template). id is the setting's key.
CREATE TABLE privacy_setting (
    id TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);

-- Column mappings the import dialog and the CLI remember, per kind of import and header row.
-- Local to this desktop: a mapping is a working habit, not team data, and is not synced.
CREATE TABLE import_mapping (
    kind TEXT NOT NULL,        -- complaints | customers
    header_key TEXT NOT NULL,  -- the source's header names, normalised and joined
    mapping TEXT NOT NULL,     -- JSON object: source column name -> field
    options TEXT NOT NULL DEFAULT '{}', -- JSON: delimiter, encoding, date order
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (kind, header_key)
);
