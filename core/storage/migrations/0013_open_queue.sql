-- The queue's default view (open complaints) counted a million rows at start-up: 810 ms, most of
-- the time to a usable window (docs/benchmarks.md, issue 3). ANALYZE's statistics say each of the
-- six statuses holds a sixth of the rows, so for "status IN (four statuses)" the planner chose a
-- full scan, though open complaints are about 1.5% of an older database. A partial index over the
-- open, live complaints is small in the statistics as on disk, and the queue's filter repeats its
-- condition word for word (ComplaintStore, whereOf) so the planner can prove it applies.
CREATE INDEX complaint_open ON complaint(status, received_at)
    WHERE deleted_at IS NULL AND status NOT IN ('resolved', 'closed');
