-- Working days from filing to decision, kept with the decision so that reports and the ratings'
-- rebuild can group decisions by it in SQL. Rows decided before this column existed are filled
-- in by DecisionDaysBackfill at start-up (the working calendar lives in Java).
ALTER TABLE applications_application ADD COLUMN decision_days SMALLINT;
