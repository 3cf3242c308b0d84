-- PostgreSQL only (H2 has no partial indexes): the open applications, a fifth of the table or
-- less, indexed in the order the queue reads them, so an officer's queue (one body, soonest due
-- first, optionally only the overdue) reads its page straight off the index; and the undecided,
-- unescalated ones by due date for the deadline watch. The plain due-date index they replace
-- misled the planner into walking all applications by due date for a body's queue.
CREATE INDEX applications_open_queue_idx ON applications_application (body_code, due_at, reference)
    WHERE decided_at IS NULL;
CREATE INDEX applications_open_due_idx ON applications_application (due_at)
    WHERE decided_at IS NULL AND escalated_at IS NULL;
DROP INDEX applications_overdue_idx;
