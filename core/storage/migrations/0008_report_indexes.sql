-- The monthly report (issue 7, docs/report.md "Speed").
-- Resolution times are counted over the complaints resolved in the period, whenever they came
-- in; without this index that is a scan of every complaint ever received.
CREATE INDEX complaint_resolved ON complaint(resolved_at) WHERE resolved_at IS NOT NULL;
-- The twelve-month trend counts complaints per month: with deleted_at and team in the index it
-- reads the index alone instead of looking up every complaint's row.
CREATE INDEX complaint_received_team ON complaint(received_at, deleted_at, team);
