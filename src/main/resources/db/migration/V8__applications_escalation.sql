-- When an application passed its due date undecided and was escalated to the head of its body.
ALTER TABLE applications_application ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX applications_overdue_idx ON applications_application (due_at) ;
