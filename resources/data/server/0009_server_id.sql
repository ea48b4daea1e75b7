-- Klachtdesk server schema 9: a lasting identity of the server's data. The epoch (schema 1)
-- changes when a backup is restored (`server restored`), so a desktop cannot tell from it whether
-- it meets its own server again or another one. server_id is made once, here, and travels with
-- the data into every backup: a desktop that synced with one server_id refuses another one
-- instead of sending that server's rows to this one (docs/sync.md, "One database, one server").
INSERT INTO kd.meta VALUES ('server_id', gen_random_uuid()::text) ON CONFLICT (key) DO NOTHING;
