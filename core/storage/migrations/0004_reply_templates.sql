-- Reply templates (issue #4): chosen by category, channel, language and form of address, edited by
-- supervisors, synced like every other row. Empty category/channel and 'unknown' form mean "any".
-- Default templates come from resources/data/drafting/templates_*.json with fixed ids.
CREATE TABLE reply_template (
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT,
    name TEXT NOT NULL,
    category_code TEXT NOT NULL DEFAULT '',
    channel_code TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL,
    form_of_address TEXT NOT NULL DEFAULT 'unknown'
        CHECK (form_of_address IN ('unknown', 'informal', 'formal')),
    body TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE UNIQUE INDEX reply_template_code ON reply_template(code) WHERE code IS NOT NULL;
CREATE INDEX reply_template_match ON reply_template(language, category_code, channel_code);
