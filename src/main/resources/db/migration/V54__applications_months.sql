-- Kazakhstan's month of the filing, of the decision and of a draft's start, stored beside the
-- times (the first day of the month), written with them by the application: the ratings' rebuild
-- counts millions of rows by month, and converting each row's time to Kazakhstan's month in the
-- database cost more than the rest of its scan.
ALTER TABLE applications_application ADD COLUMN submitted_month DATE;
ALTER TABLE applications_application ADD COLUMN decided_month DATE;
UPDATE applications_application
   SET submitted_month = CAST(date_trunc('month', submitted_at AT TIME ZONE 'Asia/Almaty') AS DATE),
       decided_month = CAST(date_trunc('month', decided_at AT TIME ZONE 'Asia/Almaty') AS DATE);
ALTER TABLE applications_application ALTER COLUMN submitted_month SET NOT NULL;

ALTER TABLE applications_draft_outcome ADD COLUMN started_month DATE;
UPDATE applications_draft_outcome
   SET started_month = CAST(date_trunc('month', started_at AT TIME ZONE 'Asia/Almaty') AS DATE);
ALTER TABLE applications_draft_outcome ALTER COLUMN started_month SET NOT NULL;
