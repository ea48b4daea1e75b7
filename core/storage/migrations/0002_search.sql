-- Klachtdesk local schema, version 2: full-text search, known complaints, knowledge base, merges.
-- Full-text indexes are FTS5 "external content" tables over the real rows, kept right by
-- triggers, so imports, sync and erasure keep them current without calling search code.
-- rowid = local_id (arrival order): walking a term's rows newest-first is nearly free, which is
-- what search-as-you-type relies on (docs/benchmarks.md). Tombstoned rows stay indexed and are
-- filtered out at query time; erasure overwrites the text, which the update triggers re-index.

CREATE VIRTUAL TABLE complaint_fts USING fts5(
    reference, subject, description, product_ref, tags,
    content = 'complaint', content_rowid = 'local_id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');

CREATE TRIGGER complaint_fts_insert AFTER INSERT ON complaint BEGIN
    INSERT INTO complaint_fts(rowid, reference, subject, description, product_ref, tags)
    VALUES (new.local_id, new.reference, new.subject, new.description, new.product_ref, new.tags);
END;
CREATE TRIGGER complaint_fts_delete AFTER DELETE ON complaint BEGIN
    INSERT INTO complaint_fts(complaint_fts, rowid, reference, subject, description, product_ref, tags)
    VALUES ('delete', old.local_id, old.reference, old.subject, old.description, old.product_ref,
            old.tags);
END;
CREATE TRIGGER complaint_fts_update
AFTER UPDATE OF reference, subject, description, product_ref, tags ON complaint BEGIN
    INSERT INTO complaint_fts(complaint_fts, rowid, reference, subject, description, product_ref, tags)
    VALUES ('delete', old.local_id, old.reference, old.subject, old.description, old.product_ref,
            old.tags);
    INSERT INTO complaint_fts(rowid, reference, subject, description, product_ref, tags)
    VALUES (new.local_id, new.reference, new.subject, new.description, new.product_ref, new.tags);
END;

-- Document frequency per term, for picking the salient words of a complaint (similar complaints).
CREATE VIRTUAL TABLE complaint_fts_vocab USING fts5vocab(complaint_fts, 'row');

CREATE VIRTUAL TABLE interaction_fts USING fts5(
    body,
    content = 'interaction', content_rowid = 'local_id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');

CREATE TRIGGER interaction_fts_insert AFTER INSERT ON interaction BEGIN
    INSERT INTO interaction_fts(rowid, body) VALUES (new.local_id, new.body);
END;
CREATE TRIGGER interaction_fts_delete AFTER DELETE ON interaction BEGIN
    INSERT INTO interaction_fts(interaction_fts, rowid, body) VALUES ('delete', old.local_id, old.body);
END;
CREATE TRIGGER interaction_fts_update AFTER UPDATE OF body ON interaction BEGIN
    INSERT INTO interaction_fts(interaction_fts, rowid, body) VALUES ('delete', old.local_id, old.body);
    INSERT INTO interaction_fts(rowid, body) VALUES (new.local_id, new.body);
END;

CREATE VIRTUAL TABLE customer_fts USING fts5(
    name, customer_number, email,
    content = 'customer', content_rowid = 'local_id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');

CREATE TRIGGER customer_fts_insert AFTER INSERT ON customer BEGIN
    INSERT INTO customer_fts(rowid, name, customer_number, email)
    VALUES (new.local_id, new.name, new.customer_number, new.email);
END;
CREATE TRIGGER customer_fts_delete AFTER DELETE ON customer BEGIN
    INSERT INTO customer_fts(customer_fts, rowid, name, customer_number, email)
    VALUES ('delete', old.local_id, old.name, old.customer_number, old.email);
END;
CREATE TRIGGER customer_fts_update AFTER UPDATE OF name, customer_number, email ON customer BEGIN
    INSERT INTO customer_fts(customer_fts, rowid, name, customer_number, email)
    VALUES ('delete', old.local_id, old.name, old.customer_number, old.email);
    INSERT INTO customer_fts(rowid, name, customer_number, email)
    VALUES (new.local_id, new.name, new.customer_number, new.email);
END;

-- Existing rows (a database made by version 1) go into the new indexes once.
INSERT INTO complaint_fts(complaint_fts) VALUES ('rebuild');
INSERT INTO interaction_fts(interaction_fts) VALUES ('rebuild');
INSERT INTO customer_fts(customer_fts) VALUES ('rebuild');

-- A known complaint is a sign of a structural problem (source article 003): it matches several
-- recent complaints. known_group_id is the id of the first complaint of that group, so reports
-- can count groups as well as complaints. Set by search's marking, editable in the assessment.
ALTER TABLE complaint ADD COLUMN known_complaint INTEGER NOT NULL DEFAULT 0;
ALTER TABLE complaint ADD COLUMN known_group_id TEXT;
CREATE INDEX complaint_known ON complaint(known_group_id) WHERE known_group_id IS NOT NULL;
-- Similar complaints look for the same product; most rows have none.
CREATE INDEX complaint_product ON complaint(product_ref, received_at) WHERE product_ref <> '';
-- Customer lookups while typing use range scans; the e-mail index of version 1 is NOCASE already.
CREATE INDEX customer_number_range ON customer(customer_number COLLATE NOCASE)
    WHERE customer_number <> '';

-- Standard answers and facts per category (the knowledge base): synced rows.
CREATE TABLE kb_article (
    local_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    category_id TEXT REFERENCES category(id) DEFERRABLE INITIALLY DEFERRED,
    language TEXT NOT NULL DEFAULT 'nl',
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX kb_article_category ON kb_article(category_id, language);

CREATE VIRTUAL TABLE kb_fts USING fts5(
    question, answer, tags,
    content = 'kb_article', content_rowid = 'local_id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE TRIGGER kb_fts_insert AFTER INSERT ON kb_article BEGIN
    INSERT INTO kb_fts(rowid, question, answer, tags)
    VALUES (new.local_id, new.question, new.answer, new.tags);
END;
CREATE TRIGGER kb_fts_delete AFTER DELETE ON kb_article BEGIN
    INSERT INTO kb_fts(kb_fts, rowid, question, answer, tags)
    VALUES ('delete', old.local_id, old.question, old.answer, old.tags);
END;
CREATE TRIGGER kb_fts_update AFTER UPDATE OF question, answer, tags ON kb_article BEGIN
    INSERT INTO kb_fts(kb_fts, rowid, question, answer, tags)
    VALUES ('delete', old.local_id, old.question, old.answer, old.tags);
    INSERT INTO kb_fts(rowid, question, answer, tags)
    VALUES (new.local_id, new.question, new.answer, new.tags);
END;

-- A merge of two customers, recorded as a synced row so every desktop can see what happened:
-- the merged customer is tombstoned and its complaints, interactions and handles re-pointed.
CREATE TABLE customer_merge (
    id TEXT PRIMARY KEY NOT NULL,
    kept_customer_id TEXT NOT NULL REFERENCES customer(id) DEFERRABLE INITIALLY DEFERRED,
    merged_customer_id TEXT NOT NULL REFERENCES customer(id) DEFERRABLE INITIALLY DEFERRED,
    moved_complaints INTEGER NOT NULL DEFAULT 0,
    moved_interactions INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL, updated_by TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX customer_merge_merged ON customer_merge(merged_customer_id);
